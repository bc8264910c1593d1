import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

// Reading a rendered report back with poppler (pdftotext, pdfseparate) and
// Node's zlib: its text page by page, and how many filled shapes a page's
// content stream draws (the operators f, f*, B, B*: rectangles, bars, dots).

/** Write the PDF to dir and return its path. */
export function savePdf(pdf: Buffer, dir: string, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  return file;
}

/** The text of each page (pdftotext -layout separates pages with a form feed). */
export function pageTexts(file: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

/** Collapse layout whitespace so phrases split over columns still match. */
export const flat = (s: string) => s.replace(/\s+/g, ' ');

/** 1-based number of the first page whose text has `needle` (after flattening), or 0. */
export function pageWith(pages: string[], needle: string | RegExp): number {
  const i = pages.findIndex((p) => (typeof needle === 'string' ? flat(p).includes(needle) : needle.test(flat(p))));
  return i + 1;
}

function streamOf(pdf: Buffer, text: string, obj: number): Buffer {
  const at = text.search(new RegExp(`(^|[\\r\\n])${obj} 0 obj\\b`));
  if (at < 0) throw new Error(`object ${obj} not found`);
  const start = text.indexOf('stream', at);
  const dataStart = start + (text[start + 6] === '\r' ? 8 : 7);
  const end = text.indexOf('endstream', dataStart);
  const raw = pdf.subarray(dataStart, end);
  const dict = text.slice(at, start);
  return /FlateDecode/.test(dict) ? inflateSync(raw) : raw;
}

/** How many shapes page `page` fills (its own content streams only, not fonts or tiling cells). */
export function filledShapes(file: string, page: number, dir: string): number {
  const single = join(dir, `page-${page}.pdf`);
  execFileSync('pdfseparate', ['-f', String(page), '-l', String(page), file, single]);
  const pdf = readFileSync(single);
  const text = pdf.toString('latin1');
  const m = /\/Type \/Page(?!s)[\s\S]*?\/Contents (\[[^\]]*\]|\d+ 0 R)/.exec(text);
  if (!m) throw new Error('no page contents');
  const objs = [...m[1]!.matchAll(/(\d+) 0 R/g)].map((x) => Number(x[1]));
  return objs.reduce(
    (n, obj) =>
      n +
      (streamOf(pdf, text, obj)
        .toString('latin1')
        .match(/^(f|f\*|B|B\*)$/gm)?.length ?? 0),
    0,
  );
}

/**
 * The share of a rendered page (pdftoppm, 40 dpi, raw PPM) covered by strongly
 * coloured pixels: saturated and not too dark. Text, hairlines and pale tints
 * barely count; bars, heat cells and solid fills do.
 */
export function colouredShare(file: string, page: number): number {
  const ppm = execFileSync('pdftoppm', ['-r', '40', '-f', String(page), '-l', String(page), file]);
  // Header: "P6\n<w> <h>\n255\n", then RGB bytes.
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not return a PPM');
  const [w, h] = [Number(header[1]), Number(header[2])];
  const px = ppm.subarray(header[0].length);
  let coloured = 0;
  for (let i = 0; i + 2 < px.length; i += 3) {
    const max = Math.max(px[i]!, px[i + 1]!, px[i + 2]!);
    const min = Math.min(px[i]!, px[i + 1]!, px[i + 2]!);
    if (max > 60 && (max - min) / max > 0.35) coloured++;
  }
  return coloured / (w * h);
}

/** Each word on one page (1-based) with its box in PDF points, from pdftotext -bbox. */
export function wordBoxes(file: string, page: number): { word: string; xMin: number; yMin: number; xMax: number; yMax: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    word: m[5]!,
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
  }));
}
