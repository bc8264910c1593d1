import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { op } from './run-e2e-helpers';

// #19: the commitments results on the projector flow in two columns, page by page. A heading must stay with its
// first items: "Persönliche Zusagen vom Handy" at the foot of one column over a single pledge, the rest starting the
// next column, reads as a heading at the foot. Measured in the page: each heading's box and its first two items' boxes
// in the same column, at every screen height from where the pledges start a new column to where the heading and
// two pledges fit beside the rest (1920 wide: 1064 to 1104 px high left the heading over one pledge), in German and
// in the pseudo-locale, at 1920 and 1280 wide.

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });
/** Heights to step through at each width: the pledges' heading lands in the last few lines of the first column in some. */
const SWEEPS = [
  { width: 1920, heights: range(1000, 1130, 6) },
  { width: 1280, heights: range(660, 760, 5) },
];
function range(from: number, to: number, step: number): number[] {
  return Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);
}

/** Each heading whose first item sits in another column (the column counted across pages), as "heading: col a ≠ col b". */
function headingsApart(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const flow = document.querySelector('.cgv-paged-flow');
    if (!flow) return ['no paged flow'];
    const box = flow.getBoundingClientRect();
    const gap = parseFloat(getComputedStyle(flow).columnGap) || 0;
    const columns = getComputedStyle(flow).columnCount === '1' ? 1 : 2;
    const step = (box.width - gap * (columns - 1)) / columns + gap;
    const column = (el: Element) => Math.floor((el.getBoundingClientRect().left - box.left + 1) / step);
    const apart: string[] = [];
    for (const h of flow.querySelectorAll('.cgk-h')) {
      const next = h.nextElementSibling;
      // The first two items of a list (one alone under a heading at a column's foot reads as a heading at the foot).
      const first = next?.matches('ul, ol') ? [...next.querySelectorAll(':scope > li')].slice(0, 2) : next ? [next] : [];
      for (const [i, item] of first.entries())
        if (column(h) !== column(item)) apart.push(`${h.textContent}: column ${column(h) + 1}, item ${i + 1} in column ${column(item) + 1}`);
    }
    return apart;
  });
}

describe('the commitments on the projector keep each heading with its first item', () => {
  let session: Session;
  let workshopId = '';
  beforeAll(async () => {
    session = await openSession(tempDir());
    const serve = session.serve;
    ({ id: workshopId } = await op<{ id: string }>(serve, 'workshop:create', { title: 'Kick-off Vertrieb & Marketing' }));
    await op(serve, 'workshop:update', { id: workshopId, patch: { language: 'de' } });
    const people = await op<{ id: string }[]>(serve, 'participant:addMany', {
      workshopId,
      people: Array.from({ length: 30 }, (_, i) => ({ name: `Person ${i + 1}`, team: i % 2 ? 'sales' : 'marketing' })),
    });
    const a = await op<{ id: string }>(serve, 'activity:add', { workshopId, kind: 'commitments' });
    await op(serve, 'run:start', { workshopId });
    // No action items yet: the pledges come under "Persönliche Zusagen vom Handy", one line each.
    for (const [i, p] of people.entries())
      await op(serve, 'response:submit', {
        activityId: a.id,
        participantId: p.id,
        itemKey: 'pledge',
        value: { text: `Zusage ${i + 1}: Anfragen am selben Tag` },
      });
    await op(serve, 'run:goto', { workshopId, activityId: a.id });
    await op(serve, 'run:set', { activityId: a.id, revealed: true });
  }, 180_000);
  afterAll(async () => {
    await session?.close();
  });

  /** Every heading apart from its first item, over the sweep, with `css` added to the page (to prove the measure). */
  async function sweep(room: string, css = ''): Promise<string[]> {
    const { page, context } = await session.page({ width: 1920, height: 1080 });
    const apart: string[] = [];
    for (const { width, heights } of SWEEPS)
      for (const height of heights) {
        await page.setViewportSize({ width, height });
        await page.goto(`${session.serve.origin}/?room=${room}#/present/${workshopId}`);
        await poll(() => page.locator('.cgk-pledge-list li').count()).toBe(30);
        if (css) await page.addStyleTag({ content: css });
        await page.waitForFunction(() => document.fonts.status === 'loaded');
        await page.waitForTimeout(100); // the paged list measures itself in the next frame
        for (const a of await headingsApart(page)) apart.push(`${room} ${width}×${height} ${a}`);
      }
    if (!css) await shot(page, `commitments-headings-${room}-1280`);
    await context.close();
    return apart;
  }

  it('the measure sees a heading left at a column foot when nothing keeps it with its items', { timeout: 300_000 }, async () => {
    // Without the rules that keep a heading with what follows, the sweep finds the pledges' heading alone: so it
    // steps through the heights that matter, and the next test would see the fault.
    const apart = await sweep(
      'de',
      '.cgv-paged-flow :is(.cgk-h, .cgk-list, .cgk-list > li, p) { break-after: auto !important; break-before: auto !important; }',
    );
    expect(apart.some((a) => a.includes('Persönliche Zusagen vom Handy'))).toBe(true);
  });

  it.each(['de', 'pseudo'])('in %s, every heading shares its column with its first two items at every height', { timeout: 300_000 }, async (room) => {
    expect(await sweep(room)).toEqual([]);
  });
});
