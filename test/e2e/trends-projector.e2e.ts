import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Activity, Participant } from '../../src/shared/domain';
import type { OpInput, OpOutput } from '../../src/shared/api/contract';
import type { OpName } from '../../src/shared/api/names';
import type { RunState } from '../../src/shared/run';
import type { LeadSortConfig } from '../../src/activities/leadsort/definition';
import { expectNoSeriousA11yViolations, SCREEN } from '../helpers/browser';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { trendSeries, type TrendSeries } from '../helpers/trend-series';
import { op } from './run-e2e-helpers';
import { expectFitsEveryPage } from './fits-every-page';

// Trends across a series (#18) on the projector and in the console, beyond the pulse: three workshops of one series
// made through the API. The second workshop's lead sort says how far apart the teams were on each card last time
// next to now ("Downloaded a whitepaper": 80 → 40 of 100, closer); the third workshop's commitments review shows, below
// its headline, what each earlier workshop saw done, and follows a mark made while it is on screen.
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });
const SIZES = [
  [SCREEN.desktop, '1920'],
  [SCREEN.laptop, '1280'],
] as const;

describe('trends on the projector: lead cards and follow-through', () => {
  let session: Session;
  let workshops: TrendSeries['workshops'];
  beforeAll(async () => {
    session = await openSession(tempDir());
    ({ workshops } = await trendSeries(send));
  });
  afterAll(async () => {
    await session?.close();
  });

  const send = <K extends OpName>(name: K, input: OpInput<K>) => op<OpOutput<K>>(session.serve, name, input);
  const activities = async (workshopId: string) => (await send('workshop:get', { id: workshopId })).activities as Activity[];
  const reviewItems = async (workshopId: string, activityId: string) =>
    ((await send('run:get', { workshopId })) as RunState).activities.find((a) => a.activityId === activityId)!.board as {
      items: { id: string; what: string }[];
    };

  async function onProjector(workshopId: string, size: { width: number; height: number }, ready: (p: Page) => Promise<boolean>) {
    const projector = await session.page(size);
    await projector.page.goto(`${session.serve.origin}/#/present/${workshopId}`);
    await poll(() => ready(projector.page)).toBe(true);
    return projector;
  }

  it('the lead sort of the second workshop: every card sorted last time says how far apart then and now, in words; nothing cut off', async () => {
    const [first, second] = workshops;
    // Every signal sorted in both workshops (the whitepaper as the helper sorts it): every row carries its change,
    // the tallest rows the lead sort can have on the projector.
    for (const w of [first!, second!]) {
      const sort = (await activities(w.id)).find((a) => a.kind === 'leadsort')!;
      const config = sort.config as LeadSortConfig;
      const people = (await send('workshop:get', { id: w.id })).participants as Participant[];
      for (const [k, p] of people.entries())
        for (const [i, card] of config.cards.entries())
          if (card.text !== 'Downloaded a whitepaper')
            await send('response:submit', {
              activityId: sort.id,
              participantId: p.id,
              itemKey: card.id,
              value: { column: config.columns[(i + k + (w === first ? 0 : i % 2)) % 3]!.id },
            });
    }
    const sort = (await activities(second!.id)).find((a) => a.kind === 'leadsort')!;
    const cards = (sort.config as LeadSortConfig).cards;
    await send('run:start', { workshopId: second!.id });
    await send('run:goto', { workshopId: second!.id, activityId: sort.id });
    await send('run:set', { activityId: sort.id, revealed: true });

    for (const [size, name] of SIZES) {
      const { page, context } = await onProjector(second!.id, size, (p) => p.locator('.cgx-since').isVisible());
      await send('run:page', { workshopId: second!.id, delta: -200 });
      expect(await page.locator('.cgx-since').textContent()).toMatch(/^Since ACME joint meeting 1 \(3 Mar\): closer on \d+ cards?/);
      const whitepaper = page.locator('.cgx-diverge-row', { hasText: 'Downloaded a whitepaper' });
      await poll(() => whitepaper.locator('.cgx-card-change').textContent()).toBe('How far apart: 80 last time →, 40 now, closer');
      expect(await whitepaper.locator('.cgx-card-change [aria-hidden="true"]').textContent()).toBe('→');
      await expectNoSeriousA11yViolations(page, `lead-sort trends on the projector ${size.width}×${size.height}`);
      await shot(page, `trends-leadsort-projector-${name}`);
      // Every card has its change, every page fits: nothing cut off, the last card reachable.
      expect(await page.locator('.cgx-card-change').count()).toBe(cards.length);
      const last = await page.locator('.cgx-diverge-row .cgx-card-text').last().textContent();
      await expectFitsEveryPage(page, size, 'lead sort with trends', last!);
      await context.close();
    }

    const console = await session.page(SCREEN.laptop);
    await console.page.goto(`${session.serve.origin}/#/run/${second!.id}`);
    const row = console.page.locator('.console-stage .cgx-diverge-row', { hasText: 'Downloaded a whitepaper' });
    await poll(() => row.locator('.cgx-card-change').textContent()).toBe('How far apart: 80 last time →, 40 now, closer');
    await row.scrollIntoViewIfNeeded();
    await expectNoSeriousA11yViolations(console.page, 'lead-sort trends in the console');
    await shot(console.page, 'trends-leadsort-console-1280');
    await console.context.close();
  });

  it('the third workshop’s review: below the headline, what each earlier workshop saw done, kept up to date as the room marks', async () => {
    const [first, second, third] = workshops;
    // Commitments: three made at the first workshop, two at the second.
    for (const text of ['Send the lead list every Monday', 'Agree what a qualified lead is', 'Share the campaign calendar'])
      await send('actionItem:add', { workshopId: first!.id, text, owner: 'Dana Whitfield', dueDate: '2027-03-10' });
    for (const text of ['Shadow a sales call each', 'Write the weekly report together'])
      await send('actionItem:add', { workshopId: second!.id, text, owner: 'Priya Raman', dueDate: null });
    // The second workshop's review marks two of the first's done.
    const review2 = await send('activity:add', { workshopId: second!.id, kind: 'review' });
    // (The lead-sort test may have started the second workshop already.)
    if (((await send('run:get', { workshopId: second!.id })) as RunState).status === 'idle') await send('run:start', { workshopId: second!.id });
    await send('run:goto', { workshopId: second!.id, activityId: review2.id });
    for (const item of (await reviewItems(second!.id, review2.id)).items.slice(0, 2))
      await send('review:mark', { activityId: review2.id, itemId: item.id, status: 'done' });
    await send('run:end', { workshopId: second!.id });
    // The third's review: the first's last one and the second's two come in; one of the second's is done.
    const review3 = await send('activity:add', { workshopId: third!.id, kind: 'review' });
    await send('run:start', { workshopId: third!.id });
    await send('run:goto', { workshopId: third!.id, activityId: review3.id });
    const items = (await reviewItems(third!.id, review3.id)).items;
    expect(items).toHaveLength(3);
    const shadow = items.find((i) => i.what === 'Shadow a sales call each')!;
    await send('review:mark', { activityId: review3.id, itemId: shadow.id, status: 'done' });

    const follow = (p: Page) => p.getByRole('list', { name: 'Done per earlier workshop' });
    const items3 = (p: Page) => follow(p).getByRole('listitem').allTextContents();
    for (const [size, name] of SIZES) {
      const { page, context } = await onProjector(third!.id, size, (p) => follow(p).isVisible());
      await poll(() => items3(page)).toEqual(['ACME joint meeting 1 (3 Mar): 2 of 3 done', 'ACME joint meeting 2 (17 Mar): 1 of 2 done']);
      expect(await page.getByTestId('review-headline').textContent()).toBe('1 of 3 done since 3 March');
      await expectNoSeriousA11yViolations(page, `review follow-through on the projector ${size.width}×${size.height}`);
      await shot(page, `trends-review-projector-${name}`);
      await expectFitsEveryPage(page, size, 'review with follow-through', 'Write the weekly report together');
      if (size === SCREEN.laptop) {
        // Marked while on screen (another console): the projector follows.
        const calendar = items.find((i) => i.what === 'Share the campaign calendar')!;
        await send('review:mark', { activityId: review3.id, itemId: calendar.id, status: 'done' });
        await poll(() => items3(page)).toEqual(['ACME joint meeting 1 (3 Mar): 3 of 3 done', 'ACME joint meeting 2 (17 Mar): 1 of 2 done']);
      }
      await context.close();
    }

    const console = await session.page(SCREEN.laptop);
    await console.page.goto(`${session.serve.origin}/#/run/${third!.id}`);
    await poll(() => items3(console.page)).toEqual(['ACME joint meeting 1 (3 Mar): 3 of 3 done', 'ACME joint meeting 2 (17 Mar): 1 of 2 done']);
    await console.page.getByTestId('review-console-headline').scrollIntoViewIfNeeded();
    await expectNoSeriousA11yViolations(console.page, 'review follow-through in the console');
    await shot(console.page, 'trends-review-console-1280');
    await console.context.close();
  });
});
