import { crc32, deflateSync } from 'node:zlib';
import { PNG } from 'pngjs';

// Logo files for branding tests: real PNGs made with pngjs, and SVG text.

/** A real PNG of the given size: a solid colour with a lighter band, so it is not trivially compressible. */
export function pngLogo(width = 240, height = 80, rgb: [number, number, number] = [26, 107, 143]): Buffer {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const band = y > height / 3 && y < (2 * height) / 3;
      png.data[i] = band ? 255 : rgb[0];
      png.data[i + 1] = band ? 255 : rgb[1];
      png.data[i + 2] = band ? 255 : rgb[2];
      png.data[i + 3] = 255;
    }
  return PNG.sync.write(png);
}

/** A PNG of random pixels: about 4 bytes a pixel, to make a file over a size limit. */
export function noisyPng(width: number, height: number): Buffer {
  const png = new PNG({ width, height });
  let seed = 7;
  for (let i = 0; i < png.data.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    png.data[i] = seed >> 16;
  }
  return PNG.sync.write(png);
}

export const SVG_LOGO = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 300 100" width="300" height="100">
  <defs><linearGradient id="g"><stop offset="0" stop-color="#1a6b8f"/><stop offset="1" stop-color="#0b3d52"/></linearGradient></defs>
  <style>.word { font: bold 40px sans-serif; fill: url(#g); }</style>
  <rect x="4" y="4" width="92" height="92" rx="16" fill="url(#g)"/>
  <use xlink:href="#mark"/>
  <text class="word" x="110" y="64">Acme</text>
</svg>`;

export const b64 = (data: Buffer | string) => (typeof data === 'string' ? Buffer.from(data, 'utf8') : data).toString('base64');

/** A PNG built chunk by chunk from raw (already filtered) rows: for formats pngjs does not write, such as interlaced, and for broken files. */
export function pngFromChunks(chunks: [string, Buffer][]): Buffer {
  const parts: Buffer[] = [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])];
  for (const [type, body] of chunks) {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
    parts.push(head, body, crc);
  }
  return Buffer.concat(parts);
}

export function ihdr(width: number, height: number, depth: number, colour: number, interlace = 0): Buffer {
  const b = Buffer.alloc(13);
  b.writeUInt32BE(width, 0);
  b.writeUInt32BE(height, 4);
  b.set([depth, colour, 0, 0, interlace], 8);
  return b;
}

/** An Adam7-interlaced 8-bit RGBA PNG of one colour: each pass's rows, filter byte 0. */
export function interlacedPng(width: number, height: number): Buffer {
  const passes = [
    [0, 8, 0, 8],
    [4, 8, 0, 8],
    [0, 4, 4, 8],
    [2, 4, 0, 4],
    [0, 2, 2, 4],
    [1, 2, 0, 2],
    [0, 1, 1, 2],
  ];
  const rows: Buffer[] = [];
  for (const [x0, dx, y0, dy] of passes) {
    const w = Math.ceil((width - x0!) / dx!);
    const h = Math.ceil((height - y0!) / dy!);
    if (w <= 0 || h <= 0) continue;
    for (let y = 0; y < h; y++) rows.push(Buffer.concat([Buffer.from([0]), Buffer.alloc(w * 4, 0x80)]));
  }
  return pngFromChunks([
    ['IHDR', ihdr(width, height, 8, 6, 1)],
    ['IDAT', deflateSync(Buffer.concat(rows))],
    ['IEND', Buffer.alloc(0)],
  ]);
}
