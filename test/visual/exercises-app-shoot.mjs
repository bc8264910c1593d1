// Drive browser mode (scripts/serve.mjs) through the templates and exercises,
// screenshot each screen and run axe. Usage: node test/visual/exercises-app-shoot.mjs [kind...]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { apiOp, axeViolations, launch, startServe } from './shoot-kit.mjs';

const out = '/tmp/shots/app';
mkdirSync(out, { recursive: true });
const { link, origin, child } = await startServe('cg-shots-');
const browser = await launch();
let bad = 0;
async function check(page, name, { full = true } = {}) {
  console.log(`… ${name}`);
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: full });
  const v = await axeViolations(page);
  if (v.length) bad++;
  console.log(`${name}${v.length ? `\n  axe: ${v.join('\n  axe: ')}` : ''}`);
}
const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
const page = await ctx.newPage();
page.on('pageerror', (e) => console.log('pageerror', String(e)));
page.setDefaultTimeout(20_000);
await page.goto(link);
const op = apiOp(page, origin);
await page.getByRole('button', { name: 'New from template' }).first().click();
await check(page, 'templates-dialog');
const day = process.argv.includes('--day');
await page.getByRole('button', { name: day ? 'Use Sales & Marketing alignment day' : 'Use Alignment kickoff' }).click();
await page.waitForFunction(() => location.hash.startsWith('#/w/'));
const workshopId = page.url().split('#/w/')[1];
await check(page, day ? 'planner-day' : 'planner-kickoff');
await page.getByRole('button', { name: 'Save as template' }).click();
await check(page, 'save-as-template', { full: false });
await page.keyboard.press('Escape');

// A roster of 5 + 5, everyone answers the exercises under test.
const people = await op('participant:addMany', {
  workshopId,
  people: [
    ...['Dana', 'Marcus', 'Priya', 'Tomás', 'Jess'].map((name) => ({ name, team: 'sales' })),
    ...['Hannah', 'Leo', 'Aisha', 'Ravi', 'Sofia'].map((name) => ({ name, team: 'marketing' })),
  ],
});
const detail = await op('workshop:get', { id: workshopId });
await op('run:start', { workshopId });
const kinds = process.argv.slice(2).filter((a) => !a.startsWith('--')).length
  ? process.argv.slice(2).filter((a) => !a.startsWith('--'))
  : ['leadsort', 'kpisort'];
for (const kind of kinds) {
  const activity = detail.activities.find((a) => a.kind === kind);
  if (!activity) {
    console.log(`no ${kind} in the kickoff`);
    continue;
  }
  await op('run:goto', { workshopId, activityId: activity.id });
  if (kind === 'retro') {
    const texts = [
      ['broke', 'Leads sat for a week before anyone called'],
      ['broke', 'A campaign launched that sales heard about from a customer'],
      ['builds', 'Marketing joined our pipeline call'],
      ['builds', 'Battlecards written with two reps'],
      ['step', 'A 15-minute weekly sync'],
      ['step', 'Tell us within a day what happened to hot leads'],
    ];
    const keys = [];
    for (const [i, p] of people.entries()) {
      const [prompt, text] = texts[i % texts.length];
      const itemKey = `card-shot${String(i).padStart(4, '0')}`;
      await op('response:submit', { activityId: activity.id, participantId: p.id, itemKey, value: { text, prompt } });
      keys.push({ key: `${p.id}/${itemKey}`, prompt });
    }
    const clusters = [
      { id: 'g1', name: 'Talk every week', cardKeys: keys.filter((k) => k.prompt === 'step').map((k) => k.key) },
      { id: 'g2', name: 'Close the loop on leads', cardKeys: keys.filter((k) => k.prompt === 'broke').map((k) => k.key) },
    ];
    await op('run:setBoard', { activityId: activity.id, board: { clusters, voting: true } });
    await page.goto(`${origin}/#/run/${workshopId}`);
    const ph0 = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, storageState: await ctx.storageState() });
    const pp0 = await ph0.newPage();
    await pp0.goto(`${origin}/#/participate/${workshopId}`);
    await pp0.getByRole('button', { name: /Dana/ }).first().click();
    await check(pp0, `participate-${kind}-vote-390`);
    await ph0.close();
    for (const [i, p] of people.entries())
      await op('response:submit', { activityId: activity.id, participantId: p.id, itemKey: i % 3 ? 'vote-g1' : 'vote-g2', value: { dots: 2 } });
  }
  const cards = activity.config.cards ?? [];
  const cols = activity.config.columns ?? [];
  let seed = 3;
  const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (const p of people) {
    for (const [i, card] of cards.entries()) {
      const lean = p.team === 'sales' ? i % 3 : (i + 1) % 3;
      const col = rand() < 0.7 ? cols[lean] : cols[Math.floor(rand() * cols.length)];
      await op('response:submit', {
        activityId: activity.id,
        participantId: p.id,
        itemKey: card.id,
        value: col.text === 'Depends' && rand() < 0.5 ? { column: col.id, note: 'on company size' } : { column: col.id },
      });
    }
  }
  await page.goto(`${origin}/#/run/${workshopId}`);
  await check(page, `console-${kind}`);
  const draft = page.getByRole('button', { name: /from the results/i });
  if (await draft.count()) {
    await draft.first().click();
    await check(page, `console-${kind}-board`);
  }
  await op('run:set', { activityId: activity.id, revealed: true });
  for (const [w, h] of [
    [1920, 1080],
    [1280, 720],
  ]) {
    const pres = await browser.newContext({ viewport: { width: w, height: h }, storageState: await ctx.storageState() });
    const pp = await pres.newPage();
    await pp.goto(`${origin}/#/present/${workshopId}`);
    await check(pp, `presenter-${kind}-${w}`, { full: false });
    await pres.close();
  }
  await op('run:set', { activityId: activity.id, revealed: false });
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, storageState: await ctx.storageState() });
  const ph = await phone.newPage();
  await ph.goto(`${origin}/#/present/${workshopId}`);
  await check(ph, `presenter-${kind}-unrevealed-390`, { full: false });
  await ph.goto(`${origin}/#/participate/${workshopId}`);
  await ph.getByRole('button', { name: /Dana/ }).first().click();
  await check(ph, `participate-${kind}-390`);
  await phone.close();
}
await browser.close();
child.kill();
process.exit(bad ? 1 : 0);
