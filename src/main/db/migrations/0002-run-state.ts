import type { Migration } from './types';

// Shipped. Never edit: add a new numbered migration instead.
export const migration0002: Migration = {
  version: 2,
  name: 'run-state',
  up: `
    CREATE TABLE runs (
      workshop_id TEXT PRIMARY KEY REFERENCES workshops(id) ON DELETE CASCADE,
      status TEXT NOT NULL CHECK (status IN ('running', 'ended')),
      current_activity_id TEXT REFERENCES activities(id) ON DELETE SET NULL,
      started_at TEXT NOT NULL,
      ended_at TEXT,
      entered_at TEXT
    );

    CREATE TABLE activity_runs (
      activity_id TEXT PRIMARY KEY REFERENCES activities(id) ON DELETE CASCADE,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
      revealed INTEGER NOT NULL DEFAULT 0 CHECK (revealed IN (0, 1)),
      first_entered_at TEXT,
      spent_ms INTEGER NOT NULL DEFAULT 0,
      timer_duration_ms INTEGER NOT NULL,
      timer_elapsed_ms INTEGER NOT NULL DEFAULT 0,
      timer_running_since TEXT,
      board TEXT NOT NULL DEFAULT 'null' CHECK (json_valid(board))
    );
    CREATE INDEX activity_runs_by_workshop ON activity_runs(workshop_id);
    CREATE INDEX responses_by_activity ON responses(activity_id, participant_id);
  `,
};
