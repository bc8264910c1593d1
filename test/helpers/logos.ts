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
