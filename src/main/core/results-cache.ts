import type { Db } from '../db/connection';
import type { Result } from '../../shared/api/result';
import { changeCounter } from '../db/queries/watch';

/**
 * Results of an activity, kept until the database changes. The console and the presenter each
 * ask for the results after every push; with a room voting, that was the same tally computed
 * twice per change. SQLite's total_changes() counts every row this connection inserted, updated
 * or deleted (triggers included), so any write at all, to answers, people, settings or the
 * activity, makes the next read compute afresh. A rolled-back write also counts: a needless
 * recompute, never a stale answer.
 */
export function createResultsCache(db: Db, limit = 64) {
  const changes = changeCounter(db);
  const kept = new Map<string, { at: number; result: Result<unknown> }>();
  return {
    read(activityId: unknown, compute: () => Result<unknown>): Result<unknown> {
      if (typeof activityId !== 'string') return compute();
      const at = changes();
      const hit = kept.get(activityId);
      if (hit && hit.at === at) return hit.result;
      const result = compute();
      kept.delete(activityId);
      if (result.ok) {
        kept.set(activityId, { at, result });
        if (kept.size > limit) kept.delete(kept.keys().next().value!);
      }
      return result;
    },
  };
}
