import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { op } from './run-e2e-helpers';
import { DEFINITION_15 } from '../visual/layout-day';
import { PRESENTER_SIZES, describeFailure, floorFor, measureScreen } from '../visual/layout-measure';

// The presenter layout check (npm run check:layout) on the screens fixed so far:
// nothing clipped, no page overflow, at every projector size.
const poll = <T,>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });

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
    const lead = await op<{ id: string; config: { cards: { id: string }[]; columns: { id: string }[] } }>(serve, 'activity:add', { workshopId: w.id, kind: 'leadsort' });
    await op(serve, 'run:start', { workshopId: w.id });
    for (const [i, p] of people.entries())
      for (const card of lead.config.cards.slice(0, 4)) await op(serve, 'response:submit', { activityId: lead.id, participantId: p.id, itemKey: card.id, value: { column: lead.config.columns[i % 3]!.id } });
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
});
