import type { Db } from './connection';
import { writeBackup } from './backup';
import { StartupError } from './connection';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

export interface MigrationReport {
  from: number;
  to: number;
  /** The copy taken before migrating an existing database, if one was. */
  backupPath: string | null;
}

export function newerDatabaseError(version: number, latest: number): StartupError {
  return new StartupError(
    `This data was saved by a newer version of Common Ground (data format ${version}; this version reads up to ${latest}). ` +
      'Install the latest Common Ground to open it. Nothing was changed.',
  );
}

/**
 * Bring the database up to the latest schema: every pending step and the
 * version bump in one transaction, after a backup copy of an existing file.
 */
export function migrate(db: Db, opts: { backupDir: string; migrations?: readonly Migration[]; now?: () => Date }): MigrationReport {
  const migrations = opts.migrations ?? MIGRATIONS;
  const latest = migrations.length;
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > latest) throw newerDatabaseError(from, latest);
  if (from === latest) return { from, to: from, backupPath: null };

  let backupPath: string | null = null;
  if (from > 0) backupPath = writeBackup(db, opts.backupDir, `before-v${latest}`, opts.now?.() ?? new Date());

  const pending = migrations.filter((m) => m.version > from);
  db.transaction(() => {
    for (const m of pending) {
      if (typeof m.up === 'string') db.exec(m.up);
      else m.up(db);
    }
    db.pragma(`user_version = ${latest}`);
  })();
  return { from, to: latest, backupPath };
}
