import { describe, expect, it } from 'vitest';
import { spentMs, timerRemainingMs } from '../../../src/shared/run';
import { call, dumpRows, manualClock, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { genericWorkshop } from '../../helpers/generic-workshop';

function sample(core: ReturnType<typeof testCore>) {
  const w = genericWorkshop(core);
  return { w, detail: call(core, 'workshop:get', { id: w.id }) };
}

describe('running a workshop', () => {
  it('starts at the first activity, steps forward and back, and ends', () => {
    const core = testCore();
    const { w, detail } = sample(core);
    const ids = detail.activities.map((a) => a.id);
    expect(call(core, 'run:get', { workshopId: w.id }).status).toBe('idle');
    expect(call(core, 'run:start', { workshopId: w.id }).currentActivityId).toBe(ids[0]);
    expect(call(core, 'workshop:get', { id: w.id }).workshop.status).toBe('running');
    expect(call(core, 'run:next', { workshopId: w.id }).currentActivityId).toBe(ids[1]);
    expect(call(core, 'run:goto', { workshopId: w.id, activityId: ids[5]! }).currentActivityId).toBe(ids[5]);
    expect(call(core, 'run:previous', { workshopId: w.id }).currentActivityId).toBe(ids[4]);
    call(core, 'run:goto', { workshopId: w.id, activityId: ids.at(-1)! });
    expect(call(core, 'run:next', { workshopId: w.id }).currentActivityId).toBe(ids.at(-1)); // stays on the last
    const ended = call(core, 'run:end', { workshopId: w.id });
    expect(ended).toMatchObject({ status: 'ended', currentActivityId: null });
    expect(call(core, 'workshop:get', { id: w.id }).workshop.status).toBe('finished');
  });

  it('resumes an ended workshop at the furthest activity reached, not at the start', () => {
    const core = testCore();
    const { w, detail } = sample(core);
    const ids = detail.activities.map((a) => a.id);
    call(core, 'run:start', { workshopId: w.id });
    call(core, 'run:goto', { workshopId: w.id, activityId: ids[4]! });
    call(core, 'run:previous', { workshopId: w.id }); // went back to 3 before ending
    call(core, 'run:end', { workshopId: w.id });
    const resumed = call(core, 'run:start', { workshopId: w.id });
    expect(resumed.status).toBe('running');
    expect(resumed.currentActivityId).toBe(ids[4]); // the furthest reached
    core.close();
  });

  it('refuses to start an empty agenda, or to move when not running', () => {
    const core = testCore();
    const w = call(core, 'workshop:create', { title: 'Empty' });
    const r = core.dispatch('run:start', { workshopId: w.id });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/agenda is empty/) });
    const { w: s } = sample(core);
    expect(core.dispatch('run:next', { workshopId: s.id }).ok).toBe(false);
  });

  it('counts timer and actual time from stored times, across a restart', () => {
    const dir = tempDir();
    const clock = manualClock();
    let core = testCore(dir, clock.now);
    const { w, detail } = sample(core);
    const first = detail.activities[0]!; // 10 minutes
    call(core, 'run:start', { workshopId: w.id });
    call(core, 'run:timer', { workshopId: w.id, action: 'start' });
    clock.advance(90_000);
    call(core, 'run:timer', { workshopId: w.id, action: 'pause' });
    clock.advance(30_000); // paused: does not count on the timer
    call(core, 'run:timer', { workshopId: w.id, action: 'toggle' }); // running again
    clock.advance(60_000);
    core.close(); // the laptop dies mid-activity

    clock.advance(20_000); // while it is down, the clock keeps running
    core = testCore(dir, clock.now);
    const run = call(core, 'run:get', { workshopId: w.id });
    expect(run.currentActivityId).toBe(first.id);
    const state = run.activities.find((a) => a.activityId === first.id)!;
    const now = Date.parse(run.serverNow);
    expect(timerRemainingMs(state.timer, now)).toBe(600_000 - 90_000 - 60_000 - 20_000);
    expect(spentMs(state, run, now)).toBe(200_000);

    call(core, 'run:timer', { workshopId: w.id, action: 'addMinute' });
    const plus = call(core, 'run:get', { workshopId: w.id }).activities.find((a) => a.activityId === first.id)!;
    expect(timerRemainingMs(plus.timer, now)).toBe(600_000 - 170_000 + 60_000);

    clock.advance(10_000);
    const moved = call(core, 'run:next', { workshopId: w.id });
    const left = moved.activities.find((a) => a.activityId === first.id)!;
    expect(left.timer.runningSince).toBeNull(); // leaving pauses its timer
    expect(left.spentMs).toBe(210_000);
    call(core, 'run:timer', { workshopId: w.id, action: 'reset' });
    const second = call(core, 'run:get', { workshopId: w.id }).activities.find((a) => a.activityId === moved.currentActivityId)!;
    expect(second.timer).toEqual({ durationMs: detail.activities[1]!.minutes * 60_000, elapsedMs: 0, runningSince: null });
    core.close();
  });
});

