// Screenshot the alignment exercises' views and run axe. Usage:
//   npx vite build -c test/visual/exercises.vite.config.ts --outDir /tmp/exgallery
//   node test/visual/serve.mjs /tmp/exgallery 4598 &  node test/visual/exercises-shoot.mjs [filter]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONSOLE, P1280, P1920, PHONE, axeViolations, launch, openPage } from './shoot-kit.mjs';

const out = '/tmp/shots/exercises';
mkdirSync(out, { recursive: true });
const base = 'http://127.0.0.1:4598/exercises.html';
const filter = process.argv[2] ?? '';
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

const browser = await launch();
let bad = 0;
for (const [name, screen, viewport, extra = ''] of shots) {
  const { context, page, errors } = await openPage(browser, viewport);
  await page.goto(`${base}?screen=${screen}${extra}`);
  await page.waitForTimeout(150);
  if (name.endsWith('-board')) {
    const draft = page.getByRole('button', { name: /from the results/i });
    if (await draft.count()) await draft.first().click();
    await page.waitForTimeout(100);
  }
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: !name.includes('projector') && !name.includes('presenter') });
  const violations = await axeViolations(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight + 2);
  if (violations.length || errors.length) bad++;
  console.log(
    `${name}${overflow ? ' (taller than the screen)' : ''}${violations.length ? `\n  axe: ${violations.join('\n  axe: ')}` : ''}${errors.length ? `\n  errors: ${errors.join(' / ')}` : ''}`,
  );
  await context.close();
}
await browser.close();
process.exit(bad ? 1 : 0);
