import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, SCREEN } from '../helpers/browser';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { b64, noisyPng, pngLogo, SVG_LOGO } from '../helpers/logos';
import { tempDir } from '../helpers/temp-dir';
import { describeFailure, floorFor, measureScreen } from '../visual/layout-measure';
import { op } from './run-e2e-helpers';

// Branding (#16) in a real browser: the planner's section at desktop, laptop
// and phone widths, and the projector's join screen with the client's logo,
// name and accent (text only where it passes 4.5:1 on the dark screen).

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });
const logoDrawn = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0);

describe('branding in the browser', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(tempDir(), ['--lan-host', '127.0.0.1']);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the planner takes a logo from disk, shows the contrast verdict and a preview, at 1920, 1280 and 390 wide', async () => {
    const serve = session.serve;
    const w = await op<{ id: string }>(serve, 'workshop:create', { title: 'Q3 pipeline alignment', clientName: 'Northwind Traders' });
    for (const [size, name] of [
      [SCREEN.desktop, 'branding-planner-1920'],
      [SCREEN.laptop, 'branding-planner-1280'],
      [SCREEN.phone, 'branding-planner-390'],
    ] as const) {
      const { page, errors, context } = await session.page(size);
      await page.goto(`${serve.origin}/#/w/${w.id}`);
      const section = page.getByRole('region', { name: 'Branding' });
      await poll(() => section.isVisible()).toBe(true);
      if (size === SCREEN.desktop) {
        // Near the 512 KB limit: the browser's API socket carries it whole.
        const big = noisyPng(350, 350);
        expect(big.length).toBeGreaterThan(450 * 1024);
        expect(big.length).toBeLessThanOrEqual(512 * 1024);
        await section.getByLabel('Logo file (PNG or SVG)').setInputFiles({ name: 'big.png', mimeType: 'image/png', buffer: big });
        await poll(() => section.getByText(/^PNG, 350 × 350 pixels, 4\d\d KB$/).isVisible()).toBe(true);
        await poll(() => logoDrawn(page, 'planner-logo')).toBe(true);
        await section.getByLabel('Logo file (PNG or SVG)').setInputFiles({ name: 'northwind.png', mimeType: 'image/png', buffer: pngLogo(360, 120) });
        await poll(() => section.getByText(/^PNG, 360 × 120 pixels/).isVisible()).toBe(true);
        await poll(() => logoDrawn(page, 'planner-logo')).toBe(true);
        await section
          .getByLabel('Logo file (PNG or SVG)')
          .setInputFiles({ name: 'broken.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(SVG_LOGO.replace('<rect', '<rect onclick="x()"')) });
        await poll(() => section.getByRole('alert').textContent()).toMatch(/That SVG has an event handler \(onclick on <rect>\)/);
        await section.getByRole('textbox', { name: 'Accent colour as hex' }).fill('#0b6e4f');
        await section.getByRole('textbox', { name: 'Accent colour as hex' }).press('Enter');
        await poll(() => section.getByTestId('accent-verdicts').textContent()).toMatch(
          /Report \(white\): Used for text: 6\.\d:1.*Projector \(dark\): Too dark for text/,
        );
      }
      await poll(() => logoDrawn(page, 'planner-logo')).toBe(true);
      await section.scrollIntoViewIfNeeded();
      // Nothing in the section is wider than the page.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth + 1)).toBe(true);
      await expectNoSeriousA11yViolations(page, `planner with branding ${size.width}`);
      await section.screenshot({ path: await shot(page, name).then((p) => p.replace(/\.png$/, '-section.png')) });
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  async function joinScreen(accent: string) {
    const serve = session.serve;
    const w = await op<{ id: string }>(serve, 'workshop:create', { title: 'Sales & Marketing alignment day', clientName: 'Northwind Traders', accent });
    await op(serve, 'workshop:setLogo', { id: w.id, base64: b64(SVG_LOGO) });
    await op(serve, 'participant:addMany', {
      workshopId: w.id,
      people: [
        { name: 'Ana', team: 'sales' },
        { name: 'Ben', team: 'marketing' },
      ],
    });
    await op(serve, 'activity:add', { workshopId: w.id, kind: 'dotvote' });
    return w.id;
  }

  it('the projector’s join screen shows the logo, the name and the accent, fits at 1920×1080 and 1280×720, and passes axe', async () => {
    const serve = session.serve;
    const light = await joinScreen('#ffd500'); // passes 4.5:1 on the dark projector: the name is drawn in it
    const room = await op<{ joinCode: string }>(serve, 'room:open', { workshopId: light, host: '127.0.0.1' });
    try {
      for (const size of [SCREEN.desktop, SCREEN.laptop]) {
        const { page, errors, context } = await session.page(size);
        await page.goto(`${serve.origin}/#/present/${light}`);
        await poll(() => page.getByTestId('join-code').isVisible()).toBe(true);
        await poll(() => logoDrawn(page, 'projector-logo')).toBe(true);
        expect(await page.getByTestId('projector-logo').getAttribute('alt')).toBe('Northwind Traders logo');
        const brand = page.getByTestId('projector-brand');
        expect(await brand.getAttribute('data-accent-text')).toBe('yes');
        expect(await page.locator('.present-brand-client').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(255, 213, 0)');
        expect(await page.locator('.present-brand-strip').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 213, 0)');
        const floor = floorFor(size);
        const report = await measureScreen(page, floor, false);
        expect(describeFailure(`branded join screen @${size.width}×${size.height}`, { ...report, axe: [] }, floor)).toBeNull();
        expect(await page.getByTestId('join-code').textContent()).toContain(room.joinCode.slice(0, 3));
        await expectNoSeriousA11yViolations(page, `branded join screen ${size.width}`);
        await shot(page, `branding-join-${size.width}x${size.height}`);

        const dark = await joinScreen('#1e3a8a'); // fails 4.5:1 on the dark projector: the strip and the rule only
        await page.goto(`${serve.origin}/#/present/${dark}`);
        await poll(() => logoDrawn(page, 'projector-logo')).toBe(true);
        expect(await page.getByTestId('projector-brand').getAttribute('data-accent-text')).toBe('no');
        expect(await page.locator('.present-brand-client').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(245, 247, 250)');
        expect(await page.locator('.present-brand-rule').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(30, 58, 138)');
        const closed = await measureScreen(page, floor, false);
        expect(describeFailure(`branded welcome (dark accent) @${size.width}×${size.height}`, { ...closed, axe: [] }, floor)).toBeNull();
        await expectNoSeriousA11yViolations(page, `branded welcome, dark accent ${size.width}`);
        await shot(page, `branding-welcome-dark-accent-${size.width}x${size.height}`);

        // The closing screen carries the branding too.
        await op(serve, 'run:start', { workshopId: dark });
        await op(serve, 'run:end', { workshopId: dark });
        await poll(() => page.getByRole('heading', { name: 'Thank you' }).isVisible()).toBe(true);
        await poll(() => logoDrawn(page, 'projector-logo')).toBe(true);
        const ended = await measureScreen(page, floor, false);
        expect(describeFailure(`branded thank-you @${size.width}×${size.height}`, { ...ended, axe: [] }, floor)).toBeNull();
        await expectNoSeriousA11yViolations(page, `branded thank-you ${size.width}`);
        await shot(page, `branding-ended-${size.width}x${size.height}`);
        expect(errors).toEqual([]);
        await context.close();
      }
    } finally {
      await op(serve, 'room:close');
    }
  });
});