describe('responses in the room', () => {
  function setup() {
    const core = testCore();
    const { w, detail } = sample(core);
    const sort = detail.activities.find((a) => a.kind === 'cardsort')!;
    const [dana, marcus, priya] = detail.participants;
    const hannah = detail.participants.find((p) => p.team === 'marketing')!;
    call(core, 'run:start', { workshopId: w.id });
    call(core, 'run:goto', { workshopId: w.id, activityId: sort.id });
    return { core, w, sort, dana: dana!, marcus: marcus!, priya: priya!, hannah };
  }

  it('saves a drop idempotently: a retried write never double-counts', () => {
    const { core, sort, dana } = setup();
    const input = { activityId: sort.id, participantId: dana.id, itemKey: 'sig1', value: { column: 'col1' } };
    call(core, 'response:submit', input);
    const once = dumpRows(core).replace(/"updated_at":"[^"]+"/g, '');
    call(core, 'response:submit', input);
    expect(dumpRows(core).replace(/"updated_at":"[^"]+"/g, '')).toBe(once);
    const results = call(core, 'activity:results', { activityId: sort.id });
    const card = (results.aggregate!.overall as { cards: { id: string; total: number; counts: Record<string, number> }[] }).cards[0]!;
    expect(card).toMatchObject({ id: 'sig1', total: 1, counts: { col1: 1 } });
    expect(results.respondents).toEqual([{ participantId: dana.id, complete: false }]);
  });

  it('moves a card by overwriting, and takes it back with null', () => {
    const { core, sort, dana } = setup();
    call(core, 'response:submit', { activityId: sort.id, participantId: dana.id, itemKey: 'sig1', value: { column: 'col1' } });
    const moved = call(core, 'response:submit', {
      activityId: sort.id,
      participantId: dana.id,
      itemKey: 'sig1',
      value: { column: 'col3', note: 'if budget is known' },
    });
    expect(moved.mine).toEqual({ sig1: { column: 'col3', note: 'if budget is known' } });
    const back = call(core, 'response:submit', { activityId: sort.id, participantId: dana.id, itemKey: 'sig1', value: null });
    expect(back.mine).toEqual({});
  });

  it('refuses writes when locked, bad values and strangers, writing nothing', () => {
    const { core, w, sort, dana } = setup();
    const stranger = genericWorkshop(core);
    const outsider = call(core, 'workshop:get', { id: stranger.id }).participants[0]!;
    call(core, 'run:set', { activityId: sort.id, locked: true });
    const before = dumpRows(core);
    const attempts = [{ activityId: sort.id, participantId: dana.id, itemKey: 'sig1', value: { column: 'col1' } }];
    const locked = core.dispatch('response:submit', attempts[0]);
    expect(locked.ok ? null : locked.error.code).toBe('CONFLICT');
    call(core, 'run:set', { activityId: sort.id, locked: false });
    const afterUnlock = dumpRows(core);
    for (const [input, code] of [
      [{ activityId: sort.id, participantId: dana.id, itemKey: 'sig1', value: { column: 'nowhere' } }, 'VALIDATION'],
      [{ activityId: sort.id, participantId: dana.id, itemKey: 'sig99', value: { column: 'col1' } }, 'VALIDATION'],
      [{ activityId: sort.id, participantId: dana.id, itemKey: 'sig1', value: 'col1' }, 'VALIDATION'],
      [{ activityId: sort.id, participantId: outsider.id, itemKey: 'sig1', value: { column: 'col1' } }, 'NOT_FOUND'],
      [{ activityId: call(core, 'workshop:get', { id: w.id }).activities[0]!.id, participantId: dana.id, itemKey: 'x', value: {} }, 'VALIDATION'],
    ] as const) {
      const r = core.dispatch('response:submit', input);
      expect(r.ok ? null : r.error.code, JSON.stringify(input)).toBe(code);
    }
    expect(dumpRows(core)).toBe(afterUnlock);
    expect(before.length).toBeGreaterThan(0);
  });

  it('resets an activity: answers gone, results hidden again', () => {
    const { core, w, sort, dana, marcus } = setup();
    call(core, 'response:submit', { activityId: sort.id, participantId: dana.id, itemKey: 'sig1', value: { column: 'col1' } });
    call(core, 'response:submit', { activityId: sort.id, participantId: marcus.id, itemKey: 'sig2', value: { column: 'col2' } });
    call(core, 'run:set', { activityId: sort.id, revealed: true });
    expect(call(core, 'run:resetResponses', { activityId: sort.id })).toEqual({ removed: 2 });
    expect(call(core, 'activity:results', { activityId: sort.id }).respondents).toEqual([]);
    expect(call(core, 'run:get', { workshopId: w.id }).activities.find((a) => a.activityId === sort.id)!.revealed).toBe(false);
  });

  it('stores brainstorm clusters on the board, validated', () => {
    const { core, w } = setup();
    const brainstorm = call(core, 'workshop:get', { id: w.id }).activities.find((a) => a.kind === 'brainstorm')!;
    const board = { clusters: [{ id: 'k1', name: 'Hand-offs', cardKeys: ['p/card-abcd'] }] };
    const run = call(core, 'run:setBoard', { activityId: brainstorm.id, board });
    expect(run.activities.find((a) => a.activityId === brainstorm.id)!.board).toEqual(board);
    const bad = core.dispatch('run:setBoard', { activityId: brainstorm.id, board: { clusters: [{ id: 'k', name: '', cardKeys: [] }] } });
    expect(bad.ok ? null : bad.error.message).toMatch(/Give the group a name/);
  });
});
