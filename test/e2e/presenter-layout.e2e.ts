import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { op } from './run-e2e-helpers';
import { DEFINITION_15 } from '../visual/layout-day';
import { PRESENTER_SIZES, describeFailure, floorFor, measureScreen } from '../visual/layout-measure';
import { expectFitsEveryPage } from './fits-every-page';

// The presenter layout check (npm run check:layout) on the screens fixed so far:
// nothing clipped, no page overflow, at every projector size.
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });

// Worst-case text: each option, action item or takeaway two lines long on the projector.
const long = (what: string, i: number) =>
  `${what} ${i + 1}: leads from the spring webinar series sat in the shared queue for more than a week before anyone called`;

describe('presenter layout', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(tempDir());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the draft lead definition (15 lines) fits or pages at 1280×720, 1366×768, 1920×1080 and 1920×1200: nothing cut, no scrolling', async () => {
    const serve = session.serve;
    const w = await op<{ id: string }>(serve, 'workshop:create', { title: 'Alignment day' });
    const people = await op<{ id: string; team: string }[]>(serve, 'participant:addMany', {
      workshopId: w.id,
      people: ['Ana', 'Ben', 'Chloe', 'Dev', 'Eli', 'Fay'].map((name, i) => ({ name, team: i % 2 ? 'marketing' : 'sales' })),
    });
    const lead = await op<{ id: string; config: { cards: { id: string }[]; columns: { id: string }[] } }>(serve, 'activity:add', {
      workshopId: w.id,
      kind: 'leadsort',
    });
    await op(serve, 'run:start', { workshopId: w.id });
    for (const [i, p] of people.entries())
      for (const card of lead.config.cards.slice(0, 4))
        await op(serve, 'response:submit', { activityId: lead.id, participantId: p.id, itemKey: card.id, value: { column: lead.config.columns[i % 3]!.id } });
    await op(serve, 'run:set', { activityId: lead.id, revealed: true });
    await op(serve, 'run:setBoard', { activityId: lead.id, board: { definition: DEFINITION_15, onScreen: 'outcome' } });
    const lastLine = DEFINITION_15.split('\n').at(-1)!;

    for (const size of PRESENTER_SIZES) {
      const { page, context } = await session.page(size);
      await page.goto(`${serve.origin}/#/present/${w.id}`);
      await poll(() => page.getByRole('heading', { name: 'Our draft definition of a quality lead' }).isVisible()).toBe(true);
      const floor = floorFor(size);
      const report = await measureScreen(page, floor, false);
      expect(describeFailure(`draft definition @${size.width}×${size.height}`, { ...report, belowFloor: [], axe: [] }, floor)).toBeNull();
      // Every line can be reached: page to the end with PageDown and the last line is on screen.
      const pages = Number(await page.locator('.cgv-paged').getAttribute('data-pages'));
      if (pages > 1) {
        await expect(page.getByText(`Page 1 of ${pages}`)).toBeTruthy();
        for (let k = 1; k < pages; k++) await page.keyboard.press('PageDown');
        await poll(() => page.locator('.cgv-paged-status').textContent()).toContain(`Page ${pages} of ${pages}`);
        await page.keyboard.press('ArrowUp');
        await poll(() => page.locator('.cgv-paged-status').textContent()).toContain(`Page ${pages - 1} of ${pages}`);
        await page.keyboard.press('ArrowDown');
      }
      await poll(() =>
        page.getByText(lastLine).evaluate((el) => {
          const r = el.getBoundingClientRect();
          const v = el.closest('.cgv-paged-viewport')!.getBoundingClientRect();
          return r.left >= v.left - 1 && r.right <= v.right + 1 && r.bottom <= v.bottom + 1;
        }),
      ).toBe(true);
      const after = await measureScreen(page, floor, false);
      expect(after.clipped).toEqual([]);
      await context.close();
    }
  });

  /** A workshop of 12 people (6 per team) with one activity, its run started on it. */
  async function oneActivity(kind: string, config?: object) {
    const serve = session.serve;
    const w = await op<{ id: string }>(serve, 'workshop:create', { title: `Layout ${kind}` });
    const people = await op<{ id: string; team: string }[]>(serve, 'participant:addMany', {
      workshopId: w.id,
      people: Array.from({ length: 12 }, (_, i) => ({ name: `Person ${i + 1}`, team: i % 2 ? 'marketing' : 'sales' })),
    });
    const act = await op<{ id: string; config: any }>(serve, 'activity:add', { workshopId: w.id, kind, ...(config ? { config } : {}) }); // eslint-disable-line @typescript-eslint/no-explicit-any
    await op(serve, 'run:start', { workshopId: w.id });
    await op(serve, 'run:goto', { workshopId: w.id, activityId: act.id });
    return { w, people, act, serve };
  }

  async function eachSize(workshopId: string, ready: (page: Page) => Promise<unknown>, name: string, last: string) {
    for (const size of PRESENTER_SIZES) {
      const { page, context } = await session.page(size);
      await page.goto(`${session.serve.origin}/#/present/${workshopId}`);
      await poll(ready.bind(null, page)).toBe(true);
      // The page is the room's (kept from the size before): start this size on page 1.
      await op(session.serve, 'run:page', { workshopId, delta: -200 });
      await poll(() => page.evaluate(() => document.querySelector('.cgv-paged')?.getAttribute('data-page') ?? '1')).toBe('1');
      await page.waitForFunction(() => [...document.querySelectorAll('.cgv-paged-flow')].every((f) => f.getAnimations().length === 0));
      await expectFitsEveryPage(page, size, name, last);
      await context.close();
    }
  }

  const options = (what: string, prefix: string) => Array.from({ length: 12 }, (_, i) => ({ id: `${prefix}${i}`, text: long(what, i) }));

  it('the commitments results with 12 long action items fit or page at every size: nothing cut, the 12th reachable', async () => {
    const { w, act, serve } = await oneActivity('commitments');
    for (let i = 0; i < 12; i++)
      await op(serve, 'actionItem:add', {
        workshopId: w.id,
        text: long('Action', i),
        owner: `Person ${i + 1} Longname-Whitfield`,
        dueDate: `2026-12-${String(10 + i).padStart(2, '0')}`,
      });
    await op(serve, 'run:set', { activityId: act.id, revealed: true });
    await eachSize(w.id, (page) => page.getByRole('heading', { name: 'Action items' }).isVisible(), 'commitments revealed', long('Action', 11));
  });

  it('a dot vote with 12 long options fits or pages while voting and once revealed', async () => {
    const { w, people, act, serve } = await oneActivity('dotvote', {
      prompt: 'Spend your dots on what costs us deals.',
      options: options('Option', 'o'),
      dotsPerPerson: 5,
      maxPerItem: 3,
    });
    await eachSize(w.id, (page) => page.getByText(long('Option', 0)).isVisible(), 'dotvote answering', long('Option', 11));
    for (const [i, p] of people.entries())
      await op(serve, 'response:submit', { activityId: act.id, participantId: p.id, itemKey: `o${i % 12}`, value: { dots: 1 } });
    await op(serve, 'run:set', { activityId: act.id, revealed: true });
    await eachSize(w.id, (page) => page.getByText(/dots from 12 people/).isVisible(), 'dotvote revealed', long('Option', 11));
  });

  it('a ranking of 12 long measures fits or pages while ranking and once revealed', async () => {
    const measures = options('Measure', 'k');
    const { w, people, act, serve } = await oneActivity('ranking', { prompt: 'Order by what to measure together first.', options: measures });
    await eachSize(w.id, (page) => page.getByText(long('Measure', 0)).isVisible(), 'ranking answering', long('Measure', 11));
    const ids = measures.map((m) => m.id);
    for (const p of people) await op(serve, 'response:submit', { activityId: act.id, participantId: p.id, itemKey: 'order', value: { order: ids } });
    await op(serve, 'run:set', { activityId: act.id, revealed: true });
    await eachSize(w.id, (page) => page.getByText(/Points from 12 rankings/).isVisible(), 'ranking revealed', long('Measure', 11));
  });

  it('the pay-plan takeaways (8 long ones) fit or page once revealed', async () => {
    const { w, act, serve } = await oneActivity('comp');
    const takeaways = Array.from({ length: 8 }, (_, i) => long('Takeaway', i));
    await op(serve, 'run:set', { activityId: act.id, revealed: true });
    await op(serve, 'run:setBoard', { activityId: act.id, board: { view: 'curve', patternId: null, scenarioId: null, takeaways } });
    await eachSize(w.id, (page) => page.getByRole('heading', { name: 'So what for marketing' }).isVisible(), 'comp takeaways', takeaways[7]!);
  });
});
