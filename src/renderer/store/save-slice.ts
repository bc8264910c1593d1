import { connectionFailed } from './helpers';
import { msg } from '@lingui/core/macro';
import type { OpInput, OpOutput } from '../../shared/api/contract';
import type { OpName } from '../../shared/api/names';
import type { Result } from '../../shared/api/result';
import type { Slice, StoreDeps } from './types';

/**
 * Every write goes through one FIFO queue, one call at a time, so the
 * database sees changes in the order the facilitator made them.
 *
 * - UNAVAILABLE (transport down) keeps the call at the head of the queue and
 *   retries it with backoff until it goes through. It is never dropped
 *   silently: after STALL_AFTER failed attempts the queue says it is stalled,
 *   and the facilitator can retry now or cancel that one change (its caller
 *   then gets an error and goes back to what the server has).
 * - Any other error resolves the caller's promise with the error; the caller
 *   reverts to the server state and says why.
 * - A waiting call with the same key as a new one is merged into it (typing
 *   in a field sends one update, not twenty).
 */
export interface Mutation<K extends OpName> {
  op: K;
  input: OpInput<K>;
  key?: string;
  merge?: (queued: OpInput<K>, next: OpInput<K>) => OpInput<K>;
}

export interface SaveState {
  /** Calls waiting or in flight. */
  pending: number;
  /** True while the head call is failing with UNAVAILABLE and being retried. */
  retrying: boolean;
  /** Failed attempts of the current head call. */
  attempts: number;
  /** The last transport message, for the tooltip of the indicator. */
  lastError: string | null;
  /** How many writes were ever queued; reads use it to detect staleness. */
  writes: number;
  /** True once the head call has failed STALL_AFTER times in a row: the facilitator is asked to retry or cancel. */
  stalled: boolean;
}

/** Failed attempts after which the facilitator is told (and offered Retry and Cancel), not just the indicator. */
export const STALL_AFTER = 3;

export interface SaveSlice {
  save: SaveState;
  enqueue<K extends OpName>(m: Mutation<K>): Promise<Result<OpOutput<K>>>;
  /** Whether a call with this key (or any call, without a key) is waiting or in flight. */
  hasPending(key?: string): boolean;
  /** Resolves when the queue is empty. */
  whenIdle(): Promise<void>;
  /** Try the failing call again now instead of waiting for the next automatic attempt. */
  retrySaveNow(): void;
  /** Give up the failing call (only while it is failing): its caller gets an error; later calls go on. */
  cancelFailedSave(): void;
}

interface Entry {
  op: OpName;
  input: unknown;
  key: string | undefined;
  merge: ((a: never, b: never) => unknown) | undefined;
  inFlight: boolean;
  resolvers: ((r: Result<unknown>) => void)[];
}

/** A wait that retrySaveNow and cancelFailedSave can cut short. */
function wakeableSleep(ms: number): { done: Promise<void>; wake(): void } {
  let wake = () => {};
  const done = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    wake = () => {
      clearTimeout(timer);
      resolve();
    };
  });
  return { done, wake };
}

const CANCELLED = msg`Not saved: you cancelled this change while Common Ground could not be reached.`;

export function createSaveSlice(deps: StoreDeps): Slice<SaveSlice> {
  const queue: Entry[] = [];
  let running = false;
  let idleWaiters: (() => void)[] = [];
  let waiting: { wake(): void } | null = null;
  let cancelRequested = false;

  return (set, get) => {
    const publish = (patch: Partial<SaveState>) => set((s) => ({ save: { ...s.save, ...patch, pending: queue.length } }));
    const countWrite = () => set((s) => ({ save: { ...s.save, writes: s.save.writes + 1 } }));

    async function pump() {
      if (running) return;
      running = true;
      let attempts = 0;
      while (queue.length > 0) {
        const entry = queue[0]!;
        entry.inFlight = true;
        let result: Result<unknown>;
        try {
          result = (await deps.api.invoke(entry.op, entry.input as never)) as Result<unknown>;
        } catch {
          result = { ok: false, error: connectionFailed(deps.i18n()) };
        }
        if (!result.ok && result.error.code === 'UNAVAILABLE' && !cancelRequested) {
          attempts += 1;
          publish({ retrying: true, attempts, lastError: result.error.message, stalled: attempts >= STALL_AFTER });
          const pause = wakeableSleep(Math.min(deps.retryMaxMs, deps.retryBaseMs * 2 ** (attempts - 1)));
          waiting = pause;
          await pause.done;
          waiting = null;
          if (!cancelRequested) continue;
        }
        if (!result.ok && result.error.code === 'UNAVAILABLE' && cancelRequested) {
          result = { ok: false, error: { code: 'UNAVAILABLE', message: deps.i18n()._(CANCELLED) } };
        }
        cancelRequested = false;
        attempts = 0;
        queue.shift();
        publish({ retrying: false, attempts: 0, lastError: null, stalled: false });
        for (const resolve of entry.resolvers) resolve(result);
      }
      running = false;
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const w of waiters) w();
    }

    return {
      save: { pending: 0, retrying: false, attempts: 0, lastError: null, writes: 0, stalled: false },

      enqueue(m) {
        countWrite();
        return new Promise((resolve) => {
          const resolver = resolve as (r: Result<unknown>) => void;
          if (m.key !== undefined && m.merge) {
            // Merge into the newest waiting call with the same key, if it is not in flight.
            for (let i = queue.length - 1; i >= 0; i--) {
              const e = queue[i]!;
              if (e.key === m.key && !e.inFlight && e.merge) {
                e.input = (e.merge as (a: unknown, b: unknown) => unknown)(e.input, m.input);
                e.resolvers.push(resolver);
                return;
              }
            }
          }
          queue.push({
            op: m.op,
            input: m.input,
            key: m.key,
            merge: m.merge as Entry['merge'],
            inFlight: false,
            resolvers: [resolver],
          });
          publish({});
          void pump();
        });
      },

      hasPending(key) {
        if (key === undefined) return queue.length > 0;
        return queue.some((e) => e.key === key);
      },

      retrySaveNow() {
        waiting?.wake();
      },

      cancelFailedSave() {
        if (!get().save.retrying) return;
        cancelRequested = true;
        waiting?.wake();
      },

      whenIdle() {
        if (queue.length === 0) return Promise.resolve();
        return new Promise((resolve) => idleWaiters.push(resolve));
      },
    };
  };
}
