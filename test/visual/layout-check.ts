// `npm run check:layout`: every presenter screen (activity kind × state × extra view)
// at 1280×720, 1366×768, 1920×1080 and 1920×1200 with worst-case content, each a second time
// with the room open for phones (the QR panel in the footer) where that can change the screen.
// The results of each kind that splits by team are measured again with Marketing below the
// workshop's anonymity threshold (team splits hidden): `<kind>/revealed+team-below-threshold`.
// One line per failing screen, then
// `layout: screens=N clipped=C overflow=O below_floor=F missing=M axe=A room_screens=R seconds=S [locale=L]`.
// `missing`: list screens (cards, signals, actions) where an item never shows whole on any
// page; the check steps through the pages with PageDown as the facilitator's clicker does.
// With the room open, the join code counts as an expected item on the screens that show it.
// Options: --only <substrings,…> (screens whose name contains one; room variants end in "+room"),
// --no-axe, --room closed|open|both (default both), --sizes 1920x1080,1280x720,
// --shots <dir> (a PNG of every page of every screen and an index.html with the figures),
// --locale de|fr|es|pseudo (#19: the room's screens in that language, `?room=<locale>`; the workshop's language
// is that one too, so the exercises' example content is German, French or Spanish; the pseudo-locale, accented
// and 40 % longer, keeps English content; sizes default to 1920x1080,1280x720 and the totals line names the locale).
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startServe } from '../helpers/serve-process';
// @ts-expect-error: a plain .mjs script without types
import { buildIfNeeded } from '../../scripts/build-if-needed.mjs';
import { buildDay, type Screen } from './layout-day';
import { LOCALE_SIZES, PRESENTER_SIZES, describeFailure, findMissing, floorFor, measureScreen } from './layout-measure';
import { writeShotsIndex, type ShotEntry } from './layout-shots-index';

const started = performance.now();
const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const only = (arg('--only') ?? '').split(',').filter(Boolean);
const picked = (name: string) => !only.length || only.some((o) => name.includes(o));
const shots = arg('--shots') ?? '';
const withAxe = !args.includes('--no-axe');
const roomMode = arg('--room') ?? 'both';
if (!['closed', 'open', 'both'].includes(roomMode)) throw new Error(`--room takes closed, open or both, not "${roomMode}".`);
const sizes = (arg('--sizes') ?? '')
  .split(',')
  .filter(Boolean)
  .map((s) => {
    const m = /^(\d{3,4})x(\d{3,4})$/.exec(s.trim());
    if (!m) throw new Error(`--sizes takes WIDTHxHEIGHT pairs separated by commas, like 1920x1080,1280x720; "${s}" is not one.`);
    return { width: Number(m[1]), height: Number(m[2]) };
  });
const locale = arg('--locale') ?? '';
if (locale && !['de', 'fr', 'es', 'pseudo'].includes(locale)) throw new Error(`--locale takes de, fr, es or pseudo, not "${locale}".`);
/** The presenter's address: the room's language overridden for this check (docs/i18n.md). */
const presentQuery = locale ? `?room=${locale}` : '';
const SIZES = sizes.length ? sizes : locale ? LOCALE_SIZES : PRESENTER_SIZES;
if (shots) mkdirSync(shots, { recursive: true });

/** The room changes what the projector shows while phones can answer; the issue names these results screens too. */
const SHOWN = '.present-activity, .present-center, .present-welcome';
const roomVariant = (s: Screen) => !s.name.includes('/revealed') || /^(leadsort|comp|kpisort)\//.test(s.name);

