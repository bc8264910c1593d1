import { describe, expect, it } from 'vitest';
import { coalesceByKey, estimateOffset, keepIfSame, shareRun } from '../../src/renderer/store/run-sync';
import type { RunState } from '../../src/shared/run';

const activity = (activityId: string, locked = false, board: unknown = null): RunState['activities'][number] => ({
  activityId,
  locked,
  revealed: false,
  firstEnteredAt: null,
  spentMs: 0,
  board,
  timer: { durationMs: 60_000, elapsedMs: 0, runningSince: null },
});
const run = (over: Partial<RunState> = {}): RunState =>
  ({
    workshopId: 'w1',
    status: 'running',
    currentActivityId: 'a1',
    startedAt: '2026-01-01T09:00:00.000Z',
    endedAt: null,
    enteredAt: '2026-01-01T09:00:00.000Z',
    serverNow: '2026-01-01T09:00:01.000Z',
    activities: [activity('a1', false, { clusters: [{ id: 't1', name: 'Speed', cardKeys: ['card-aaaa'] }] }), activity('a2')],
    projector: { page: 1, pages: null },
    ...over,
  }) as RunState;

describe('keeping what the console already shows', () => {
  it('keeps the whole run when only the server clock moved', () => {
    const before = run();
    expect(shareRun(before, run({ serverNow: '2026-01-01T09:00:09.000Z' }))).toBe(before);
  });

  it('shares unchanged activities, and the board of one whose lock changed', () => {
    const before = run();
    const next = run({ activities: [{ ...activity('a1', true, { clusters: [{ id: 't1', name: 'Speed', cardKeys: ['card-aaaa'] }] }) }, activity('a2')] });
    const shared = shareRun(before, next);
    expect(shared).not.toBe(before);
    expect(shared.activities[0]!.locked).toBe(true);
    expect(shared.activities[0]!.board).toBe(before.activities[0]!.board);
    expect(shared.activities[0]!.timer).toBe(before.activities[0]!.timer);
    expect(shared.activities[1]).toBe(before.activities[1]);
  });

  it('takes a changed board, a new current activity and another workshop as they come', () => {
    const before = run();
    const renamed = run({ activities: [activity('a1', false, { clusters: [{ id: 't1', name: 'Hand-offs', cardKeys: ['card-aaaa'] }] }), activity('a2')] });
    expect((shareRun(before, renamed).activities[0]!.board as { clusters: { name: string }[] }).clusters[0]!.name).toBe('Hand-offs');
    expect(shareRun(before, run({ currentActivityId: 'a2' })).currentActivityId).toBe('a2');
    const other = run({ workshopId: 'w2' });
    expect(shareRun(before, other)).toBe(other);
    expect(shareRun(null, before)).toBe(before);
  });

  it('keeps equal results and takes different ones', () => {
    const a = { activityId: 'a1', respondents: [{ participantId: 'p1', complete: true }], aggregate: { n: 1 }, threshold: 3 };
    expect(keepIfSame(a, structuredClone(a))).toBe(a);
    const b = { ...a, aggregate: { n: 2 } };
    expect(keepIfSame(a, b)).toBe(b);
    expect(keepIfSame(undefined, b)).toBe(b);
  });
});

describe('the clock offset', () => {
  it('starts from the first reply, improves on a quicker one and follows a real jump', () => {
    expect(estimateOffset(null, 120)).toBe(120);
    expect(estimateOffset(120, 90)).toBe(120); // a slower reply: noise
    expect(estimateOffset(120, 160)).toBe(120); // a little quicker: not worth a redraw
    expect(estimateOffset(120, 200)).toBe(200); // clearly quicker: a better estimate
    expect(estimateOffset(120, -5_000)).toBe(-5_000); // a clock was set
  });
});

describe('results reads per activity', () => {
  it('runs at most one read per activity at a time plus one after a burst, in order', async () => {
    const started: string[] = [];
    const gates: (() => void)[] = [];
    const read = coalesceByKey((key) => {
      started.push(key);
      return new Promise<void>((r) => gates.push(r));
    });
    const burst = [read('a1'), read('a1'), read('a1'), read('a2')];
    expect(started).toEqual(['a1', 'a2']);
    gates.shift()!(); // the first a1 read ends: one more for the burst
    await Promise.resolve();
    await Promise.resolve();
    expect(started).toEqual(['a1', 'a2', 'a1']);
    gates.splice(0).forEach((g) => g());
    await Promise.resolve();
    gates.splice(0).forEach((g) => g());
    await Promise.all(burst);
    expect(started).toEqual(['a1', 'a2', 'a1']);
  });
});
