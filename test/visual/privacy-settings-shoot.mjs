// The planner's privacy settings at 1280x720 (and the export screen's line):
// names switch in the details, an activity's naming, the confirm dialog once
// people have answered. Screenshots to /tmp/shots/privacy, axe on each.
// Usage: node test/visual/privacy-settings-shoot.mjs
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { apiOp, axeViolations, launch, P1280, startServe } from './shoot-kit.mjs';

const out = '/tmp/shots/privacy';
mkdirSync(out, { recursive: true });
const { link, origin, child } = await startServe('cg-shots-');
const browser = await launch();
let bad = 0;
async function check(page, name) {
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, `${name}.png`) });
  const v = await axeViolations(page);
  if (v.length) bad++;
  console.log(`${name}${v.length ? `\n  axe: ${v.join('\n  axe: ')}` : ''}`);
}
const ctx = await browser.newContext({ viewport: P1280 });
const page = await ctx.newPage();
page.on('pageerror', (e) => console.log('pageerror', String(e)));
page.setDefaultTimeout(20_000);
await page.goto(link);
const op = apiOp(page, origin);

const w = await op('workshop:createSample');
const detail = await op('workshop:get', { id: w.id });
const vote = detail.activities.find((a) => a.kind === 'leadsort');
await op('run:start', { workshopId: w.id });
await op('run:goto', { workshopId: w.id, activityId: vote.id });
for (const p of detail.participants.slice(0, 4))
  await op('response:submit', { activityId: vote.id, participantId: p.id, itemKey: vote.config.cards[0].id, value: { column: vote.config.columns[0].id } });

await page.goto(`${link.split('#')[0]}#/w/${w.id}`);
const toggle = page.getByRole('switch', { name: 'Names in the report and exports' });
await toggle.evaluate((el) => el.scrollIntoView({ block: 'center' }));
await check(page, 'planner-names-switch');
await toggle.click({ force: true });
await page.getByRole('alertdialog').waitFor();
await check(page, 'planner-names-confirm');
await page.getByRole('button', { name: 'Cancel' }).click();

const retro = detail.activities.find((a) => a.kind === 'brainstorm');
if (retro) {
  await page.getByRole('button', { name: `Settings and notes for ${retro.title}` }).click();
  await page.getByText(/Anonymous: set by the settings below/).scrollIntoViewIfNeeded();
  await check(page, 'planner-naming-anonymous-by-config');
  await page.getByRole('button', { name: `Settings and notes for ${retro.title}` }).click();
}
await page.getByRole('button', { name: `Settings and notes for ${vote.title}` }).click();
const naming = page.getByRole('combobox', { name: 'Names in the report' });
await naming.evaluate((el) => el.scrollIntoView({ block: 'center' }));
await check(page, 'planner-activity-naming');
await naming.selectOption('named');
await page.getByRole('alertdialog').waitFor();
await check(page, 'planner-activity-naming-confirm');
await page.getByRole('button', { name: 'Use Named' }).click();

await page.goto(`${link.split('#')[0]}#/export/${w.id}`);
await page.getByTestId('export-names-note').waitFor();
await check(page, 'export-names-note');

await browser.close();
child.kill();
console.log(bad ? `${bad} screens with serious axe findings` : 'no serious axe findings');