try {
  (buildIfNeeded as () => void)();
} catch (e) {
  // Someone's half-done edit elsewhere: measure the last build rather than nothing, and say so.
  console.error(`warning: ${(e as Error).message} Checking the last successful build.`);
}
// Phones join on loopback here: the room's advertised address is 127.0.0.1, never a LAN address.
const serve = await startServe(mkdtempSync(join(tmpdir(), 'cg-layout-')), ['--lan-host', '127.0.0.1']);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
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
  const { workshopId, screens } = await buildDay(op, locale === 'pseudo' ? 'en' : locale || 'en');
  const storageState = await consoleCtx.storageState();
  const pages: Page[] = [];
  for (const viewport of SIZES) {
    // Reduced motion: a page turn lands at once, so what is read after PageDown is the new page.
    const ctx = await browser.newContext({ viewport, deviceScaleFactor: 1, storageState, reducedMotion: 'reduce' });
    const page = await ctx.newPage();
    await page.goto(`${serve.origin}/${presentQuery}#/present/${workshopId}`);
    pages.push(page);
  }
  const totals = { screens: 0, clipped: 0, overflow: 0, belowFloor: 0, missing: 0, axe: 0, failed: 0, room: 0 };
  const gallery: ShotEntry[] = [];

  const check = async (name: string, expect: string[] | undefined) => {
    for (const [i, page] of pages.entries()) {
      const size = SIZES[i]!;
      await page.reload();
      // A loaded machine (two cores shared) can take long to reload: one more try before saying it failed.
      const shown =
        (await page.waitForSelector(SHOWN, { timeout: 30_000 }).catch(() => null)) ??
        (await page
          .reload()
          .then(() => page.waitForSelector(SHOWN, { timeout: 60_000 }))
          .catch(() => null));
      totals.screens++;
      if (!shown) {
        totals.failed++;
        console.log(`✗ ${name} @${size.width}×${size.height}: the presenter did not render`);
        continue;
      }
      await page.waitForFunction(() => !document.querySelector('.present [role=status]'), undefined, { timeout: 5000 }).catch(() => undefined);
      await page.waitForTimeout(150);
      const floor = floorFor(size);
      const r = await measureScreen(page, floor, withAxe);
      const files: string[] = [];
      const shoot = shots
        ? async (n: number) => {
            const file = `${name.replace(/[/+]/g, '_')}-${size.width}x${size.height}${n > 1 ? `-p${n}` : ''}.png`;
            await page.screenshot({ path: join(shots, file) });
            files.push(file);
          }
        : undefined;
      if (expect?.length || shoot) r.missing = await findMissing(page, expect ?? [], shoot);
      if (shots) gallery.push({ screen: name, size, floor, files, report: r });
      if (r.missing?.length) totals.missing++;
      if (r.clipped.length) totals.clipped++;
      if (r.overflow) totals.overflow++;
      if (r.belowFloor.length) totals.belowFloor++;
      if (r.axe.length) totals.axe++;
      const line = describeFailure(`${name} @${size.width}×${size.height}`, r, floor);
      if (line) console.log(line);
    }
  };

  for (const screen of screens) {
    await screen.apply();
    if (roomMode !== 'open' && picked(screen.name)) await check(screen.name, screen.expect);
    const name = `${screen.name}+room`;
    if (roomMode === 'closed' || !roomVariant(screen) || !picked(name)) continue;
    const room = await op('room:open', { workshopId, host: '127.0.0.1' });
    try {
      // The join code is on the projector whenever phones can still answer: it must show whole too.
      await check(name, [...(screen.expect ?? []), ...(screen.joinPanel ? [room.joinCode as string] : [])]);
      totals.room += pages.length;
    } finally {
      await op('room:close');
    }
  }
  if (shots)
    console.log(`shots: ${gallery.length} screen sizes, ${gallery.reduce((n, e) => n + e.files.length, 0)} images, index ${writeShotsIndex(shots, gallery)}`);
  console.log(
    `layout: screens=${totals.screens} clipped=${totals.clipped} overflow=${totals.overflow} below_floor=${totals.belowFloor} missing=${totals.missing} axe=${totals.axe}${totals.failed ? ` not_rendered=${totals.failed}` : ''} room_screens=${totals.room} seconds=${Math.round((performance.now() - started) / 1000)}${locale ? ` locale=${locale}` : ''}`,
  );
} finally {
  await browser.close();
  await serve.stop();
}
