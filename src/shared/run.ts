import { says } from './api/say';
import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { Id, Timestamp } from './domain';

// The live state of a workshop being run. Stored in the database so a crash
// or restart resumes exactly where the room was.

export const TimerState = z.object({
  durationMs: z.number().int(),
  /** Time counted before the current run of the clock (or all of it, when paused). */
  elapsedMs: z.number().int(),
  /** When the clock was last started, or null when it is paused. */
  runningSince: Timestamp.nullable(),
});
export type TimerState = z.infer<typeof TimerState>;

export const ActivityRunState = z.object({
  activityId: Id,
  locked: z.boolean(),
  revealed: z.boolean(),
  firstEnteredAt: Timestamp.nullable(),
  /** Time the room spent on it, not counting the current stint. */
  spentMs: z.number().int(),
  timer: TimerState,
  /** Engine-specific facilitator state, e.g. brainstorm clusters. */
  board: z.unknown(),
  /** The version of the engine's board shape the board is at (activities/board-versions.ts); absent or 0: saved before versions. */
  boardVersion: z.number().int().min(0).optional(),
});
export type ActivityRunState = z.infer<typeof ActivityRunState>;

/** Most pages a projector screen can have, and the largest step one paging request may take. */
export const MAX_PROJECTOR_PAGES = 200;

/**
 * Which page of the current activity the projector shows, when its content is longer than one
 * screen. Kept in the core's memory (a restart resumes on page 1) and shared by every window:
 * the console pages it, the presenter shows it and reports how many pages it has.
 */
export const ProjectorPaging = z.object({
  /** The page on the projector, from 1. */
  page: z.number().int().min(1),
  /** How many pages the presenter measured for the current activity, or null before it says. */
  pages: z.number().int().min(1).nullable(),
});
export type ProjectorPaging = z.infer<typeof ProjectorPaging>;

/** Move the projector by this many pages (negative = back). */
export const PageStep = z
  .number(says(msg`The page step must be a number of pages, like 1 or -1`))
  .int(says(msg`The page step must be a whole number of pages`))
  .min(-MAX_PROJECTOR_PAGES, says(msg`The page step is at most ${MAX_PROJECTOR_PAGES} pages back`))
  .max(MAX_PROJECTOR_PAGES, says(msg`The page step is at most ${MAX_PROJECTOR_PAGES} pages forward`))
  .refine((n) => n !== 0, says(msg`The page step cannot be 0`));

/** How many pages the presenter measured. */
export const PageCount = z
  .number(says(msg`The number of pages must be a number`))
  .int(says(msg`The number of pages must be a whole number`))
  .min(1, says(msg`A screen has at least 1 page`))
  .max(MAX_PROJECTOR_PAGES, says(msg`A screen has at most ${MAX_PROJECTOR_PAGES} pages`));

export const RUN_STATUSES = ['idle', 'running', 'ended'] as const;
export const RunState = z.object({
  workshopId: Id,
  status: z.enum(RUN_STATUSES),
  currentActivityId: Id.nullable(),
  startedAt: Timestamp.nullable(),
  endedAt: Timestamp.nullable(),
  /** When the current activity was entered (for actual time). */
  enteredAt: Timestamp.nullable(),
  /** The server's clock when this was read: clients correct their own clock with it. */
  serverNow: Timestamp,
  activities: z.array(ActivityRunState),
  /** The projector's page of the current activity (page 1 of unknown when nothing is current). */
  projector: ProjectorPaging,
});
export type RunState = z.infer<typeof RunState>;

export const TIMER_ACTIONS = ['start', 'pause', 'toggle', 'reset', 'addMinute'] as const;

/** Milliseconds left on a timer at a given time (negative when over). */
export function timerRemainingMs(timer: TimerState, nowMs: number): number {
  const running = timer.runningSince ? Math.max(0, nowMs - Date.parse(timer.runningSince)) : 0;
  return timer.durationMs - timer.elapsedMs - running;
}

/** Actual minutes spent on an activity so far, including the current stint. */
export function spentMs(state: ActivityRunState, run: Pick<RunState, 'currentActivityId' | 'enteredAt' | 'status'>, nowMs: number): number {
  const current = run.status === 'running' && run.currentActivityId === state.activityId && run.enteredAt;
  return state.spentMs + (current ? Math.max(0, nowMs - Date.parse(run.enteredAt!)) : 0);
}

/** "4 minutes 5 seconds" for screen readers; "4:05" for eyes. */
export function formatTimer(ms: number): string {
  const over = ms < 0;
  const total = Math.ceil(Math.abs(ms) / 1000);
  const text = `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
  return over ? `+${text}` : text;
}

export function timerInWords(ms: number): string {
  const total = Math.ceil(Math.abs(ms) / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  const parts = [m ? `${m} minute${m === 1 ? '' : 's'}` : '', s || !m ? `${s} second${s === 1 ? '' : 's'}` : ''].filter(Boolean);
  return ms < 0 ? `${parts.join(' ')} over time` : `${parts.join(' ')} left`;
}

export interface ActivityTiming {
  activityId: string;
  plannedMs: number;
  actualMs: number;
  visited: boolean;
  current: boolean;
}

/**
 * Planned against actual time per activity, and where the room will finish
 * against the plan: time spent so far plus what is still planned (the rest of
 * the current activity and everything after it), minus the planned total.
 * Positive = behind (will run over), negative = ahead. Skipped activities
 * count as time saved.
 */
export function scheduleDrift(
  activities: readonly { id: string; minutes: number }[],
  run: Pick<RunState, 'activities' | 'currentActivityId' | 'enteredAt' | 'status'>,
  nowMs: number,
): { timings: ActivityTiming[]; driftMs: number } {
  const states = new Map(run.activities.map((a) => [a.activityId, a]));
  const position = activities.findIndex((a) => a.id === run.currentActivityId);
  let spent = 0;
  let remaining = 0;
  let planned = 0;
  const timings = activities.map((a, i) => {
    const state = states.get(a.id);
    const plannedMs = a.minutes * 60_000;
    const actualMs = state ? spentMs(state, run, nowMs) : 0;
    const visited = Boolean(state?.firstEnteredAt);
    const current = run.status === 'running' && run.currentActivityId === a.id;
    planned += plannedMs;
    spent += actualMs;
    if (i >= position) remaining += Math.max(0, plannedMs - actualMs);
    return { activityId: a.id, plannedMs, actualMs, visited, current };
  });
  return { timings, driftMs: run.status === 'running' ? spent + remaining - planned : 0 };
}

export function describeDrift(driftMs: number): string {
  const minutes = Math.round(Math.abs(driftMs) / 60_000);
  if (minutes === 0) return 'On schedule';
  return `${minutes} min ${driftMs > 0 ? 'behind' : 'ahead of'} plan`;
}
