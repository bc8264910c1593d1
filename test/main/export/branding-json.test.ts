import { afterAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import { exportWorkshop } from '../../../src/main/export/json';
import { call, dumpRows, testCore } from '../../helpers/core';
import { b64, pngLogo, SVG_LOGO } from '../../helpers/logos';

// Branding (#16) travels in the workshop file, and comes back only after the
// same checks as a logo chosen from disk.

const opened: Core[] = [];
afterAll(() => opened.forEach((c) => c.close()));

function brandedFile(logo: Buffer | string = pngLogo(200, 60)) {
  const c = testCore();
  opened.push(c);
  const w = call(c, 'workshop:create', { title: 'Kick-off', clientName: 'Acme Industries', accent: '#1a6b8f' });
  call(c, 'workshop:setLogo', { id: w.id, base64: b64(logo) });
  const file = c.transact('test:export', (ctx) => exportWorkshop(ctx, w.id));
  if (!file.ok) throw new Error(file.error.message);
  return { c, w: call(c, 'workshop:get', { id: w.id }).workshop, file: file.value };
}

describe('branding in the workshop file', () => {
  it('is written out (the logo as base64) and imported back the same', () => {
    const { c, w, file } = brandedFile();
    expect(file.workshop).toMatchObject({ clientName: 'Acme Industries', accent: '#1a6b8f', logo: { mime: 'image/png', base64: b64(pngLogo(200, 60)) } });
    const imported = call(c, 'workshop:import', { json: JSON.stringify(file) });
    expect(imported).toMatchObject({ clientName: 'Acme Industries', accent: '#1a6b8f', logo: w.logo });
    const again = c.transact('test:export', (ctx) => exportWorkshop(ctx, imported.id));
    expect(again.ok && again.value.workshop.logo).toEqual(file.workshop.logo);
  });

  it('carries an SVG logo too; an older file without branding imports without it', () => {
    const { c, file } = brandedFile(SVG_LOGO);
    expect(call(c, 'workshop:import', { json: JSON.stringify(file) }).logo).toMatchObject({ mime: 'image/svg+xml', width: 300, height: 100 });
    const old = structuredClone(file) as unknown as { workshop: Record<string, unknown> };
    delete old.workshop.clientName;
    delete old.workshop.accent;
    delete old.workshop.logo;
    expect(call(c, 'workshop:import', { json: JSON.stringify(old) })).toMatchObject({ clientName: '', accent: null, logo: null });
  });

  const tampered: [string, (w: Record<string, unknown>) => void, RegExp][] = [
    [
      'an SVG logo with a script',
      (w) => (w.logo = { mime: 'image/svg+xml', base64: b64(SVG_LOGO.replace('</svg>', '<script>fetch("//x")</script></svg>')) }),
      /The workshop’s logo: That SVG contains <script>/,
    ],
    [
      'a damaged PNG logo',
      (w) => (w.logo = { mime: 'image/png', base64: b64(pngLogo().subarray(0, 200)) }),
      /The workshop’s logo: That PNG is damaged or incomplete/,
    ],
    ['a logo said to be a PNG that is an SVG', (w) => (w.logo = { mime: 'image/png', base64: b64(SVG_LOGO) }), /said to be image\/png but is image\/svg\+xml/],
    ['a logo of another type', (w) => (w.logo = { mime: 'image/gif', base64: b64(SVG_LOGO) }), /A logo is a PNG or an SVG image/],
    ['an accent that is not a colour', (w) => (w.accent = 'javascript:alert(1)'), /Use a colour like #1a6b8f/],
    ['a client name that is too long', (w) => (w.clientName = 'A'.repeat(500)), /Keep the client name under 120 characters/],
  ];
  for (const [what, change, message] of tampered) {
    it(`refuses a file with ${what}, and imports nothing`, () => {
      const { c, file } = brandedFile();
      const bad = structuredClone(file) as unknown as { workshop: Record<string, unknown> };
      change(bad.workshop);
      const before = dumpRows(c);
      const r = c.dispatch('workshop:import', { json: JSON.stringify(bad) });
      expect(r.ok ? null : r.error.code).toBe('VALIDATION');
      if (!r.ok) {
        expect(r.error.message).toMatch(message);
        expect(r.error.message).toMatch(/Nothing was imported\.$/);
      }
      expect(dumpRows(c)).toBe(before);
    });
  }
});
