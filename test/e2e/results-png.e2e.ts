import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREEN, SHOTS_DIR } from '../helpers/browser';
import { openSession, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { op } from './run-e2e-helpers';

// "Results for slides" (#16): every results chart on the console as a 1920×1080 PNG, saved or
// copied, on white or dark, drawn by the projector's own results view (same privacy rules).

type Rgb = readonly [number, number, number];
const hex = (h: string): Rgb => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];
const near = (a: Rgb, b: Rgb, tolerance: number) => Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]) <= tolerance;

/** What a facilitator would check on a picture for a slide, in numbers. */
function readPng(bytes: Buffer) {
  const signature = bytes.subarray(0, 8).toString('hex');
  const ihdr = bytes.subarray(12, 16).toString('latin1');
  const png = PNG.sync.read(bytes);
  const at = (x: number, y: number): Rgb => {
    const i = (y * png.width + x) * 4;
    return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
  };
  const corner = at(2, 2);
  let drawn = 0;
  const count = (colour: Rgb) => {
    let n = 0;
    for (let y = 0; y < png.height; y++) for (let x = 0; x < png.width; x++) if (near(at(x, y), colour, 24)) n++;
    return n;
  };
  for (let y = 0; y < png.height; y += 2) for (let x = 0; x < png.width; x += 2) if (!near(at(x, y), corner, 30)) drawn++;
  return {
    signature,
    ihdr,
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
    decoded: { width: png.width, height: png.height },
    corner,
    corners: [at(2, 2), at(png.width - 3, 2), at(2, png.height - 3), at(png.width - 3, png.height - 3)],
    /** Share of pixels (sampled every other row and column) that are not the background. */
    drawnShare: drawn / ((png.width / 2) * (png.height / 2)),
    count,
  };
}

const PNG_SIGNATURE = '89504e470d0a1a0a';
// Team colours of the two themes (views.css: console palette on white, projector palette on dark).
const LIGHT = { bg: hex('#ffffff'), sales: hex('#b54700'), marketing: hex('#0072b2') };
const DARK = { bg: hex('#0b1020'), sales: hex('#e69f00'), marketing: hex('#56b4e9') };

interface LeadSort {
  id: string;
  title: string;
  config: { cards: { id: string }[]; columns: { id: string }[] };
}

