import type { Db } from './connection';

// Pragmas the services need, so they never touch the connection's settings themselves.

/** The schema version of the open database (its user_version). */
export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Run fn with secure_delete on, then put it back as it was. SQLite leaves a replaced value's
 * bytes in the file's free space; with secure_delete on, what fn frees is overwritten with zeros.
 */
export function withSecureDelete<T>(db: Db, fn: () => T): T {
  const was = db.pragma('secure_delete', { simple: true }) as number;
  db.pragma('secure_delete = ON');
  try {
    return fn();
  } finally {
    db.pragma(`secure_delete = ${was === 1 ? 'ON' : 'OFF'}`);
  }
}
