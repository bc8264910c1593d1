import { msg } from '@lingui/core/macro';
import { currentI18n, say } from '../../shared/api/say';
import { createHash } from 'node:crypto';
import { imageSize } from 'image-size';
import { DomainError } from '../../shared/api/result';
import { formatBytes, MAX_LOGO_BYTES, MAX_LOGO_PIXELS_PER_SIDE, type LogoMime } from '../../shared/branding';
import { checkSvgSafety } from './svg-check';
import { checkPngStructure, PngDamaged, pngHeader } from './png-check';

// A logo from disk, checked before anything is stored: a whole PNG (every
// chunk and its checksum, the picture data inflating to its size; png-check.ts)
// or an SVG that is one self-contained, script-free <svg> document (its size
// read by image-size; svg-check.ts). Unsafe SVGs
// are refused, not cleaned: a consultant's logo file is either fine or
// re-exported, and nothing the app did to it can surprise anyone later.

export interface CheckedLogo {
  mime: LogoMime;
  width: number;
  height: number;
  bytes: number;
  /** SHA-256 of the file, in hex. */
  hash: string;
  data: Buffer;
}

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A refused logo: why (in the current language), then that the logo was not changed. */
export const logoError = (message: string) => new DomainError('VALIDATION', `${message} ${say(msg`The logo was not changed.`)}`, [{ path: 'logo', message }]);

/** Why a file is too large, with its size (in bytes when "512 KB" would hide the difference). */
function tooLarge(bytes: number): string {
  const limit = formatBytes(MAX_LOGO_BYTES);
  if (formatBytes(bytes) !== limit) {
    const rounded = formatBytes(bytes);
    return say(
      msg`That logo is ${rounded}: the limit is ${limit}. Save a smaller PNG or SVG (a logo needs no more than about 1,000 pixels across) and choose it again.`,
    );
  }
  const size = currentI18n().number(bytes);
  const max = currentI18n().number(MAX_LOGO_BYTES);
  return say(
    msg`That logo is ${size} bytes: the limit is ${limit} (${max} bytes). Save a smaller PNG or SVG (a logo needs no more than about 1,000 pixels across) and choose it again.`,
  );
}

/** What a file that is neither PNG nor SVG probably is, said as the reason it was refused. */
function otherKind(data: Buffer): string | null {
  if (data.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])))
    return say(msg`That file is a JPEG photo, not a PNG or SVG. Save the logo as PNG (or SVG) from your image editor and choose it again.`);
  if (data.subarray(0, 4).toString('latin1') === 'GIF8')
    return say(msg`That file is a GIF, not a PNG or SVG. Save the logo as PNG (or SVG) from your image editor and choose it again.`);
  if (data.subarray(0, 4).toString('latin1') === 'RIFF' && data.subarray(8, 12).toString('latin1') === 'WEBP')
    return say(msg`That file is a WebP picture, not a PNG or SVG. Save the logo as PNG (or SVG) from your image editor and choose it again.`);
  if (data.subarray(0, 4).toString('latin1') === '%PDF')
    return say(msg`That file is a PDF, not a PNG or SVG. Save the logo as PNG (or SVG) from your image editor and choose it again.`);
  if (data.subarray(0, 2).toString('latin1') === 'BM')
    return say(msg`That file is a BMP picture, not a PNG or SVG. Save the logo as PNG (or SVG) from your image editor and choose it again.`);
  return null;
}

/** Check a logo sent as base64; a VALIDATION error that says what is wrong, in words, otherwise. */
export function checkLogo(base64: string): CheckedLogo {
  const data = Buffer.from(base64, 'base64');
  if (data.length === 0) throw logoError(say(msg`The logo file is empty.`));
  if (data.length > MAX_LOGO_BYTES) throw logoError(tooLarge(data.length));
  const hash = createHash('sha256').update(data).digest('hex');
  if (data.subarray(0, 8).equals(PNG_MAGIC)) return { ...checkPng(data), mime: 'image/png', bytes: data.length, hash, data };
  const text = svgText(data);
  if (text !== null) return { ...checkSvg(data, text), mime: 'image/svg+xml', bytes: data.length, hash, data };
  throw logoError(otherKind(data) ?? say(msg`That file is not a PNG or SVG image. Choose the logo as a .png or .svg file.`));
}

function checkPng(data: Buffer): { width: number; height: number } {
  try {
    const { width, height } = pngHeader(data);
    if (width > MAX_LOGO_PIXELS_PER_SIDE || height > MAX_LOGO_PIXELS_PER_SIDE) {
      throw logoError(
        say(msg`That PNG is ${width} × ${height} pixels; a logo can be at most ${MAX_LOGO_PIXELS_PER_SIDE} pixels on each side. Save a smaller version.`),
      );
    }
    return checkPngStructure(data);
  } catch (error) {
    if (error instanceof PngDamaged) {
      const why = error.message;
      throw logoError(say(msg`That PNG is damaged or incomplete (${why}), so it cannot be shown. Export the logo again from your image editor.`));
    }
    throw error;
  }
}

/** The file as text when it looks like an SVG (XML text starting with "<"), else null. */
function svgText(data: Buffer): string | null {
  const body = data.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])) ? data.subarray(3) : data;
  const head = body.subarray(0, 1).toString('latin1');
  if (head !== '<' && !/^\s/.test(head)) return null;
  if (!body.subarray(0, 1024).toString('latin1').trimStart().startsWith('<')) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw logoError(say(msg`That SVG is not UTF-8 text, so it is damaged or not an SVG. Export the logo again as SVG.`));
  }
}

function checkSvg(data: Buffer, text: string): { width: number; height: number } {
  const problem = checkSvgSafety(text);
  if (problem) throw logoError(problem);
  let size: { width?: number; height?: number };
  try {
    size = imageSize(data);
  } catch {
    size = {};
  }
  const { width = 0, height = 0 } = size;
  if (!(width > 0 && height > 0)) {
    throw logoError(say(msg`That SVG has no size: its <svg> element needs a viewBox (or a width and a height) so the logo can be scaled.`));
  }
  return { width, height };
}
