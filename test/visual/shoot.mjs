// Screenshot every view (and run axe on it). Usage: node test/visual/shoot.mjs [filter]
// Expects the gallery served on 127.0.0.1:4599 (node test/visual/serve.mjs /tmp/gallery 4599).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONSOLE, P1280, P1920, PHONE, axeViolations, launch, openPage } from './shoot-kit.mjs';

const out = '/tmp/shots/views';
mkdirSync(out, { recursive: true });
const base = 'http://127.0.0.1:4599/gallery.html';
const filter = process.argv[2] ?? '';

const shots = [
  ...['slide', 'break', 'cardsort', 'dotvote', 'ranking', 'brainstorm'].flatMap((k) => [
    [`presenter-${k}-1920`, `${k}-presenter`, P1920],
    [`presenter-${k}-1280`, `${k}-presenter`, P1280],
  ]),
  ...['dotvote', 'ranking', 'cardsort', 'brainstorm'].flatMap((k) => [
    [`results-${k}-projector-1920`, `${k}-results-projector`, P1920],
    [`results-${k}-projector-1280`, `${k}-results-projector`, P1280],
    [`results-${k}-console`, `${k}-results-console`, CONSOLE],
  ]),
  ['results-cardsort-suppressed-console', 'cardsort-results-console', CONSOLE, '&suppress=1'],
  ['results-brainstorm-named-console', 'brainstorm-results-console', CONSOLE, '&named=1'],
  ['participant-cardsort', 'cardsort-participant', PHONE],
  ['participant-cardsort-some', 'cardsort-participant', PHONE, '&some=1'],
  ['participant-cardsort-shared', 'cardsort-participant', { width: 1280, height: 900 }, '&some=1'],
  ['participant-cardsort-locked', 'cardsort-participant', PHONE, '&some=1&locked=1'],
  ['participant-dotvote', 'dotvote-participant', PHONE],
  ['participant-dotvote-some', 'dotvote-participant', PHONE, '&some=1'],
  ['participant-ranking', 'ranking-participant', PHONE],
  ['participant-brainstorm', 'brainstorm-participant', PHONE],
  ['board-brainstorm', 'brainstorm-board', CONSOLE],
].filter(([name]) => name.includes(filter));

const browser = await launch();
let bad = 0;
for (const [name, screen, viewport, extra = ''] of shots) {
  const { context, page, errors } = await openPage(browser, viewport);
  await page.goto(`${base}?screen=${screen}${extra}`);
  await page.waitForTimeout(150);
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
  const violations = await axeViolations(page);
  const scroll = await page.evaluate(() => ({ h: document.documentElement.scrollHeight, w: document.documentElement.scrollWidth }));
  const flag = violations.length || errors.length;
  if (flag) bad++;
  console.log(
    `${flag ? '✗' : '✓'} ${name} ${scroll.w}x${scroll.h}${violations.length ? `\n   axe: ${violations.join('\n   axe: ')}` : ''}${errors.length ? `\n   console: ${errors.join('\n   console: ')}` : ''}`,
  );
  await context.close();
}
await browser.close();
console.log(bad ? `${bad} screens with problems` : 'all clean');
