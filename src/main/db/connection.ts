import Database from 'better-sqlite3';

export type Db = Database.Database;

/** The pragmas every connection must run with; read back after setting. */
export const REQUIRED_PRAGMAS = { journal_mode: 'wal', synchronous: 2, foreign_keys: 1 } as const;

export class StartupError extends Error {
  override name = 'StartupError';
}

/**
 * Open the one connection that owns writes. WAL for concurrent readers,
 * synchronous=FULL so a power cut cannot lose a committed vote (better-sqlite3
 * would default WAL databases to NORMAL), foreign keys on. Refuses to go on
 * if SQLite did not take any of them.
 */
export function openDatabase(path: string): Db {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const actual = readPragmas(db);
    for (const [name, expected] of Object.entries(REQUIRED_PRAGMAS)) {
      const got = actual[name as keyof typeof REQUIRED_PRAGMAS];
      if (String(got).toLowerCase() !== String(expected)) {
        throw new StartupError(`SQLite refused ${name}=${expected} (it reports ${got}); Common Ground will not run without it.`);
      }
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function readPragmas(db: Db) {
  return {
    journal_mode: db.pragma('journal_mode', { simple: true }) as string,
    synchronous: db.pragma('synchronous', { simple: true }) as number,
    foreign_keys: db.pragma('foreign_keys', { simple: true }) as number,
  };
}
