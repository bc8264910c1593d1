import type { Migration } from './types';

// Shipped. Never edit: add a new numbered migration instead.
// A language per workshop (issue #19): what the projector, the phones, the report and the
// exports speak. Workshops saved before it were all in English.
export const migration0011: Migration = {
  version: 11,
  name: 'language',
  up: `ALTER TABLE workshops ADD COLUMN language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'de', 'fr', 'es'));`,
};
