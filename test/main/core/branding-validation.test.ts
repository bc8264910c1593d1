import { afterAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import { MAX_LOGO_BYTES } from '../../../src/shared/branding';
import { call, dumpRows, testCore } from '../../helpers/core';
import { deflateSync } from 'node:zlib';
import { PNG } from 'pngjs';
import { checkLogo } from '../../../src/main/services/logo-check';
import { b64, ihdr, interlacedPng, noisyPng, pngFromChunks, pngLogo, SVG_LOGO } from '../../helpers/logos';

// Branding (#16): a logo that is too large, not a PNG or SVG, damaged, or an
// SVG that could run a script or load something from outside the file is
// refused with a VALIDATION error a person can read, and nothing changes.

const opened: Core[] = [];
afterAll(() => opened.forEach((c) => c.close()));

/** A workshop that already has a logo and an accent, so "nothing changed" covers both. */
function brandedWorkshop() {
  const c = testCore();
  opened.push(c);
  const w = call(c, 'workshop:create', { title: 'Kick-off', clientName: 'Acme', accent: '#1a6b8f' });
  call(c, 'workshop:setLogo', { id: w.id, base64: b64(pngLogo()) });
  return { c, id: w.id };
}

const svg = (body: string, attrs = 'viewBox="0 0 100 40"') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ${attrs}>${body}</svg>`;

function truncatedPng() {
  const png = pngLogo();
  return png.subarray(0, png.length - 30);
}
function corruptedPng() {
  const png = Buffer.from(pngLogo());
  png[60] = png[60]! ^ 0xff; // inside the picture data: its checksum no longer matches
  return png;
}
/** Exactly one byte over the limit: passes the base64 length check, refused once decoded. */
function oneByteOver() {
  const png = pngLogo(8, 8);
  return Buffer.concat([png, Buffer.alloc(MAX_LOGO_BYTES + 1 - png.length)]);
}

/** An 8-bit palette PNG of 4 × 2 pixels, its rows filtered with `filter`. */
const palettePng = (opts: { palette?: boolean; filter?: number; height?: number; after?: Buffer } = {}) =>
  Buffer.concat([
    pngFromChunks([
      ['IHDR', ihdr(4, opts.height ?? 2, 8, 3)],
      ...(opts.palette === false ? [] : ([['PLTE', Buffer.from([0, 0, 0, 255, 255, 255])]] as [string, Buffer][])),
      ['IDAT', deflateSync(Buffer.from([opts.filter ?? 0, 0, 1, 0, 1, 0, 1, 0, 1, 0]))],
      ['IEND', Buffer.alloc(0)],
    ]),
    opts.after ?? Buffer.alloc(0),
  ]);

const BAD: [string, Buffer | string, RegExp][] = [
  ['a file over 512 KB', noisyPng(400, 400), /That logo is too large: the limit is 512 KB\. Save a smaller PNG or SVG/],
  ['one byte over 512 KB', oneByteOver(), /That logo is 524,289 bytes: the limit is 512 KB \(524,288 bytes\)/],
  ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]), /That file is a JPEG photo, not a PNG or SVG/],
  ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'), /That file is a GIF, not a PNG or SVG/],
  ['random bytes', Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9]), /not a PNG or SVG image/],
  ['a text file', 'Acme Corporation logo, final version', /not a PNG or SVG image/],
  ['a truncated PNG', truncatedPng(), /That PNG is damaged or incomplete/],
  ['a PNG with a broken checksum', corruptedPng(), /That PNG is damaged or incomplete/],
  ['a PNG header and nothing else', pngLogo().subarray(0, 12), /That PNG is damaged/],
  ['a PNG of 5000 × 20 pixels', pngLogo(5000, 20), /5000 × 20 pixels; a logo can be at most 4096 pixels/],
  [
    'a PNG that says it is taller than its picture',
    palettePng({ height: 3 }),
    /That PNG is damaged or incomplete \(its picture data does not match its size\)/,
  ],
  ['a palette PNG without its palette', palettePng({ palette: false }), /\(it has no palette for its colours\)/],
  ['a PNG with an unknown row filter', palettePng({ filter: 7 }), /\(a row of its picture has an unknown filter\)/],
  ['a PNG with data after its end', palettePng({ after: Buffer.from('<script>') }), /\(it has data after its end marker\)/],
  [
    'a PNG with an impossible format',
    pngFromChunks([
      ['IHDR', ihdr(4, 2, 4, 2)],
      ['IDAT', deflateSync(Buffer.alloc(10))],
      ['IEND', Buffer.alloc(0)],
    ]),
    /\(its header describes no valid PNG format\)/,
  ],
  ['an HTML page', '<html><body><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/></body></html>', /not an SVG image: its first element is <html>/],
  ['an SVG with <script>', svg('<script>alert(1)</script><rect width="10" height="10"/>'), /contains <script>/],
  ['an SVG with an onload handler', svg('<rect width="10" height="10"/>', 'viewBox="0 0 100 40" onload="alert(1)"'), /event handler \(onload on <svg>\)/],
  ['an SVG with onclick on a shape', svg('<rect width="10" height="10" onclick="steal()"/>'), /event handler \(onclick on <rect>\)/],
  [
    'an SVG with an external image',
    svg('<image href="https://tracker.example/logo.png" width="10" height="10"/>'),
    /refers to another file or web address \(href="https:\/\/tracker/,
  ],
  ['an SVG using another file', svg('<use xlink:href="other.svg#mark"/>'), /refers to another file or web address \(xlink:href="other\.svg#mark"/],
  ['an SVG with a javascript: link', svg('<a href="javascript:alert(1)"><rect width="10" height="10"/></a>'), /javascript: link/],
  ['an SVG with an external url() fill', svg('<rect width="10" height="10" fill="url(https://x.example/p.svg#g)"/>'), /refers to something outside the file/],
  [
    'an SVG with an external url() in a style attribute',
    svg('<rect width="10" height="10" style="fill: url(\'http://x.example/a.svg#g\')"/>'),
    /style sheet refers to something outside the file/,
  ],
  [
    'an SVG with @import',
    svg('<style>@import url(https://fonts.example/brand.css);</style><rect width="10" height="10"/>'),
    /imports another file \(@import\)/,
  ],
  [
    'an SVG with foreignObject',
    svg('<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>'),
    /contains <foreignObject>/,
  ],
  ['an SVG with an HTML element', svg('<html:img xmlns:html="http://www.w3.org/1999/xhtml" src="#x"/>'), /contains an HTML element/],
  ['an SVG animation that rewrites a link', svg('<a href="#x"><set attributeName="href" to="#y"/></a>'), /animation that rewrites a link/],
  ['an SVG loading a style sheet', `<?xml-stylesheet href="https://x.example/s.css"?>${svg('<rect width="1" height="1"/>')}`, /<\?xml-stylesheet\?>/],
  [
    'an SVG declaring entities',
    `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>${svg('<text>&b;</text>')}`,
    /declares its own entities/,
  ],
  ['an SVG without its namespace', '<svg viewBox="0 0 10 10"><rect width="1" height="1"/></svg>', /lacks xmlns="http:\/\/www\.w3\.org\/2000\/svg"/],
  ['a malformed SVG', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect></svg>', /not a well-formed file/],
  ['an SVG without a size', '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>', /has no size: its <svg> element needs a viewBox/],
];

describe('a logo that is refused changes nothing', () => {
  for (const [what, file, message] of BAD) {
    it(`refuses ${what}`, () => {
      const { c, id } = brandedWorkshop();
      const before = dumpRows(c);
      const r = c.dispatch('workshop:setLogo', { id, base64: b64(file) });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('VALIDATION');
      expect(r.error.message).toMatch(message);
      expect(dumpRows(c)).toBe(before);
    });
  }

  it('refuses text that is not base64 and an empty file', () => {
    const { c, id } = brandedWorkshop();
    const before = dumpRows(c);
    for (const [base64, message] of [
      ['not base64 at all!', /did not arrive whole \(it is not base64 text\)/],
      ['', /The logo file is empty/],
    ] as const) {
      const r = c.dispatch('workshop:setLogo', { id, base64 });
      expect(r.ok ? null : r.error.code).toBe('VALIDATION');
      if (!r.ok) expect(r.error.message).toMatch(message);
    }
    expect(dumpRows(c)).toBe(before);
  });

  it('refuses an accent that is not #RRGGBB and a client name over 120 characters', () => {
    const { c, id } = brandedWorkshop();
    const before = dumpRows(c);
    for (const [patch, message] of [
      [{ accent: 'teal' }, /accent: Use a colour like #1a6b8f/],
      [{ accent: '#12345' }, /accent: Use a colour like #1a6b8f/],
      [{ clientName: 'A'.repeat(121) }, /clientName: Keep the client name under 120 characters/],
    ] as const) {
      const r = c.dispatch('workshop:update', { id, patch });
      expect(r.ok ? null : r.error.code).toBe('VALIDATION');
      if (!r.ok) expect(r.error.message).toMatch(message);
    }
    expect(dumpRows(c)).toBe(before);
  });
});

describe('the PNG check', () => {
  it('refuses every single-byte change after the signature of a small PNG (checksums, lengths, the end)', () => {
    const png = pngLogo(6, 3);
    for (let i = 8; i < png.length; i++) {
      const bad = Buffer.from(png);
      bad[i] = bad[i]! ^ 0x01;
      expect(() => checkLogo(b64(bad)), `byte ${i}`).toThrow(/That PNG/);
    }
  });

  it('takes what pngjs reads: every colour type it writes, an interlaced PNG, a palette PNG', () => {
    for (const colorType of [0, 2, 4, 6] as const) {
      const png = new PNG({ width: 13, height: 7, colorType, inputHasAlpha: true });
      png.data.fill(90);
      const file = PNG.sync.write(png, { colorType });
      expect(checkLogo(b64(file)), `colour type ${colorType}`).toMatchObject({ mime: 'image/png', width: 13, height: 7 });
    }
    const interlaced = interlacedPng(37, 23);
    expect(PNG.sync.read(interlaced).width).toBe(37); // the file is right: pngjs reads it
    expect(checkLogo(b64(interlaced))).toMatchObject({ width: 37, height: 23 });
    expect(PNG.sync.read(palettePng()).width).toBe(4);
    expect(checkLogo(b64(palettePng()))).toMatchObject({ width: 4, height: 2 });
  });
});

describe('a logo that is fine', () => {
  it('takes a PNG, and an SVG that only refers to itself (#fragments, url(#…), an embedded picture, a plain DOCTYPE)', () => {
    const { c, id } = brandedWorkshop();
    expect(call(c, 'workshop:setLogo', { id, base64: b64(pngLogo(300, 120)) }).logo).toMatchObject({ mime: 'image/png', width: 300, height: 120 });
    expect(call(c, 'workshop:setLogo', { id, base64: b64(SVG_LOGO) }).logo).toMatchObject({ mime: 'image/svg+xml', width: 300, height: 100 });
    const illustrator = `<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n${svg(
      `<image width="10" height="10" href="data:image/png;base64,${b64(pngLogo(4, 4))}"/>`,
      'viewBox="0 0 120 30"',
    )}`;
    expect(call(c, 'workshop:setLogo', { id, base64: b64(illustrator) }).logo).toMatchObject({ mime: 'image/svg+xml', width: 120, height: 30 });
  });
});
