import type { Migration } from './types';

// Shipped. Never edit: add a new numbered migration instead.
// Boards are versioned (issue #17): each activity's board is stored with the version of its
// engine's board shape (activities/board-versions.ts). Boards saved before are at version 0.
export const migration0008: Migration = {
  version: 8,
  name: 'board-version',
  up: `ALTER TABLE activity_runs ADD COLUMN board_version INTEGER NOT NULL DEFAULT 0 CHECK (board_version >= 0);`,
};
