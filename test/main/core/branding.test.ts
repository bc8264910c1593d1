import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import { brandOf } from '../../../src/main/services/branding';
import { call, dumpRows, testCore } from '../../helpers/core';
import { b64, pngLogo, SVG_LOGO } from '../../helpers/logos';

// Branding (#16): a client name, a logo and an accent colour per workshop, a
// saved default that new workshops start with, and what the report reads.

const opened: Core[] = [];
afterAll(() => opened.forEach((c) => c.close()));
function core() {
  const c = testCore();
  opened.push(c);
  return c;
}

/** How many logo files the database holds (each stored once, whoever uses it). */
function logoFiles(c: Core): number {
  const db = new Database(c.dbPath, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM logos').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const PNG = pngLogo(320, 100);

describe('a workshop’s branding', () => {
  it('keeps the client name, the accent (in lower case) and the logo, and gives the logo file back whole', () => {
    const c = core();
    const w = call(c, 'workshop:create', { title: 'Kick-off' });
    expect(w).toMatchObject({ clientName: '', accent: null, logo: null });
    call(c, 'workshop:update', { id: w.id, patch: { clientName: '  Acme Industries ', accent: '#1A6B8F' } });
    const withLogo = call(c, 'workshop:setLogo', { id: w.id, base64: b64(PNG) });
    expect(withLogo).toMatchObject({
      clientName: 'Acme Industries',
      accent: '#1a6b8f',
      logo: { mime: 'image/png', width: 320, height: 100, bytes: PNG.length },
    });
    expect(withLogo.logo!.hash).toMatch(/^[0-9a-f]{64}$/);

    const brand = call(c, 'workshop:brand', { id: w.id });
    expect(brand.clientName).toBe('Acme Industries');
    expect(brand.accent).toBe('#1a6b8f');
    expect(Buffer.from(brand.logo!.base64, 'base64').equals(PNG)).toBe(true);
    expect(call(c, 'workshop:get', { id: w.id }).workshop.logo).toEqual(withLogo.logo);

    // Replacing the logo drops the old file; removing it drops the new one.
    call(c, 'workshop:setLogo', { id: w.id, base64: b64(SVG_LOGO) });
    expect(call(c, 'workshop:brand', { id: w.id }).logo).toMatchObject({ mime: 'image/svg+xml', base64: b64(SVG_LOGO) });
    expect(logoFiles(c)).toBe(1);
    expect(call(c, 'workshop:clearLogo', { id: w.id }).logo).toBeNull();
    expect(call(c, 'workshop:brand', { id: w.id }).logo).toBeNull();
    expect(logoFiles(c)).toBe(0);

    call(c, 'workshop:update', { id: w.id, patch: { accent: null, clientName: '' } });
    expect(call(c, 'workshop:get', { id: w.id }).workshop).toMatchObject({ clientName: '', accent: null });
  });

  it('stores a logo used by many workshops once, and drops it when the last one is deleted for good', () => {
    const c = core();
    const a = call(c, 'workshop:create', { title: 'A' });
    const b = call(c, 'workshop:create', { title: 'B' });
    call(c, 'workshop:setLogo', { id: a.id, base64: b64(PNG) });
    call(c, 'workshop:setLogo', { id: b.id, base64: b64(PNG) });
    const copy = call(c, 'workshop:duplicate', { id: a.id });
    expect(copy.logo).toEqual(call(c, 'workshop:get', { id: a.id }).workshop.logo);
    expect(logoFiles(c)).toBe(1);
    for (const id of [a.id, b.id]) {
      call(c, 'workshop:trash', { id });
      call(c, 'workshop:purge', { id });
    }
    expect(logoFiles(c)).toBe(1); // the copy still uses it
    expect(Buffer.from(call(c, 'workshop:brand', { id: copy.id }).logo!.base64, 'base64').equals(PNG)).toBe(true);
    call(c, 'workshop:trash', { id: copy.id });
    call(c, 'workshop:purge', { id: copy.id });
    expect(logoFiles(c)).toBe(0);
  });

  it('keeps the workshop list light: a summary describes the logo without carrying its file', () => {
    const c = core();
    const w = call(c, 'workshop:create', { title: 'Big logo' });
    call(c, 'workshop:setLogo', { id: w.id, base64: b64(SVG_LOGO.replace('</svg>', `<!-- ${'x'.repeat(300_000)} --></svg>`)) });
    const [summary] = call(c, 'workshop:list', {});
    expect(summary!.logo).toMatchObject({ mime: 'image/svg+xml' });
    expect(JSON.stringify(summary).length).toBeLessThan(2000);
  });
});

describe('the default branding for new workshops', () => {
  function saved() {
    const c = core();
    const source = call(c, 'workshop:create', { title: 'Branded', clientName: 'Northwind', accent: '#b42318' });
    call(c, 'workshop:setLogo', { id: source.id, base64: b64(PNG) });
    const d = call(c, 'settings:saveBrandDefault', { workshopId: source.id });
    return { c, source, d };
  }

  it('is saved from a workshop, with its logo file', () => {
    const { c, d } = saved();
    expect(d).toMatchObject({ clientName: 'Northwind', accent: '#b42318', logo: { mime: 'image/png', base64: b64(PNG) } });
    expect(call(c, 'settings:getBrandDefault', {})).toEqual(d);
  });

  it('is what every new workshop starts with: blank, from a template, the sample; what the caller gives wins', () => {
    const { c, source } = saved();
    const logo = call(c, 'workshop:get', { id: source.id }).workshop.logo;
    const brand = { clientName: 'Northwind', accent: '#b42318', logo };
    expect(call(c, 'workshop:create', { title: 'Next one' })).toMatchObject(brand);
    const template = call(c, 'template:list', {})[0]!;
    expect(call(c, 'template:createWorkshop', { templateId: template.id })).toMatchObject(brand);
    expect(call(c, 'workshop:createSample', {})).toMatchObject(brand);
    expect(call(c, 'workshop:create', { title: 'Other client', clientName: 'Contoso', accent: null })).toMatchObject({
      clientName: 'Contoso',
      accent: null,
      logo,
    });
  });

  it('survives the source workshop losing its logo; cleared, new workshops start plain', () => {
    const { c, source } = saved();
    call(c, 'workshop:clearLogo', { id: source.id });
    call(c, 'workshop:trash', { id: source.id });
    call(c, 'workshop:purge', { id: source.id });
    expect(call(c, 'settings:getBrandDefault', {})!.logo).toMatchObject({ base64: b64(PNG) });
    expect(call(c, 'workshop:create', { title: 'Still branded' }).logo).toMatchObject({ mime: 'image/png' });
    expect(call(c, 'settings:clearBrandDefault', {})).toBeNull();
    expect(call(c, 'settings:getBrandDefault', {})).toBeNull();
    expect(call(c, 'workshop:create', { title: 'Plain' })).toMatchObject({ clientName: '', accent: null, logo: null });
  });

  it('can be applied to an existing workshop; without a saved default that is refused and nothing changes', () => {
    const c = core();
    const w = call(c, 'workshop:create', { title: 'Existing', clientName: 'Old name' });
    const before = dumpRows(c);
    const r = c.dispatch('workshop:applyBrandDefault', { id: w.id });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/No default branding is saved yet/) });
    expect(dumpRows(c)).toBe(before);

    const source = call(c, 'workshop:create', { title: 'Branded', clientName: 'Northwind', accent: '#0b6e4f' });
    call(c, 'workshop:setLogo', { id: source.id, base64: b64(SVG_LOGO) });
    call(c, 'settings:saveBrandDefault', { workshopId: source.id });
    expect(call(c, 'workshop:applyBrandDefault', { id: w.id })).toMatchObject({ clientName: 'Northwind', accent: '#0b6e4f', logo: { mime: 'image/svg+xml' } });
  });
});

