import type { Migration } from './types';

// Shipped. Never edit: add a new numbered migration instead.
export const migration0005: Migration = {
  version: 5,
  name: 'privacy',
  up: `
    -- "Names in the report and exports": off (0) by default, on purpose only.
    ALTER TABLE workshops ADD COLUMN names_in_exports INTEGER NOT NULL DEFAULT 0;
    -- When the workshop's names were replaced by "Sales 1", "Marketing 2", ... (NULL = not anonymised).
    ALTER TABLE workshops ADD COLUMN anonymised_at TEXT;
    -- The activity's own naming override; NULL follows the workshop setting.
    ALTER TABLE activities ADD COLUMN naming TEXT CHECK (naming IN ('anonymous', 'team', 'named'));
    -- The in-room answering page: a person's own PIN (hashed) and when they handed over.
    ALTER TABLE participants ADD COLUMN room_pin_hash TEXT;
    ALTER TABLE participants ADD COLUMN handed_over_at TEXT;
    -- Facilitator overrides and privacy setting changes, shown in the console.
    CREATE TABLE privacy_log (
      id INTEGER PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      at TEXT NOT NULL,
      action TEXT NOT NULL,
      detail TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX privacy_log_by_workshop ON privacy_log(workshop_id);
  `,
};
