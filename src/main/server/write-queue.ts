import type { Result } from '../../shared/api/result';
import type { Core } from '../core/types';
import type { HandlerContext } from '../services/context';
import type { Locale } from '../../shared/locale';

/**
 * Group commit for phone writes: everything that arrives in the same turn of
 * the event loop is committed in one transaction (one fsync with
 * synchronous=FULL), then every write is acknowledged. Order is kept.
 */
export function createWriteQueue(core: Core, label: string) {
  let pending: { fn: (ctx: HandlerContext) => unknown; locale: Locale | undefined; resolve: (r: Result<unknown>) => void }[] = [];
  let scheduled = false;

  function flush() {
    scheduled = false;
    const batch = pending;
    pending = [];
    const results = core.transactBatch(
      label,
      batch.map((b) => b.fn),
      batch.map((b) => b.locale),
    );
    batch.forEach((b, i) => b.resolve(results[i]!));
  }

  return {
    /** Commit `fn` with the next batch; its refusals said in `locale` (default English). */
    write<T>(fn: (ctx: HandlerContext) => T, locale?: Locale): Promise<Result<T>> {
      return new Promise((resolve) => {
        pending.push({ fn, locale, resolve: resolve as (r: Result<unknown>) => void });
        if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
    },
  };
}
export type WriteQueue = ReturnType<typeof createWriteQueue>;
