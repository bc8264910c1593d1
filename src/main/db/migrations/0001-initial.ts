import type { Migration } from './types';

// Shipped. Never edit: add a new numbered migration instead.
export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up: `
    CREATE TABLE workshops (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      goal TEXT NOT NULL DEFAULT '',
      date TEXT,
      start_time TEXT,
      planned_end TEXT,
      location TEXT NOT NULL DEFAULT '',
      facilitator TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'ready', 'running', 'finished')),
      anonymity_threshold INTEGER NOT NULL DEFAULT 3 CHECK (anonymity_threshold BETWEEN 1 AND 20),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    );

    CREATE TABLE participants (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      team TEXT NOT NULL CHECK (team IN ('sales', 'marketing', 'other')),
      role TEXT NOT NULL DEFAULT '',
      position INTEGER NOT NULL,
      created_at TEXT NOT NULL
    );
    CREATE INDEX participants_by_workshop ON participants(workshop_id, position);

    CREATE TABLE activities (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      kind TEXT NOT NULL,
      title TEXT NOT NULL,
      minutes INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 480),
      config TEXT NOT NULL CHECK (json_valid(config)),
      config_version INTEGER NOT NULL,
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX activities_by_workshop ON activities(workshop_id, position);

    CREATE TABLE responses (
      id INTEGER PRIMARY KEY,
      activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
      participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
      item_key TEXT NOT NULL,
      value TEXT NOT NULL CHECK (json_valid(value)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (activity_id, participant_id, item_key)
    );
    CREATE INDEX responses_by_participant ON responses(participant_id);

    CREATE TABLE action_items (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      text TEXT NOT NULL,
      owner TEXT NOT NULL DEFAULT '',
      due_date TEXT,
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
      position INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX action_items_by_workshop ON action_items(workshop_id, position);
  `,
};
