import type { ActivityRunState, RunState } from '../../shared/run';

// The console and the presenter re-read the run and the results on every push. Most
// pushes change nothing on screen (our own lock comes back as a reply *and* as a
// "run changed" event; an answer elsewhere re-sends the same results). Keeping the
// previous object when the new one is equal lets React skip the whole console, its
// boards, its results and the projector's thumbnail instead of drawing them again.

// What is on screen was compared once already: remember its text, so each push serialises only the new value.
const texts = new WeakMap<object, string>();
function textOf(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'undefined';
  let text = texts.get(value);
  if (text === undefined) texts.set(value, (text = JSON.stringify(value)));
  return text;
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || textOf(a) === textOf(b);
}

/** `next`, or `prev` itself when they hold the same data (results, board, ...). */
export function keepIfSame<T>(prev: T | undefined, next: T): T {
  return prev !== undefined && sameJson(prev, next) ? prev : next;
}

/** An activity's new state; when only its flags changed, its board (and timer) stay the same objects. */
function shareActivity(prev: ActivityRunState | undefined, next: ActivityRunState): ActivityRunState {
  if (!prev) return next;
  const board = keepIfSame(prev.board, next.board);
  const timer = keepIfSame(prev.timer, next.timer);
  const shared = board === next.board && timer === next.timer ? next : { ...next, board, timer };
  return keepIfSame(prev, shared);
}

/**
 * The new run state, sharing every unchanged activity's state (and the whole run when
 * nothing but the server's clock moved) with the previous one.
 */
export function shareRun(prev: RunState | null, next: RunState): RunState {
  if (!prev || prev.workshopId !== next.workshopId) return next;
  const before = new Map(prev.activities.map((a) => [a.activityId, a]));
  const activities = next.activities.map((a) => shareActivity(before.get(a.activityId), a));
  const sameList = activities.length === prev.activities.length && activities.every((a, i) => a === prev.activities[i]);
  const { serverNow: _a, activities: _b, ...restNext } = next;
  const { serverNow: _c, activities: _d, ...restPrev } = prev;
  if (sameList && sameJson(restPrev, restNext)) return prev;
  return { ...next, activities: sameList ? prev.activities : activities };
}

/**
 * The server's clock minus ours, estimated the way NTP does: a reply's `serverNow` was read
 * before the reply travelled, so `serverNow - receivedAt` undershoots the true offset by the
 * reply's delay, and the largest sample (the quickest reply) is the best one. The estimate
 * only moves for a quicker reply (by more than `betterMs`) or when a clock really jumped
 * (by more than `jumpMs`); the noise of every round trip would otherwise redraw every timer
 * and the projector's thumbnail on each push.
 */
export function estimateOffset(prev: number | null, sample: number, betterMs = 50, jumpMs = 1000): number {
  if (prev === null || sample > prev + betterMs || sample < prev - jumpMs) return sample;
  return prev;
}

/**
 * Per-key coalescing: at most one run in flight per key plus one more afterwards (which
 * sees everything a burst changed). Replies then also arrive in order, so an older
 * results reply can never overwrite a newer one.
 */
export function coalesceByKey(run: (key: string) => Promise<void>): (key: string) => Promise<void> {
  const current = new Map<string, Promise<void>>();
  const again = new Set<string>();
  const start = (key: string): Promise<void> => {
    const p = run(key).finally(() => {
      if (again.delete(key)) current.set(key, start(key));
      else current.delete(key);
    });
    current.set(key, p);
    return p;
  };
  return (key) => {
    const running = current.get(key);
    if (!running) return start(key);
    again.add(key);
    return running.then(() => current.get(key) ?? undefined);
  };
}
