// `npm run check:layout`: every presenter screen (activity kind × state × extra view)
// at 1280×720, 1366×768, 1920×1080 and 1920×1200 with worst-case content. One line per
// failing screen, then `layout: screens=N clipped=C overflow=O below_floor=F missing=M axe=A`.
// `missing`: list screens (cards, signals, actions) where an item never shows whole on any
// page; the check steps through the pages with PageDown as the facilitator's clicker does.
// Options: --only <substring> (screens whose name contains it), --no-axe, --shots <dir>.
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startServe } from '../helpers/serve-process';
// @ts-expect-error: a plain .mjs script without types
import { buildIfNeeded } from '../../scripts/build-if-needed.mjs';
import { buildDay } from './layout-day';
import { PRESENTER_SIZES, describeFailure, findMissing, floorFor, measureScreen } from './layout-measure';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1]! : '';
const shots = args.includes('--shots') ? args[args.indexOf('--shots') + 1]! : '';
const withAxe = !args.includes('--no-axe');
if (shots) mkdirSync(shots, { recursive: true });

try {
  (buildIfNeeded as () => void)();
} catch (e) {
  // Someone's half-done edit elsewhere: measure the last build rather than nothing, and say so.
  console.error(`warning: ${(e as Error).message} Checking the last successful build.`);
}
const serve = await startServe(mkdtempSync(join(tmpdir(), 'cg-layout-')));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  const consoleCtx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const control = await consoleCtx.newPage();
  await control.goto(serve.link);
  const op = async (name: string, input: unknown = {}) => {
    const r = await control.request.post(`${serve.origin}/api/op/${name}`, { data: input, headers: { origin: serve.origin } });
    const body = await r.json();
    if (!body.ok) throw new Error(`${name}: ${JSON.stringify(body.error)}`);
    return body.value;
  };
  const { workshopId, screens } = await buildDay(op);
  const storageState = await consoleCtx.storageState();
  const pages: Page[] = [];
  for (const viewport of PRESENTER_SIZES) {
    // Reduced motion: a page turn lands at once, so what is read after PageDown is the new page.
    const ctx = await browser.newContext({ viewport, deviceScaleFactor: 1, storageState, reducedMotion: 'reduce' });
    const page = await ctx.newPage();
    await page.goto(`${serve.origin}/#/present/${workshopId}`);
    pages.push(page);
  }
  const totals = { screens: 0, clipped: 0, overflow: 0, belowFloor: 0, missing: 0, axe: 0, failed: 0 };
  for (const screen of screens) {
    await screen.apply();
    if (only && !screen.name.includes(only)) continue;
    for (const [i, page] of pages.entries()) {
      const size = PRESENTER_SIZES[i]!;
      await page.reload();
      const shown = await page.waitForSelector('.present-activity, .present-center, .present-welcome').catch(() => null);
      if (!shown) {
        totals.screens++;
        totals.failed++;
        console.log(`✗ ${screen.name} @${size.width}×${size.height}: the presenter did not render`);
        continue;
      }
      await page.waitForFunction(() => !document.querySelector('.present [role=status]'), undefined, { timeout: 5000 }).catch(() => undefined);
      await page.waitForTimeout(150);
      const name = `${screen.name} @${size.width}×${size.height}`;
      if (shots) await page.screenshot({ path: join(shots, `${screen.name.replace(/[/+]/g, '_')}-${size.width}x${size.height}.png`) });
      const floor = floorFor(size);
      const r = await measureScreen(page, floor, withAxe);
      if (screen.expect) r.missing = await findMissing(page, screen.expect);
      totals.screens++;
      if (r.missing?.length) totals.missing++;
      if (r.clipped.length) totals.clipped++;
      if (r.overflow) totals.overflow++;
      if (r.belowFloor.length) totals.belowFloor++;
      if (r.axe.length) totals.axe++;
      const line = describeFailure(name, r, floor);
      if (line) console.log(line);
    }
  }
  console.log(`layout: screens=${totals.screens} clipped=${totals.clipped} overflow=${totals.overflow} below_floor=${totals.belowFloor} missing=${totals.missing} axe=${totals.axe}${totals.failed ? ` not_rendered=${totals.failed}` : ''}`);
} finally {
  await browser.close();
  await serve.stop();
}
