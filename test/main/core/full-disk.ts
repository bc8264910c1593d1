import type { Core } from '../../../src/main/core';

/**
 * A real full disk, as SQLite sees it: cap the file at its current size
 * (PRAGMA max_page_count on the core's own connection), then fill every
 * free page and the pages a new answer from this person would go to, with
 * answers of their own next to it, until not even a one-character one fits.
 * Returns a function that frees space again.
 */
export function fillDisk(core: Core, activityId: string, participantId: string): () => void {
  const quiet = console.error;
  console.error = () => undefined; // each refused filler is logged by the core
  try {
    core.transact('test:cap', (ctx) => ctx.db.pragma(`max_page_count = ${ctx.db.pragma('page_count', { simple: true }) as number}`));
    let n = 0;
    for (let size = 8000; size >= 1; size = Math.floor(size / 2)) {
      for (;;) {
        const r = core.transact('test:fill', (ctx) =>
          ctx.db
            .prepare("INSERT INTO responses (activity_id, participant_id, item_key, value, created_at, updated_at) VALUES (?, ?, ?, ?, 'x', 'x')")
            .run(activityId, participantId, `zz-filler-${String(n++).padStart(6, '0')}`, JSON.stringify('x'.repeat(size))),
        );
        if (!r.ok) break;
      }
    }
  } finally {
    console.error = quiet;
  }
  return () => void core.transact('test:free', (ctx) => ctx.db.pragma('max_page_count = 1073741823'));
}
