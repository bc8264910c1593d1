import type { Migration } from './types';

// Shipped. Never edit: add a new numbered migration instead.
// Answers are versioned (issue #17): each answer is stored with the version of its engine's
// answer shape (activities/answer-versions.ts). Answers saved before are at version 0.
export const migration0010: Migration = {
  version: 10,
  name: 'value-version',
  up: `ALTER TABLE responses ADD COLUMN value_version INTEGER NOT NULL DEFAULT 0 CHECK (value_version >= 0);`,
};
