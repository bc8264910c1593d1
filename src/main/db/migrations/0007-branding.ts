import type { Migration } from './types';

// Shipped. Never edit: add a new numbered migration instead.
// Branding (issue #16): a client name, an accent colour and a logo per workshop,
// and the default new workshops start with. A logo file is stored once, under
// its SHA-256, however many workshops use it (the default is usually copied into
// every new workshop); the triggers drop a file nobody uses any more. The
// workshop list never reads the files: workshops hold only the hash.
export const migration0007: Migration = {
  version: 7,
  name: 'branding',
  up: `
    CREATE TABLE logos (
      hash TEXT PRIMARY KEY CHECK (length(hash) = 64),
      mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/svg+xml')),
      width REAL NOT NULL CHECK (width > 0),
      height REAL NOT NULL CHECK (height > 0),
      bytes INTEGER NOT NULL CHECK (bytes BETWEEN 1 AND 524288),
      data BLOB NOT NULL CHECK (length(data) = bytes)
    );

    ALTER TABLE workshops ADD COLUMN client_name TEXT NOT NULL DEFAULT '' CHECK (length(client_name) <= 120);
    ALTER TABLE workshops ADD COLUMN accent TEXT CHECK (accent IS NULL OR accent GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]');
    ALTER TABLE workshops ADD COLUMN logo_hash TEXT REFERENCES logos(hash);
    CREATE INDEX workshops_by_logo ON workshops(logo_hash) WHERE logo_hash IS NOT NULL;

    -- One row at most: what "Use as default for new workshops" saved.
    CREATE TABLE brand_default (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      client_name TEXT NOT NULL DEFAULT '' CHECK (length(client_name) <= 120),
      accent TEXT CHECK (accent IS NULL OR accent GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
      logo_hash TEXT REFERENCES logos(hash),
      saved_at TEXT NOT NULL
    );

    CREATE TRIGGER logos_release_workshop_update AFTER UPDATE OF logo_hash ON workshops
    WHEN OLD.logo_hash IS NOT NULL AND OLD.logo_hash IS NOT NEW.logo_hash
    BEGIN
      DELETE FROM logos WHERE hash = OLD.logo_hash
        AND NOT EXISTS (SELECT 1 FROM workshops WHERE logo_hash = OLD.logo_hash)
        AND NOT EXISTS (SELECT 1 FROM brand_default WHERE logo_hash = OLD.logo_hash);
    END;
    CREATE TRIGGER logos_release_workshop_delete AFTER DELETE ON workshops
    WHEN OLD.logo_hash IS NOT NULL
    BEGIN
      DELETE FROM logos WHERE hash = OLD.logo_hash
        AND NOT EXISTS (SELECT 1 FROM workshops WHERE logo_hash = OLD.logo_hash)
        AND NOT EXISTS (SELECT 1 FROM brand_default WHERE logo_hash = OLD.logo_hash);
    END;
    CREATE TRIGGER logos_release_default_update AFTER UPDATE OF logo_hash ON brand_default
    WHEN OLD.logo_hash IS NOT NULL AND OLD.logo_hash IS NOT NEW.logo_hash
    BEGIN
      DELETE FROM logos WHERE hash = OLD.logo_hash
        AND NOT EXISTS (SELECT 1 FROM workshops WHERE logo_hash = OLD.logo_hash);
    END;
    CREATE TRIGGER logos_release_default_delete AFTER DELETE ON brand_default
    WHEN OLD.logo_hash IS NOT NULL
    BEGIN
      DELETE FROM logos WHERE hash = OLD.logo_hash
        AND NOT EXISTS (SELECT 1 FROM workshops WHERE logo_hash = OLD.logo_hash);
    END;
  `,
};
