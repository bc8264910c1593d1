import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../src/main/backend';
import type { ExportedFile } from '../../../src/shared/export';
import { call, testCore } from '../../helpers/core';
import { genericWorkshop } from '../../helpers/generic-workshop';
import { pngLogo } from '../../helpers/logos';
import { tempDir } from '../../helpers/temp-dir';

// The report under a client's brand (#16): "Prepared for <client>" and the logo on the
// cover, the client and a small logo in every page header, the accent in the cover band
// and header rule; an accent too light for text on white never colours text.

const backends: Backend[] = [];
afterAll(async () => {
  for (const b of backends) await b.exports.close();
});

async function brandedPdf(brand: { clientName?: string; accent?: string; logo?: Buffer }): Promise<string> {
  const core = testCore();
  const backend = createBackend(core);
  backends.push(backend);
  const w = genericWorkshop(core);
  if (brand.clientName !== undefined || brand.accent !== undefined)
    call(core, 'workshop:update', {
      id: w.id,
      patch: { ...(brand.clientName ? { clientName: brand.clientName } : {}), ...(brand.accent ? { accent: brand.accent } : {}) },
    });
  if (brand.logo) call(core, 'workshop:setLogo', { id: w.id, base64: brand.logo.toString('base64') });
  const r = await backend.invoke('export:prepare', { workshopId: w.id, format: 'pdf' });
  if (!r.ok) throw new Error(r.error.message);
  const path = join(tempDir(), 'report.pdf');
  writeFileSync(path, backend.exports.get((r.value as ExportedFile).exportId)!.body);
  return path;
}

const pageText = (pdf: string, page: number) => execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
const images = (pdf: string) =>
  execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((l) => l.trim().split(/\s+/));

describe('a branded report', () => {
  it("has the client's name and logo on the cover and in every page header", async () => {
    const pdf = await brandedPdf({ clientName: 'ACME Robotics', accent: '#0b5d3b', logo: pngLogo(240, 80) });
    expect(pageText(pdf, 1)).toMatch(/PREPARED FOR ACME ROBOTICS/i);
    expect(pageText(pdf, 2)).toMatch(/ACME Robotics · /);
    const list = images(pdf);
    // The same logo on the cover and in each header: drawn from one image object, 240 × 80.
    expect(list.length).toBeGreaterThan(1);
    expect(list.every((cols) => cols[3] === '240' && cols[4] === '80')).toBe(true);
  }, 60_000);

  it('an unbranded report says "Workshop report" and has no image', async () => {
    const pdf = await brandedPdf({});
    expect(pageText(pdf, 1)).toMatch(/WORKSHOP REPORT/);
    expect(pageText(pdf, 1)).not.toMatch(/PREPARED FOR/);
    expect(images(pdf)).toHaveLength(0);
  }, 60_000);

  it('draws the cover band in the accent even when it is too light for text', async () => {
    const dir = tempDir();
    const pdf = await brandedPdf({ clientName: 'Sunny Co', accent: '#ffd700' });
    execFileSync('pdftoppm', ['-r', '30', '-f', '1', '-l', '1', '-png', pdf, join(dir, 'p')]);
    const { PNG } = await import('pngjs');
    const { readFileSync, readdirSync } = await import('node:fs');
    const png = PNG.sync.read(
      readFileSync(
        join(
          dir,
          readdirSync(dir).find((f) => f.endsWith('.png'))!,
        ),
      ),
    );
    const at = (x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)];
    expect(at(Math.floor(png.width / 2), 3)).toEqual([255, 215, 0]);
    // Text stays in the report's own colours: the eyebrow is indigo, not gold.
    expect(pageText(pdf, 1)).toMatch(/PREPARED FOR SUNNY CO/i);
  }, 60_000);
});
