import type { Migration } from './types';

// Shipped. Never edit: add a new numbered migration instead.
export const migration0003: Migration = {
  version: 3,
  name: 'devices',
  up: `
    -- A phone that joined as a participant: its token (hashed) lets a reload
    -- or a dropped Wi-Fi resume as the same person, even after a restart.
    CREATE TABLE devices (
      token_hash TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
      created_at TEXT NOT NULL,
      last_seen_at TEXT NOT NULL
    );
    CREATE INDEX devices_by_participant ON devices(participant_id);
  `,
};
