// Screenshot the alignment exercises' views and run axe. Usage:
//   npx vite build -c test/visual/exercises.vite.config.ts --outDir /tmp/exgallery
//   node test/visual/serve.mjs /tmp/exgallery 4598 &  node test/visual/exercises-shoot.mjs [filter]
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const out = '/tmp/shots/exercises';
mkdirSync(out, { recursive: true });
const base = 'http://127.0.0.1:4598/exercises.html';
const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const filter = process.argv[2] ?? '';
const P1920 = { width: 1920, height: 1080 };
const P1280 = { width: 1280, height: 720 };
const PHONE = { width: 390, height: 844 };
const CONSOLE = { width: 1440, height: 900 };
const kinds = ['leadsort', 'kpisort', 'retro'];
const shots = [
  ...kinds.flatMap((k) => [
    [`${k}-presenter-1920`, `${k}-presenter`, P1920],
    [`${k}-results-projector-1920`, `${k}-results-projector`, P1920],
    [`${k}-results-projector-1280`, `${k}-results-projector`, P1280],
    [`${k}-results-projector-suppressed`, `${k}-results-projector`, P1920, '&suppress=1'],
    [`${k}-results-console`, `${k}-results-console`, CONSOLE],
    [`${k}-board`, `${k}-board`, CONSOLE],
    [`${k}-participant`, `${k}-participant`, PHONE],
    [`${k}-guide`, `${k}-guide`, CONSOLE],
  ]),
  ['retro-participant-vote', 'retro-participant', PHONE, '&vote=1'],
  ['retro-results-projector-novotes', 'retro-results-projector', P1920, '&novotes=1'],
].filter(([name]) => name.includes(filter));

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
let bad = 0;
for (const [name, screen, viewport, extra = ''] of shots) {
  const phone = viewport === PHONE;
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, hasTouch: phone, isMobile: phone });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${base}?screen=${screen}${extra}`);
  await page.waitForTimeout(150);
  if (name.endsWith('-board')) {
    const draft = page.getByRole('button', { name: /from the results/i });
    if (await draft.count()) await draft.first().click();
    await page.waitForTimeout(100);
  }
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: !name.includes('projector') && !name.includes('presenter') });
  await page.addScriptTag({ content: axe });
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  });
  const overflow = await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight + 2);
  if (violations.length || errors.length) bad++;
  console.log(`${name}${overflow ? ' (taller than the screen)' : ''}${violations.length ? `\n  axe: ${violations.join('\n  axe: ')}` : ''}${errors.length ? `\n  errors: ${errors.join(' / ')}` : ''}`);
  await context.close();
}
await browser.close();
process.exit(bad ? 1 : 0);
