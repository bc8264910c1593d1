import type { ActivityRunState } from '../../../shared/run';
import type { Db } from '../connection';

export interface RunRow {
  workshop_id: string;
  status: 'running' | 'ended';
  current_activity_id: string | null;
  started_at: string;
  ended_at: string | null;
  entered_at: string | null;
}

interface ActivityRunRow {
  activity_id: string;
  workshop_id: string;
  locked: number;
  revealed: number;
  first_entered_at: string | null;
  spent_ms: number;
  timer_duration_ms: number;
  timer_elapsed_ms: number;
  timer_running_since: string | null;
  board: string;
  board_version: number;
}

const toActivityRun = (r: ActivityRunRow): ActivityRunState => ({
  activityId: r.activity_id,
  locked: r.locked === 1,
  revealed: r.revealed === 1,
  firstEnteredAt: r.first_entered_at,
  spentMs: r.spent_ms,
  timer: { durationMs: r.timer_duration_ms, elapsedMs: r.timer_elapsed_ms, runningSince: r.timer_running_since },
  board: JSON.parse(r.board) as unknown,
  boardVersion: r.board_version,
});

export function getRun(db: Db, workshopId: string): RunRow | undefined {
  return db.prepare('SELECT * FROM runs WHERE workshop_id = ?').get(workshopId) as RunRow | undefined;
}

export function upsertRun(db: Db, run: RunRow): void {
  db.prepare(
    `INSERT INTO runs (workshop_id, status, current_activity_id, started_at, ended_at, entered_at)
     VALUES (@workshop_id, @status, @current_activity_id, @started_at, @ended_at, @entered_at)
     ON CONFLICT (workshop_id) DO UPDATE SET status = excluded.status, current_activity_id = excluded.current_activity_id,
       started_at = excluded.started_at, ended_at = excluded.ended_at, entered_at = excluded.entered_at`,
  ).run(run);
}

export function listActivityRuns(db: Db, workshopId: string): ActivityRunState[] {
  return (db.prepare('SELECT * FROM activity_runs WHERE workshop_id = ?').all(workshopId) as ActivityRunRow[]).map(toActivityRun);
}

export function getActivityRun(db: Db, activityId: string): ActivityRunState | undefined {
  const row = db.prepare('SELECT * FROM activity_runs WHERE activity_id = ?').get(activityId) as ActivityRunRow | undefined;
  return row && toActivityRun(row);
}

export function saveActivityRun(db: Db, workshopId: string, s: ActivityRunState): void {
  db.prepare(
    `INSERT INTO activity_runs (activity_id, workshop_id, locked, revealed, first_entered_at, spent_ms,
       timer_duration_ms, timer_elapsed_ms, timer_running_since, board, board_version)
     VALUES (@activityId, @workshopId, @locked, @revealed, @firstEnteredAt, @spentMs, @durationMs, @elapsedMs, @runningSince, @board, @boardVersion)
     ON CONFLICT (activity_id) DO UPDATE SET locked = excluded.locked, revealed = excluded.revealed,
       first_entered_at = excluded.first_entered_at, spent_ms = excluded.spent_ms,
       timer_duration_ms = excluded.timer_duration_ms, timer_elapsed_ms = excluded.timer_elapsed_ms,
       timer_running_since = excluded.timer_running_since, board = excluded.board,
       board_version = excluded.board_version`,
  ).run({
    activityId: s.activityId,
    workshopId,
    locked: s.locked ? 1 : 0,
    revealed: s.revealed ? 1 : 0,
    firstEnteredAt: s.firstEnteredAt,
    spentMs: s.spentMs,
    durationMs: s.timer.durationMs,
    elapsedMs: s.timer.elapsedMs,
    runningSince: s.timer.runningSince,
    board: JSON.stringify(s.board ?? null),
    // Without a version: a board saved as before versions (0).
    boardVersion: s.boardVersion ?? 0,
  });
}
