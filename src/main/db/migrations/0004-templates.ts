import type { Migration } from './types';

// Shipped. Never edit: add a new numbered migration instead.
export const migration0004: Migration = {
  version: 4,
  name: 'templates',
  up: `
    -- A facilitator's own workshop templates (the built-in ones live in code).
    -- body is the template as JSON: name, description, goal and the agenda with
    -- each activity's settings; never responses, never a roster.
    CREATE TABLE templates (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      body TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
  `,
};
