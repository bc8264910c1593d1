// Screenshot the alignment exercises and run axe. Usage: node test/visual/align-shoot.mjs [filter]
// Expects the gallery on 127.0.0.1:4601 (node test/visual/serve.mjs /tmp/align-gallery 4601); serve.mjs
// answers "/" with gallery.html, so pages are asked for by name.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONSOLE, P1280, P1920, PHONE, axeViolations, launch, openPage } from './shoot-kit.mjs';

const out = '/tmp/shots/align';
mkdirSync(out, { recursive: true });
const base = 'http://127.0.0.1:4601/align-gallery.html';
const filter = process.argv[2] ?? '';
const projector = (kind, boards) =>
  boards.flatMap((b) => [
    [`${kind}-presenter-${b}-1920`, `${kind}-presenter`, P1920, `&board=${b}`],
    [`${kind}-presenter-${b}-1280`, `${kind}-presenter`, P1280, `&board=${b}`],
  ]);
const shots = [
  ...projector('comp', ['curve', 'paycheck', 'dry', 'clawback', 'april', 'moment', 'poll']),
  ['comp-presenter-april-eur-1920', 'comp-presenter', P1920, '&board=april&currency=EUR'],
  ['comp-presenter-curve-chf-1280', 'comp-presenter', P1280, '&board=curve&currency=CHF'],
  ['comp-editor-eur-1920', 'comp-editor', P1920, '&currency=EUR'],
  ['comp-editor-1280', 'comp-editor', P1280],
  ['comp-results-projector-1920', 'comp-results-projector', P1920, '&board=poll'],
  ['comp-results-projector-1280', 'comp-results-projector', P1280, '&board=poll'],
  ['comp-results-takeaways-1920', 'comp-results-projector', P1920, '&board=takeaways'],
  ['comp-results-console', 'comp-results-console', CONSOLE, '&board=poll&suppress=1'],
  ['comp-board', 'comp-board', CONSOLE, '&board=poll'],
  ['comp-editor', 'comp-editor', CONSOLE],
  ['comp-participant', 'comp-participant', PHONE],
  ['comp-participant-open', 'comp-participant', PHONE, '&board=poll&shared=1'],
  ...projector('commitments', ['agreed']),
  ['commitments-results-projector-1920', 'commitments-results-projector', P1920, '&board=agreed'],
  ['commitments-results-projector-1280', 'commitments-results-projector', P1280, '&board=agreed'],
  ['commitments-results-console', 'commitments-results-console', CONSOLE, '&board=agreed'],
  ['commitments-board', 'commitments-board', CONSOLE, '&board=agreed'],
  ['commitments-board-empty', 'commitments-board', CONSOLE],
  ['commitments-editor', 'commitments-editor', CONSOLE],
  ['commitments-participant', 'commitments-participant', PHONE],
  ...projector('persona', ['collect', 'vote']),
  ['persona-results-projector-1920', 'persona-results-projector', P1920, '&board=agreed'],
  ['persona-results-projector-1280', 'persona-results-projector', P1280, '&board=agreed'],
  ['persona-results-console', 'persona-results-console', CONSOLE, '&board=agreed'],
  ['persona-results-suppressed-console', 'persona-results-console', CONSOLE, '&board=agreed&suppress=1'],
  ['persona-board-collect', 'persona-board', CONSOLE, '&board=collect'],
  ['persona-board-vote', 'persona-board', CONSOLE, '&board=agreed'],
  ['persona-editor', 'persona-editor', CONSOLE],
  ['persona-participant', 'persona-participant', PHONE],
  ['persona-participant-vote', 'persona-participant', PHONE, '&board=vote&shared=1'],
  ...projector('buyingmap', ['mid']),
  ['buyingmap-results-projector-1920', 'buyingmap-results-projector', P1920, '&board=focus'],
  ['buyingmap-results-projector-1280', 'buyingmap-results-projector', P1280, '&board=focus'],
  ['buyingmap-results-console', 'buyingmap-results-console', CONSOLE, '&board=focus&suppress=1'],
  ['buyingmap-board', 'buyingmap-board', CONSOLE, '&board=focus'],
  ['buyingmap-editor', 'buyingmap-editor', CONSOLE],
  ['buyingmap-participant', 'buyingmap-participant', PHONE],
].filter(([name]) => name.includes(filter));

const browser = await launch();
let bad = 0;
for (const [name, screen, viewport, extra = ''] of shots) {
  const { context, page, errors } = await openPage(browser, viewport);
  await page.goto(`${base}?screen=${screen}${extra}`);
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: !name.includes('presenter') && !name.includes('projector') });
  const violations = await axeViolations(page);
  const fit = await page.evaluate(() => {
    const b = document.querySelector('.gal-page-body');
    return b ? { over: b.scrollHeight - b.clientHeight } : null;
  });
  const flag = violations.length || errors.length || (fit && fit.over > 2);
  if (flag) bad++;
  console.log(
    `${flag ? '✗' : '✓'} ${name}${fit && fit.over > 2 ? ` (overflows by ${fit.over}px)` : ''}${violations.length ? `\n   axe: ${violations.join('\n   axe: ')}` : ''}${errors.length ? `\n   console: ${errors.join('\n   console: ')}` : ''}`,
  );
  await context.close();
}
await browser.close();
console.log(bad ? `${bad} screens with problems` : 'all clean');
