import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { op } from './run-e2e-helpers';
import { floorFor, measureScreen } from '../visual/layout-measure';

// "Readable from 8 m": the smallest visible text on the projector is at or above the floor
// (20 px at 1280×720, 28 px at 1920×1080) on the screens whose text was raised: the timer
// label and the kicker ("1 of 3", "Results") on any activity, the buying map's journey table,
// and the lead sort's results with their "how far apart" scores.
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });

describe('presenter fonts', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(tempDir());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('timer label, kicker, buying-map table and lead-sort scores are at or above the floor at 1280×720 and 1920×1080', async () => {
    const serve = session.serve;
    const w = await op<{ id: string }>(serve, 'workshop:create', { title: 'Alignment day' });
    const people = await op<{ id: string }[]>(serve, 'participant:addMany', {
      workshopId: w.id,
      people: ['Ana', 'Ben', 'Chloe', 'Dev', 'Eli', 'Fay'].map((name, i) => ({ name, team: i % 2 ? 'marketing' : 'sales' })),
    });
    const slide = await op<{ id: string }>(serve, 'activity:add', { workshopId: w.id, kind: 'slide' });
    const map = await op<{ id: string }>(serve, 'activity:add', { workshopId: w.id, kind: 'buyingmap' });
    const lead = await op<{ id: string; config: { cards: { id: string }[]; columns: { id: string }[] } }>(serve, 'activity:add', {
      workshopId: w.id,
      kind: 'leadsort',
    });
    await op(serve, 'run:start', { workshopId: w.id });
    for (const [i, p] of people.entries())
      for (const [j, card] of lead.config.cards.slice(0, 4).entries())
        await op(serve, 'response:submit', {
          activityId: lead.id,
          participantId: p.id,
          itemKey: card.id,
          value: { column: lead.config.columns[(i + j * (i % 2)) % 3]!.id },
        });

    const screens = [
      { name: 'slide (timer, "1 of 2")', apply: () => op(serve, 'run:goto', { workshopId: w.id, activityId: slide.id }), shows: 'Timer' },
      { name: 'buying map (the journey table)', apply: () => op(serve, 'run:goto', { workshopId: w.id, activityId: map.id }), shows: 'Typical days' },
      {
        name: 'lead sort results',
        apply: async () => {
          await op(serve, 'run:goto', { workshopId: w.id, activityId: lead.id });
          await op(serve, 'run:set', { activityId: lead.id, revealed: true });
        },
        shows: 'how far apart',
      },
    ];
    for (const screen of screens) {
      await screen.apply();
      for (const size of SIZES) {
        const { page, context } = await session.page(size);
        await page.goto(`${serve.origin}/#/present/${w.id}`);
        await poll(() => page.getByText(screen.shows, { exact: false }).first().isVisible()).toBe(true);
        const floor = floorFor(size);
        const report = await measureScreen(page, floor, false);
        expect.soft(report.belowFloor, `${screen.name} @${size.width}×${size.height}: text below ${floor}px`).toEqual([]);
        expect.soft(report.minFont).toBeGreaterThanOrEqual(floor - 0.5);
        await context.close();
      }
    }
  });
});
