import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import type { EventName } from '../../../src/shared/api/names';
import { call, dumpRows, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { genericWorkshop } from '../../helpers/generic-workshop';

// The projector's page of the current activity: one for the whole room, paged from the
// console (or the presenter's keys), clamped to what the presenter measured, and back to
// page 1 whenever the projector shows something new.

function running(core: Core) {
  const w = genericWorkshop(core);
  const ids = call(core, 'workshop:get', { id: w.id }).activities.map((a) => a.id);
  const dotvote = call(core, 'workshop:get', { id: w.id }).activities.find((a) => a.kind === 'dotvote')!;
  call(core, 'run:start', { workshopId: w.id });
  call(core, 'run:goto', { workshopId: w.id, activityId: dotvote.id });
  return { workshopId: w.id, ids, dotvote: dotvote.id };
}

function events(core: Core): EventName[] {
  const seen: EventName[] = [];
  core.subscribe((event) => seen.push(event));
  return seen;
}

describe('the projector page', () => {
  it('starts on page 1 of an unknown count, pages within what the presenter reported, and tells every window', () => {
    const core = testCore();
    const { workshopId, dotvote } = running(core);
    expect(call(core, 'run:get', { workshopId }).projector).toEqual({ page: 1, pages: null });

    const seen = events(core);
    expect(call(core, 'run:presenterPages', { workshopId, activityId: dotvote, pages: 3 }).projector).toEqual({ page: 1, pages: 3 });
    expect(seen).toEqual(['run:changed']);
    expect(call(core, 'run:page', { workshopId, delta: 1 }).projector).toEqual({ page: 2, pages: 3 });
    expect(call(core, 'run:page', { workshopId, delta: 5 }).projector).toEqual({ page: 3, pages: 3 }); // clamped to the last page
    expect(seen).toEqual(['run:changed', 'run:changed', 'run:changed']);
    // Already on the last page: nothing moves and nobody is told.
    expect(call(core, 'run:page', { workshopId, delta: 1 }).projector).toEqual({ page: 3, pages: 3 });
    expect(seen).toHaveLength(3);
    expect(call(core, 'run:page', { workshopId, delta: -10 }).projector).toEqual({ page: 1, pages: 3 }); // never before page 1
    expect(call(core, 'run:get', { workshopId }).projector).toEqual({ page: 1, pages: 3 });
    // The same count again is no news.
    call(core, 'run:presenterPages', { workshopId, activityId: dotvote, pages: 3 });
    expect(seen).toHaveLength(4);
  });

  it('goes back to page 1 when the activity changes, and when results are revealed or answers locked', () => {
    const core = testCore();
    const { workshopId, dotvote, ids } = running(core);
    const onPage2 = () => {
      call(core, 'run:presenterPages', { workshopId, activityId: dotvote, pages: 4 });
      expect(call(core, 'run:page', { workshopId, delta: 1 }).projector.page).toBe(2);
    };

    onPage2();
    expect(call(core, 'run:next', { workshopId }).projector).toEqual({ page: 1, pages: null });
    expect(call(core, 'run:goto', { workshopId, activityId: dotvote }).projector).toEqual({ page: 1, pages: null });

    onPage2();
    expect(call(core, 'run:set', { activityId: dotvote, revealed: true }).projector).toEqual({ page: 1, pages: null });
    onPage2();
    expect(call(core, 'run:set', { activityId: dotvote, locked: true }).projector).toEqual({ page: 1, pages: null });
    // Back to what was shown before is new again: page 1, not the page it was left on.
    onPage2();
    call(core, 'run:set', { activityId: dotvote, revealed: false });
    expect(call(core, 'run:set', { activityId: dotvote, revealed: true }).projector).toEqual({ page: 1, pages: null });
    // Clearing the answers hides the results: new content too.
    call(core, 'run:set', { activityId: dotvote, revealed: false });
    onPage2();
    call(core, 'run:resetResponses', { activityId: dotvote });
    expect(call(core, 'run:get', { workshopId }).projector).toEqual({ page: 1, pages: null });
    // Setting what is already set changes nothing on the projector.
    onPage2();
    expect(call(core, 'run:set', { activityId: dotvote, locked: true }).projector).toEqual({ page: 2, pages: 4 });
    // Changing another activity leaves the projector where it is.
    expect(call(core, 'run:set', { activityId: ids[0]!, revealed: true }).projector).toEqual({ page: 2, pages: 4 });
    expect(call(core, 'run:end', { workshopId }).projector).toEqual({ page: 1, pages: null });
  });

  it('ignores a late count for an activity no longer on the projector; a new count starts again on page 1', () => {
    const core = testCore();
    const { workshopId, dotvote, ids } = running(core);
    call(core, 'run:presenterPages', { workshopId, activityId: dotvote, pages: 4 });
    call(core, 'run:page', { workshopId, delta: 2 });

    const seen = events(core);
    expect(call(core, 'run:presenterPages', { workshopId, activityId: ids[0]!, pages: 9 }).projector).toEqual({ page: 3, pages: 4 });
    expect(seen).toEqual([]);
    // Another screen size (or more content): page 3 no longer shows the same text.
    expect(call(core, 'run:presenterPages', { workshopId, activityId: dotvote, pages: 2 }).projector).toEqual({ page: 1, pages: 2 });
    expect(seen).toEqual(['run:changed']);
  });

  it('paged before the presenter measured: kept, then clamped to the count', () => {
    const core = testCore();
    const { workshopId, dotvote } = running(core);
    expect(call(core, 'run:page', { workshopId, delta: 4 }).projector).toEqual({ page: 5, pages: null });
    expect(call(core, 'run:presenterPages', { workshopId, activityId: dotvote, pages: 3 }).projector).toEqual({ page: 3, pages: 3 });
  });

  it('refuses bad input with a readable VALIDATION error and changes nothing', () => {
    const core = testCore();
    const { workshopId, dotvote } = running(core);
    call(core, 'run:presenterPages', { workshopId, activityId: dotvote, pages: 4 });
    call(core, 'run:page', { workshopId, delta: 1 });
    const rows = dumpRows(core);
    const seen = events(core);

    const bad: [string, unknown, RegExp][] = [
      ['run:page', { workshopId, delta: 0 }, /cannot be 0/],
      ['run:page', { workshopId, delta: 1.5 }, /whole number/],
      ['run:page', { workshopId, delta: '1' }, /must be a number/],
      ['run:page', { workshopId }, /must be a number/],
      ['run:page', { workshopId, delta: 10_000 }, /at most 200 pages forward/],
      ['run:page', { workshopId, delta: 1, to: 3 }, /Unknown field: to/],
      ['run:page', { delta: 1 }, /workshopId/],
      ['run:presenterPages', { workshopId, activityId: dotvote, pages: 0 }, /at least 1 page/],
      ['run:presenterPages', { workshopId, activityId: dotvote, pages: Number.NaN }, /must be a number/],
      ['run:presenterPages', { workshopId, pages: 2 }, /activityId/],
    ];
    for (const [op, input, message] of bad) {
      const r = core.dispatch(op, input);
      expect(r.ok, `${op} ${JSON.stringify(input)}`).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe('VALIDATION');
      expect(r.error.message).toMatch(message);
    }
    expect(call(core, 'run:get', { workshopId }).projector).toEqual({ page: 2, pages: 4 });
    expect(seen).toEqual([]);
    expect(dumpRows(core)).toBe(rows);
  });

  it('refuses to page a workshop with nothing on the projector, or one that does not exist', () => {
    const core = testCore();
    const w = genericWorkshop(core);
    const idle = core.dispatch('run:page', { workshopId: w.id, delta: 1 });
    expect(idle.ok ? null : idle.error).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/no activity on the projector/) });
    const missing = core.dispatch('run:page', { workshopId: 'no-such-workshop', delta: 1 });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
    expect(call(core, 'run:get', { workshopId: w.id }).projector).toEqual({ page: 1, pages: null });
  });

  it('is kept in memory: two workshops page apart, and a restart resumes on page 1', () => {
    const dir = tempDir();
    const core = testCore(dir);
    const a = running(core);
    const b = running(core);
    call(core, 'run:presenterPages', { workshopId: a.workshopId, activityId: a.dotvote, pages: 3 });
    call(core, 'run:page', { workshopId: a.workshopId, delta: 2 });
    expect(call(core, 'run:get', { workshopId: a.workshopId }).projector).toEqual({ page: 3, pages: 3 });
    expect(call(core, 'run:get', { workshopId: b.workshopId }).projector).toEqual({ page: 1, pages: null });
    core.close();

    const again = testCore(dir);
    const resumed = call(again, 'run:get', { workshopId: a.workshopId });
    expect(resumed.currentActivityId).toBe(a.dotvote);
    expect(resumed.projector).toEqual({ page: 1, pages: null });
    again.close();
  });
});