describe('what the report reads: brandOf', () => {
  it('gives the client name, the logo file with its size, the accent and whether it may colour text on white', () => {
    const c = core();
    const dark = call(c, 'workshop:create', { title: 'Dark accent', clientName: 'Acme', accent: '#1a6b8f' });
    call(c, 'workshop:setLogo', { id: dark.id, base64: b64(PNG) });
    const light = call(c, 'workshop:create', { title: 'Light accent', accent: '#ffd500' });
    const plain = call(c, 'workshop:create', { title: 'Plain' });
    const read = (id: string) => {
      const r = c.transact('report', (ctx) => brandOf(ctx, id));
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };

    const d = read(dark.id);
    expect(d).toMatchObject({
      clientName: 'Acme',
      accent: '#1a6b8f',
      accentForText: true,
      logo: { mime: 'image/png', width: 320, height: 100, base64: b64(PNG) },
    });
    expect(d.accentContrast).toBeGreaterThan(4.5);
    expect(Buffer.from(d.logo!.bytes).equals(PNG)).toBe(true);
    expect(read(light.id)).toMatchObject({ accent: '#ffd500', accentForText: false, logo: null });
    expect(read(light.id).accentContrast).toBeLessThan(4.5);
    expect(read(plain.id)).toEqual({ clientName: '', accent: null, accentForText: false, accentContrast: null, logo: null });
  });
});