describe('results as images for slides', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(tempDir());
  });
  afterAll(async () => {
    await session?.close();
  });

  /** "Q3 Kickoff": 12 people (6 per team), a lead-quality sort where the teams disagree on `cards` cards, the run on it. */
  async function leadSortWorkshop(cards: number, marketingPeople = 6) {
    const serve = session.serve;
    const w = await op<{ id: string }>(serve, 'workshop:create', { title: 'Q3 Kickoff' });
    const people = await op<{ id: string; team: string }[]>(serve, 'participant:addMany', {
      workshopId: w.id,
      people: Array.from({ length: 6 + marketingPeople }, (_, i) => ({ name: `Person ${i + 1}`, team: i < 6 ? 'sales' : 'marketing' })),
    });
    const added = await op<LeadSort>(serve, 'activity:add', { workshopId: w.id, kind: 'leadsort' });
    const lead = await op<LeadSort>(serve, 'activity:update', { id: added.id, patch: { title: 'Lead-quality sort' } });
    await op(serve, 'run:start', { workshopId: w.id });
    await op(serve, 'run:goto', { workshopId: w.id, activityId: lead.id });
    for (const [i, p] of people.entries())
      for (const [k, card] of lead.config.cards.slice(0, cards).entries()) {
        const column = p.team === 'sales' ? k % 2 : (k + 1) % 2; // the teams disagree on every card
        await op(serve, 'response:submit', {
          activityId: lead.id,
          participantId: p.id,
          itemKey: card.id,
          value: { column: lead.config.columns[(column + (i % 5 === 0 ? 1 : 0)) % 3]!.id },
        });
      }
    return { workshopId: w.id, lead };
  }

  async function openConsole(page: Page, workshopId: string, title: string) {
    await page.goto(`${session.serve.origin}/#/run/${workshopId}`);
    await expect.poll(() => page.locator('#stage-title').innerText()).toBe(title);
    const results = page.locator('section.stage-results');
    await expect.poll(() => results.getByRole('button', { name: 'Save as PNG' }).isVisible()).toBe(true);
    return results;
  }

  let saved = 0;
  async function save(page: Page, results: ReturnType<Page['locator']>) {
    const button = results.getByRole('button', { name: 'Save as PNG' });
    const started = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), button.click()]);
    const bytes = readFileSync((await download.path())!);
    mkdirSync(SHOTS_DIR, { recursive: true });
    writeFileSync(join(SHOTS_DIR, `results-png-${++saved}-${download.suggestedFilename()}`), bytes); // to look at
    console.log(`[results-png] ${download.suggestedFilename()}: ${bytes.length} bytes, ${Date.now() - started} ms from the click`);
    return { name: download.suggestedFilename(), bytes };
  }

  it('saves the lead-quality sort as a 1920×1080 PNG named after the workshop and activity, on white by default and on dark on request', async () => {
    const { workshopId, lead } = await leadSortWorkshop(4);
    const { page, errors } = await session.page(SCREEN.laptop, { acceptDownloads: true });
    const results = await openConsole(page, workshopId, lead.title);
    // Not revealed yet: the facilitator can take the picture before the room sees it.
    await expect.poll(() => results.getByText('(only you can see these)').isVisible()).toBe(true);
    // The menu in the results panel's header, to look at.
    await results.locator('.panel-header').screenshot({ path: join(SHOTS_DIR, 'results-png-console-menu-1280.png') });
    const white = results.getByRole('radio', { name: 'White' });
    await expect.poll(() => white.isChecked()).toBe(true);

    const light = await save(page, results);
    expect(light.name).toBe('q3-kickoff-lead-quality-sort-results.png');
    const l = readPng(light.bytes);
    expect(l.signature).toBe(PNG_SIGNATURE);
    expect(l.ihdr).toBe('IHDR');
    expect({ width: l.width, height: l.height }).toEqual({ width: 1920, height: 1080 });
    expect(l.decoded).toEqual({ width: 1920, height: 1080 });
    for (const c of l.corners) expect(near(c, LIGHT.bg, 6), `light corner ${c.join(',')}`).toBe(true);
    expect(l.drawnShare).toBeGreaterThan(0.05);
    expect(l.count(LIGHT.sales), 'Sales colour on white').toBeGreaterThan(150);
    expect(l.count(LIGHT.marketing), 'Marketing colour on white').toBeGreaterThan(150);
    // The keyboard stays where it was: on the button, no longer busy.
    const saveButton = results.getByRole('button', { name: 'Save as PNG' });
    await expect.poll(() => saveButton.getAttribute('aria-busy')).toBeNull();
    expect(await saveButton.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => page.locator('.toast').last().innerText()).toContain('Saved q3-kickoff-lead-quality-sort-results.png');

    // Dark, chosen from the keyboard.
    await white.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => results.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
    const dark = await save(page, results);
    expect(dark.name).toBe('q3-kickoff-lead-quality-sort-results.png');
    const d = readPng(dark.bytes);
    expect({ width: d.width, height: d.height }).toEqual({ width: 1920, height: 1080 });
    for (const c of d.corners) expect(near(c, DARK.bg, 6), `dark corner ${c.join(',')}`).toBe(true);
    expect(d.drawnShare).toBeGreaterThan(0.05);
    expect(d.count(DARK.sales), 'Sales colour on dark').toBeGreaterThan(150);
    expect(d.count(DARK.marketing), 'Marketing colour on dark').toBeGreaterThan(150);
    expect(errors).toEqual([]);
  });

  it('copies the image to the clipboard as image/png (1920×1080) and says so', async () => {
    const { workshopId, lead } = await leadSortWorkshop(4);
    const { page, errors } = await session.page(SCREEN.laptop, { permissions: ['clipboard-read', 'clipboard-write'] });
    const results = await openConsole(page, workshopId, lead.title);
    const copy = results.getByRole('button', { name: 'Copy as image' });
    await copy.click();
    await expect.poll(() => page.locator('.toast').last().innerText(), { timeout: 30_000 }).toContain('Copied — paste into your slides');
    expect(await copy.evaluate((el) => el === document.activeElement)).toBe(true);
    const base64 = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const item = items.find((i) => i.types.includes('image/png'));
      if (!item) return null;
      const blob = await item.getType('image/png');
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let s = '';
      for (const b of bytes) s += String.fromCharCode(b);
      return btoa(s);
    });
    expect(base64, 'an image/png on the clipboard').not.toBeNull();
    const c = readPng(Buffer.from(base64!, 'base64'));
    expect(c.signature).toBe(PNG_SIGNATURE);
    expect({ width: c.width, height: c.height }).toEqual({ width: 1920, height: 1080 });
    expect(near(c.corner, LIGHT.bg, 6)).toBe(true);
    expect(c.drawnShare).toBeGreaterThan(0.05);
    expect(c.count(LIGHT.sales)).toBeGreaterThan(150);
    expect(c.count(LIGHT.marketing)).toBeGreaterThan(150);
    expect(errors).toEqual([]);
  });

  it('says clearly when the clipboard is not available, and offers Save as PNG instead', async () => {
    const { workshopId, lead } = await leadSortWorkshop(4);
    const { page, context } = await session.page(SCREEN.laptop);
    // A window without the asynchronous clipboard (an insecure origin, an old browser): loaded again with none.
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
    await page.goto(session.serve.link);
    expect(await page.evaluate(() => navigator.clipboard)).toBeUndefined();
    const results = await openConsole(page, workshopId, lead.title);
    const copy = results.getByRole('button', { name: 'Copy as image' });
    await copy.click();
    await expect.poll(() => page.locator('.toast').last().innerText()).toMatch(/clipboard is not available.*Save as PNG/);
    expect(await copy.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  /** Share of pixels (every other row and column) below the header that match between a picture and a screenshot. */
  function alike(a: Buffer, b: Buffer): number {
    const x = PNG.sync.read(a);
    const y = PNG.sync.read(b);
    let same = 0;
    let total = 0;
    for (let row = 120; row < 1080; row += 2)
      for (let col = 0; col < 1920; col += 2) {
        const i = (row * 1920 + col) * 4;
        total++;
        if (near([x.data[i]!, x.data[i + 1]!, x.data[i + 2]!], [y.data[i]!, y.data[i + 1]!, y.data[i + 2]!], 60)) same++;
      }
    return same / total;
  }

  /** The projector at 1920×1080 with the results revealed, on page `pageNo`: its screenshot. */
  async function projectorShot(workshopId: string, activityId: string, ready: string, pageNo = 1) {
    await op(session.serve, 'run:set', { activityId, revealed: true });
    const projector = await session.page(SCREEN.desktop);
    await projector.page.goto(`${session.serve.origin}/#/present/${workshopId}`);
    await expect.poll(() => projector.page.getByText(ready, { exact: false }).first().isVisible(), { timeout: 30_000 }).toBe(true);
    if (pageNo > 1) {
      // The room's page moves once this window has told the core how many pages it has: ask until it is there.
      const shown = projector.page.locator('.cgv-paged').first();
      await expect
        .poll(async () => {
          const now = Number(await shown.getAttribute('data-page'));
          if (now !== pageNo) await op(session.serve, 'run:page', { workshopId, delta: pageNo - now });
          return Number(await shown.getAttribute('data-page'));
        })
        .toBe(pageNo);
      await projector.page.waitForFunction(() => [...document.querySelectorAll('.cgv-paged-flow')].every((f) => f.getAnimations().length === 0));
    }
    const shot = await projector.page.screenshot();
    await projector.context.close();
    return shot;
  }

  it('results over several projector pages: one image per page, chosen with Page N, each the projector page itself', async () => {
    const { workshopId, lead } = await leadSortWorkshop(Number.POSITIVE_INFINITY);
    const { page } = await session.page(SCREEN.laptop, { acceptDownloads: true });
    const results = await openConsole(page, workshopId, lead.title);
    await results.getByRole('radio', { name: 'Dark' }).check();
    const first = await save(page, results);
    const pageSelect = results.getByRole('combobox', { name: 'Page' });
    await expect.poll(() => pageSelect.isVisible()).toBe(true);
    const pages = await pageSelect.locator('option').count();
    expect(pages).toBeGreaterThan(1);
    expect(first.name).toBe(`q3-kickoff-lead-quality-sort-results-page-1-of-${pages}.png`);
    await pageSelect.selectOption({ label: `${pages} of ${pages}` });
    const last = await save(page, results);
    expect(last.name).toBe(`q3-kickoff-lead-quality-sort-results-page-${pages}-of-${pages}.png`);
    const b = readPng(last.bytes);
    expect({ width: b.width, height: b.height }).toEqual({ width: 1920, height: 1080 });
    expect(b.drawnShare).toBeGreaterThan(0.03);
    expect(Buffer.compare(first.bytes, last.bytes)).not.toBe(0);
    expect(readPng(first.bytes).count(DARK.marketing)).toBeGreaterThan(150);

    // Below the header, each picture is what the projector shows on that page.
    const firstScreen = await projectorShot(workshopId, lead.id, 'Where we disagree most');
    const lastScreen = await projectorShot(workshopId, lead.id, 'Where we disagree most', pages);
    const [p1, pn] = [alike(first.bytes, firstScreen), alike(last.bytes, lastScreen)];
    console.log(`[results-png] still vs projector: page 1 ${(p1 * 100).toFixed(2)} %, page ${pages} ${(pn * 100).toFixed(2)} % of pixels alike`);
    expect(p1).toBeGreaterThan(0.97);
    expect(pn).toBeGreaterThan(0.97);
  });

  it('a team below the anonymity threshold: the picture is the projector results themselves (the whole room, no split), every row drawn', async () => {
    // One marketing person: below the threshold, so the projector shows no team split.
    const { workshopId, lead } = await leadSortWorkshop(4, 1);
    const { page } = await session.page(SCREEN.laptop, { acceptDownloads: true });
    const results = await openConsole(page, workshopId, lead.title);
    await results.getByRole('radio', { name: 'Dark' }).check();
    const still = await save(page, results);
    const img = readPng(still.bytes);
    expect({ width: img.width, height: img.height }).toEqual({ width: 1920, height: 1080 });
    expect(img.drawnShare, 'the whole-room rows under the note are drawn').toBeGreaterThan(0.04);

    // The projector itself, revealed, at 1920×1080: below its header the two are the same picture.
    const screen = await projectorShot(workshopId, lead.id, 'No team comparison');
    const share = alike(still.bytes, screen);
    console.log(`[results-png] still vs projector below the header: ${(share * 100).toFixed(2)} % of pixels alike`);
    expect(share).toBeGreaterThan(0.97);
  });
});
