import { describe, expect, it } from 'vitest';
import { describeDrift, formatTimer, scheduleDrift, timerInWords, timerRemainingMs, type RunState } from '../../src/shared/run';

const t0 = Date.parse('2026-11-27T09:00:00Z');
const iso = (ms: number) => new Date(t0 + ms).toISOString();
const state = (activityId: string, spentMs: number, entered: boolean) => ({
  activityId,
  locked: false,
  revealed: false,
  firstEnteredAt: entered ? iso(0) : null,
  spentMs,
  timer: { durationMs: 0, elapsedMs: 0, runningSince: null },
  board: null,
});

describe('timer', () => {
  it('counts down from stored times, paused or running', () => {
    expect(timerRemainingMs({ durationMs: 600_000, elapsedMs: 90_000, runningSince: null }, t0)).toBe(510_000);
    expect(timerRemainingMs({ durationMs: 600_000, elapsedMs: 90_000, runningSince: iso(0) }, t0 + 30_000)).toBe(480_000);
    expect(formatTimer(480_000)).toBe('8:00');
    expect(formatTimer(59_001)).toBe('1:00');
    expect(formatTimer(-65_000)).toBe('+1:05');
    expect(timerInWords(61_000)).toBe('1 minute 1 second left');
    expect(timerInWords(120_000)).toBe('2 minutes left');
    expect(timerInWords(-30_000)).toBe('30 seconds over time');
  });
});

describe('schedule drift', () => {
  const plan = [
    { id: 'a', minutes: 10 },
    { id: 'b', minutes: 20 },
    { id: 'c', minutes: 5 },
  ];
  it('projects the finish: time spent plus what is still planned, against the plan', () => {
    // a took 13 min (3 over); b is current, entered 15 min ago (5 of its 20 left); c not reached.
    // 13 + 15 spent, 5 + 5 still planned = 38 against 35 planned: 3 min behind.
    const run: Pick<RunState, 'activities' | 'currentActivityId' | 'enteredAt' | 'status'> = {
      status: 'running',
      currentActivityId: 'b',
      enteredAt: iso(0),
      activities: [state('a', 13 * 60_000, true), state('b', 0, true), state('c', 0, false)],
    };
    const at15 = scheduleDrift(plan, run, t0 + 15 * 60_000);
    expect(at15.driftMs).toBe(3 * 60_000);
    expect(at15.timings.map((t) => [t.activityId, t.actualMs, t.current])).toEqual([
      ['a', 13 * 60_000, false],
      ['b', 15 * 60_000, true],
      ['c', 0, false],
    ]);
    // At 25 min into b: 13 + 25 spent, 0 + 5 to go = 43: 8 behind.
    expect(scheduleDrift(plan, run, t0 + 25 * 60_000).driftMs).toBe(8 * 60_000);
    // Jumping straight from a to c after 1 minute skips b's 20 minutes: ahead.
    const skipped = { ...run, currentActivityId: 'c', activities: [state('a', 60_000, true), state('b', 0, false), state('c', 0, true)] };
    expect(scheduleDrift(plan, skipped, t0).driftMs).toBe((1 + 5 - 35) * 60_000);
    expect(describeDrift(8 * 60_000)).toBe('8 min behind plan');
    expect(describeDrift(-2 * 60_000)).toBe('2 min ahead of plan');
    expect(describeDrift(20_000)).toBe('On schedule');
  });
});
