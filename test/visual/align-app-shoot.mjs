// The alignment exercises in the real app (browser mode): add each kind, answer through the API,
// set boards, then screenshot the planner editor, the console, the presenter and the in-room page.
// Usage: node test/visual/align-app-shoot.mjs [kind...]   (PRESENTER=1280x720 for a small projector)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { apiOp, axeViolations, launch, startServe } from './shoot-kit.mjs';

const out = '/tmp/shots/align-app';
mkdirSync(out, { recursive: true });
const { link, origin, child } = await startServe('cg-align-');
process.on('exit', () => child.kill());
process.on('uncaughtException', (e) => {
  console.error(e);
  process.exit(1);
});
const browser = await launch();
let bad = 0;
async function check(page, name, full = true) {
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: full });
  const v = await axeViolations(page);
  if (v.length) bad++;
  console.log(`${v.length ? '✗' : '✓'} ${name}${v.length ? `\n  axe: ${v.join('\n  axe: ')}` : ''}`);
}
const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
const page = await ctx.newPage();
page.on('pageerror', (e) => console.log('pageerror', String(e)));
await page.goto(link);
const op = apiOp(page, origin);
const workshop = await op('workshop:create', { title: 'Alignment day', anonymityThreshold: 3 });
const workshopId = workshop.id;
const people = await op('participant:addMany', {
  workshopId,
  people: [
    ...['Dana', 'Marcus', 'Priya', 'Tomás', 'Jess'].map((name) => ({ name, team: 'sales' })),
    ...['Hannah', 'Leo', 'Aisha', 'Ravi', 'Sofia'].map((name) => ({ name, team: 'marketing' })),
  ],
});
const kinds = process.argv.slice(2).length ? process.argv.slice(2) : ['persona', 'buyingmap', 'comp', 'commitments'];
const activities = {};
for (const kind of kinds) activities[kind] = await op('activity:add', { workshopId, kind });
await op('run:start', { workshopId });
let seed = 5;
const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const submit = (a, p, itemKey, value) => op('response:submit', { activityId: a.id, participantId: p.id, itemKey, value });

for (const kind of kinds) {
  const a = activities[kind];
  await op('run:goto', { workshopId, activityId: a.id });
  await page.goto(`${origin}/#/w/${workshopId}`);
  await page
    .getByText(a.title, { exact: true })
    .first()
    .click()
    .catch(() => {});
  await check(page, `${kind}-planner`);
  if (kind === 'comp') {
    for (const p of people)
      for (const s of a.config.scenarios)
        await submit(a, p, s.id, { option: s.options[p.team === 'sales' ? (rand() < 0.7 ? 0 : 2) : rand() < 0.6 ? 1 : 3].id });
    await op('run:setBoard', {
      activityId: a.id,
      board: { view: 'paycheck', patternId: 'slip', scenarioId: null, takeaways: ['No campaign launches in the last two weeks of a quarter'] },
    });
  } else if (kind === 'buyingmap') {
    for (const p of people)
      for (const k of p.team === 'sales' ? ['mid.decide.stall', 'mid.evaluate.lose'] : ['mid.research.nocontent', 'mid.decide.stall'])
        await submit(a, p, k, { placed: true });
  } else if (kind === 'persona') {
    const texts = { goals: 'Hit the number', night: 'A deal slipping', need: 'Better leads', distrust: 'Leads that never buy' };
    for (const [i, p] of people.entries()) {
      const section = Object.keys(texts)[i % 4];
      await submit(a, p, `note-person${i}abcd`, { section, text: `${texts[section]} (${p.team === 'sales' ? 'S' : 'M'}${i})` });
    }
  } else if (kind === 'commitments') {
    for (const [i, p] of people.entries()) {
      await submit(a, p, 'shadow', { in: i % 3 !== 0 });
      if (i % 2 === 0) await submit(a, p, 'pledge', { text: `Commitment number ${i + 1}` });
    }
  }
  await page.goto(`${origin}/#/run/${workshopId}`);
  await page.waitForTimeout(800);
  // Buttons that need what the console may not pass yet (the roster): skip when disabled.
  const press = async (name) => {
    const b = page.getByRole('button', { name });
    if ((await b.count()) && (await b.first().isEnabled())) await b.first().click();
    else console.log(`  (${name} not available)`);
    await page.waitForTimeout(400);
  };
  if (kind === 'persona') await press('Open the vote');
  if (kind === 'commitments') await press('Suggest pairs');
  await check(page, `${kind}-console`);
  const present = await ctx.newPage();
  const [pw, ph] = (process.env.PRESENTER ?? '1920x1080').split('x').map(Number);
  await present.setViewportSize({ width: pw, height: ph });
  await present.goto(`${origin}/#/present/${workshopId}`);
  await check(present, `${kind}-present-${pw}`, false);
  await op('run:set', { activityId: a.id, revealed: true });
  await check(present, `${kind}-present-revealed-${pw}`, false);
  await present.close();
  const room = await ctx.newPage();
  await room.goto(`${origin}/#/participate/${workshopId}`);
  await room.waitForTimeout(500);
  await room
    .getByRole('button', { name: /Dana/ })
    .first()
    .click()
    .catch(() => {});
  await check(room, `${kind}-participate`);
  await room.close();
}
await browser.close();
child.kill();
console.log(bad ? `${bad} screens with problems` : 'all clean');
