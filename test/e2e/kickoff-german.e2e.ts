import { createServer, type Server } from 'node:http';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, launchBrowser, newTrackedPage, SCREEN, SHOTS_DIR } from '../helpers/browser';

// #19: the kickoff's lead sort and commitments as a German room sees them, at the projector's 1920×1080
// and a phone's 390×844, drawn by the views themselves with the app's and the phone's styles (a test page,
// test/e2e/harness/kickoff: the renderer's own screens put their language provider round the views).
// The PNGs land in SHOTS_DIR to look at.

const root = fileURLToPath(new URL('../../', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.svg': 'image/svg+xml' };

let dir = '';
let server: Server;
let origin = '';
let browser: Browser;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kickoff-german-'));
  await mkdir(SHOTS_DIR, { recursive: true });
  const env = process.env.NODE_ENV;
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  const { lingui } = await import('@lingui/vite-plugin');
  await build({
    configFile: false,
    root: join(root, 'test/e2e/harness/kickoff'),
    base: './',
    logLevel: 'silent',
    plugins: [react(), lingui({ macroTransform: true })],
    build: { outDir: dir, emptyOutDir: true, target: 'es2022' },
  });
  process.env.NODE_ENV = env;
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^\/+/, '') || 'index.html';
    readFile(join(dir, path))
      .then((body) => res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body))
      .catch(() => res.writeHead(404).end());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function open(view: string, size: { width: number; height: number }, phone = false) {
  const context = await browser.newContext({ viewport: size, locale: 'de-DE', ...(phone ? { hasTouch: true, isMobile: true } : {}) });
  const { page, errors } = await newTrackedPage(context);
  await page.goto(`${origin}/index.html#${view}`);
  await expect.poll(() => page.evaluate(() => document.body.dataset.ready)).toBe('yes');
  return { page, errors, context };
}

const ENGLISH =
  /\b(Before we leave|agreement|Where we disagree|cards to sort|Every \d+ weeks|Unsorted|sorted|Your name|Save|Job shadowing:|of 100|Teams in this)\b/;

describe('the kickoff in German, at its real size', () => {
  it('the lead sort on the projector: the cards to sort, then the results, in German', async () => {
    const before = await open('leadsort-presenter', SCREEN.desktop);
    await expect.poll(() => before.page.getByText('8 Karten zum Sortieren').isVisible()).toBe(true);
    await before.page.screenshot({ path: join(SHOTS_DIR, 'kickoff-de-leadsort-presenter-1920.png') });
    await before.context.close();

    const { page, errors, context } = await open('leadsort-results', SCREEN.desktop);
    await expect.poll(() => page.getByText('Wo wir am meisten uneins sind').isVisible()).toBe(true);
    expect(await page.locator('.cgx-big').innerText()).toMatch(/^\d+\s%\sÜbereinstimmung$/);
    expect(await page.locator('body').innerText()).not.toMatch(ENGLISH);
    await expectNoSeriousA11yViolations(page, 'projector: lead sort results in German');
    await page.screenshot({ path: join(SHOTS_DIR, 'kickoff-de-leadsort-results-1920.png') });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('commitments on the projector: before and after, in German with German weekdays and dates', async () => {
    const before = await open('commitments-presenter', SCREEN.desktop);
    await expect.poll(() => before.page.getByText('Bevor wir gehen: Namen, Termine und ein Meeting im Kalender.').isVisible()).toBe(true);
    expect(await before.page.locator('body').innerText()).not.toMatch(ENGLISH);
    await before.page.screenshot({ path: join(SHOTS_DIR, 'kickoff-de-commitments-presenter-1920.png') });
    await before.context.close();

    const { page, errors, context } = await open('commitments-results', SCREEN.desktop);
    await expect.poll(() => page.getByRole('region', { name: 'Was wir vereinbart haben' }).isVisible()).toBe(true);
    expect(await page.getByText(/Erster Termin: Di\., 17\. März 2026/).isVisible()).toBe(true);
    expect(await page.locator('body').innerText()).not.toMatch(ENGLISH);
    await expectNoSeriousA11yViolations(page, 'projector: commitments results in German');
    await page.screenshot({ path: join(SHOTS_DIR, 'kickoff-de-commitments-results-1920.png') });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the lead sort and the commitments on a phone, in German (the phone catalog)', async () => {
    const sort = await open('leadsort-phone', SCREEN.phone, true);
    await expect.poll(() => sort.page.getByRole('heading', { name: /Unsortiert/ }).isVisible()).toBe(true);
    expect(await sort.page.locator('body').innerText()).not.toMatch(ENGLISH);
    await expectNoSeriousA11yViolations(sort.page, 'phone: lead sort in German');
    await sort.page.screenshot({ path: join(SHOTS_DIR, 'kickoff-de-leadsort-phone-390.png') });
    expect(sort.errors).toEqual([]);
    await sort.context.close();

    const pledge = await open('commitments-phone', SCREEN.phone, true);
    await expect.poll(() => pledge.page.getByRole('button', { name: /Ich bin dabei/ }).isVisible()).toBe(true);
    expect(await pledge.page.locator('body').innerText()).not.toMatch(ENGLISH);
    await expectNoSeriousA11yViolations(pledge.page, 'phone: commitments in German');
    await pledge.page.screenshot({ path: join(SHOTS_DIR, 'kickoff-de-commitments-phone-390.png'), fullPage: true });
    expect(pledge.errors).toEqual([]);
    await pledge.context.close();
  });
});
