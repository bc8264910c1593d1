import { crc32, inflateSync } from 'node:zlib';

// Is this PNG whole? Every chunk's length and CRC, the header's size and
// colour format, a palette where one is needed, the picture data inflating to
// exactly the bytes its size calls for (each row with a valid filter), IEND
// last and nothing after. This is what a full decode (pngjs) proves, short of
// un-filtering the pixels, at native zlib speed. Measured on a 4096 × 4096
// logo (the largest taken): pngjs's full decode held the core's thread for
// 1.2–4 s, this check 0.14 s; a 480 KB photo-like PNG 15 ms against 2 ms.

export interface PngHeader {
  width: number;
  height: number;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const DEPTHS: Record<number, readonly number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };
/** Adam7: where each pass starts and how far it steps, across and down. */
const ADAM7 = [
  [0, 8, 0, 8],
  [4, 8, 0, 8],
  [0, 4, 4, 8],
  [2, 4, 0, 4],
  [0, 2, 2, 4],
  [1, 2, 0, 2],
  [0, 1, 1, 2],
] as const;

export class PngDamaged extends Error {}
const damaged = (why: string): never => {
  throw new PngDamaged(why);
};

/** The rows (bytes per row with its filter byte, and how many) the picture data holds. */
function rowsOf(width: number, height: number, bitsPerPixel: number, interlaced: boolean): { bytes: number; count: number }[] {
  const row = (w: number) => 1 + Math.ceil((w * bitsPerPixel) / 8);
  if (!interlaced) return [{ bytes: row(width), count: height }];
  return ADAM7.map(([x0, dx, y0, dy]) => ({ w: Math.ceil((width - x0) / dx), h: Math.ceil((height - y0) / dy) }))
    .filter((p) => p.w > 0 && p.h > 0)
    .map((p) => ({ bytes: row(p.w), count: p.h }));
}

/** Read the header (size) without checking the rest: for a size limit before the heavier check. */
export function pngHeader(data: Buffer): PngHeader {
  if (data.length < 33 || data.readUInt32BE(8) !== 13 || data.toString('latin1', 12, 16) !== 'IHDR') damaged('its header cannot be read');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** Check the whole file; throws PngDamaged with the reason in words. The caller has checked the 8-byte signature. */
export function checkPngStructure(data: Buffer): PngHeader {
  const { width, height } = pngHeader(data);
  let offset = 8;
  let header: { depth: number; colour: number; interlaced: boolean } | null = null;
  let palette = false;
  const idat: Buffer[] = [];
  let idatEnded = false;
  let ended = false;
  while (offset < data.length) {
    if (offset + 12 > data.length) damaged('it ends in the middle of a chunk');
    const length = data.readUInt32BE(offset);
    const type = data.toString('latin1', offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (length > 0x7fffffff || end > data.length) damaged(`it is cut off inside its ${type.replace(/[^A-Za-z]/g, '?')} chunk`);
    if (crc32(data.subarray(offset + 4, offset + 8 + length)) !== data.readUInt32BE(offset + 8 + length)) damaged(`its ${type} chunk fails its checksum`);
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (!header) {
      if (type !== 'IHDR') damaged('it does not start with its header');
      const [depth, colour, compression, filter, interlace] = [body[8]!, body[9]!, body[10]!, body[11]!, body[12]!];
      if (!DEPTHS[colour]?.includes(depth) || compression !== 0 || filter !== 0 || interlace > 1) damaged('its header describes no valid PNG format');
      header = { depth, colour, interlaced: interlace === 1 };
    } else if (type === 'IDAT') {
      if (idatEnded) damaged('its picture data is split by other chunks');
      idat.push(body);
    } else {
      if (idat.length) idatEnded = true;
      if (type === 'PLTE') palette = true;
      if (type === 'IEND') {
        ended = true;
        offset = end;
        break;
      }
    }
    offset = end;
  }
  if (!header || !ended) damaged('it is incomplete (no end marker)');
  if (offset !== data.length) damaged('it has data after its end marker');
  if (header!.colour === 3 && !palette) damaged('it has no palette for its colours');
  if (!idat.length) damaged('it has no picture data');
  if (width < 1 || height < 1) damaged('its size is 0');

  const rows = rowsOf(width, height, CHANNELS[header!.colour]! * header!.depth, header!.interlaced);
  const expected = rows.reduce((n, r) => n + r.bytes * r.count, 0);
  let raw: Buffer;
  try {
    raw = inflateSync(Buffer.concat(idat), { maxOutputLength: expected + 1 });
  } catch {
    return damaged('its picture data does not decompress to its size');
  }
  if (raw.length !== expected) damaged('its picture data does not match its size');
  let at = 0;
  for (const r of rows) for (let i = 0; i < r.count; i++, at += r.bytes) if (raw[at]! > 4) damaged('a row of its picture has an unknown filter');
  return { width, height };
}
