import type { Migration } from './types';

// Shipped. Never edit: add a new numbered migration instead.
// Series (issue #18): workshops can belong to a series ("ACME alignment 2027"). Existing workshops
// are left as they are, in no series (series_id NULL). A title names one series only (case aside),
// so an imported workshop file finds its series again by title on another machine. Deleting a series
// leaves any workshop still pointing at it (only trashed ones can be: the service refuses otherwise)
// standalone.
export const migration0009: Migration = {
  version: 9,
  name: 'series',
  up: `
    CREATE TABLE series (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE UNIQUE INDEX series_by_title ON series(title COLLATE NOCASE);

    ALTER TABLE workshops ADD COLUMN series_id TEXT REFERENCES series(id) ON DELETE SET NULL;
    CREATE INDEX workshops_by_series ON workshops(series_id, date) WHERE series_id IS NOT NULL;
  `,
};
