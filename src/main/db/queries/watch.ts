import type { Db } from '../connection';

// Cheap reads the core repeats often (backup schedule, results cache): each
// statement is prepared once and the returned function only runs it.

/**
 * How many rows this connection has inserted, updated or deleted since it opened (SQLite's
 * total_changes(), triggers included): any write at all moves it.
 */
export function changeCounter(db: Db): () => number {
  const changes = db.prepare('SELECT total_changes()').pluck();
  return () => changes.get() as number;
}

/** Whether any workshop is running right now. */
export function runningWorkshopProbe(db: Db): () => boolean {
  const running = db.prepare("SELECT 1 FROM runs WHERE status = 'running' LIMIT 1").pluck();
  return () => running.get() !== undefined;
}
