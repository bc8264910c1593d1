import { describe, expect, it, vi } from 'vitest';
import type { Core } from '../../../src/main/core';
import type { ApiClient } from '../../../src/shared/api/contract';
import type { LeadSortConfig } from '../../../src/activities/leadsort/definition';
import { createAppStore } from '../../../src/renderer/store';
import { call, testCore } from '../../helpers/core';
import { trendSeries, viaCore } from '../../helpers/trend-series';

// The run view's series trends (#18) cover the workshop up to now, so they follow what changes them while it runs:
// a lead card enters the trends once it is sorted here too (a card sorted in one workshop only is in none), and a
// review's marks change the earlier workshops' follow-through. Real core on a real SQLite file, change events included.

const apiOnCore = (core: Core): ApiClient => ({
  invoke: async (op, input) => core.dispatch(op, input) as never,
  on: (event, listener) => core.subscribe((e, payload) => e === event && listener(payload as never)),
});

function openStore(core: Core) {
  const store = createAppStore({ api: apiOnCore(core), retryBaseMs: 5, retryMaxMs: 20 });
  return { store, trends: () => store.getState().runView.trends };
}

describe('series trends in the run view', () => {
  it('a lead card sorted in this workshop too joins the trends while the sort runs, with last time’s figure', async () => {
    const core = testCore();
    const { workshops } = await trendSeries(viaCore(core), 1);
    const second = workshops[1]!.id;
    const sort = call(core, 'workshop:get', { id: second }).activities.find((a) => a.kind === 'leadsort')!;
    call(core, 'run:start', { workshopId: second });
    call(core, 'run:goto', { workshopId: second, activityId: sort.id });
    const { store, trends } = openStore(core);
    await store.getState().openRun(second);
    expect(trends()!.leadCards).toEqual([]); // sorted in the first workshop only so far

    const card = (sort.config as LeadSortConfig).cards.find((c) => c.text === 'Downloaded a whitepaper')!;
    const people = call(core, 'workshop:get', { id: second }).participants;
    for (const p of people) call(core, 'response:submit', { activityId: sort.id, participantId: p.id, itemKey: card.id, value: { column: 'quality' } });

    await vi.waitFor(() => expect(trends()!.leadCards.map((t) => t.text)).toEqual(['Downloaded a whitepaper']));
    expect(trends()!.leadCards[0]!.points.map((p) => [p.workshopId, Number(p.divergence?.toFixed(2))])).toEqual([
      [workshops[0]!.id, 0.8],
      [second, 0],
    ]);
    store.dispose();
  });

  it('marking a commitment in the review changes the earlier workshop’s follow-through on screen', async () => {
    const core = testCore();
    const kickoff = call(core, 'workshop:create', { title: 'ACME kickoff', date: '2027-03-03' }).id;
    for (const text of ['Send the lead list weekly', 'Define a qualified lead'])
      call(core, 'actionItem:add', { workshopId: kickoff, text, owner: 'Ana', dueDate: null });
    const series = call(core, 'series:create', { title: 'ACME alignment 2027', workshopId: kickoff });
    const meeting = call(core, 'workshop:create', { title: 'Joint meeting 1', date: '2027-03-17' }).id;
    call(core, 'workshop:setSeries', { workshopId: meeting, seriesId: series.id });
    const review = call(core, 'activity:add', { workshopId: meeting, kind: 'review' });
    call(core, 'run:start', { workshopId: meeting });
    call(core, 'run:goto', { workshopId: meeting, activityId: review.id });
    const { store, trends } = openStore(core);
    await store.getState().openRun(meeting);
    const kickoffFollow = () => trends()!.followThrough!.find((f) => f.workshopId === kickoff);
    expect(kickoffFollow()).toMatchObject({ made: 2, done: 0, open: 2 });

    const board = call(core, 'run:get', { workshopId: meeting }).activities.find((a) => a.activityId === review.id)!.board as { items: { id: string }[] };
    call(core, 'review:mark', { activityId: review.id, itemId: board.items[0]!.id, status: 'done' });

    await vi.waitFor(() => expect(kickoffFollow()).toMatchObject({ made: 2, done: 1, open: 1 }));
    store.dispose();
  });
});
