import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './connection';
import { StartupError } from './connection';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

export interface MigrationReport {
  from: number;
  to: number;
  /** The copy taken before migrating an existing database, if one was. */
  backupPath: string | null;
}

const KEEP_BACKUPS = 10;

/**
 * Look at a database file's schema version without changing a byte of it.
 * Opening it for writing would already switch its journal mode, so refuse a
 * newer database here, read-only, before anything else touches it.
 */
export function checkVersionReadOnly(path: string, latest = LATEST_VERSION): number {
  if (!existsSync(path)) return 0;
  const probe = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const version = probe.pragma('user_version', { simple: true }) as number;
    if (version > latest) throw newerDatabaseError(version, latest);
    return version;
  } finally {
    probe.close();
  }
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
export function migrate(
  db: Db,
  opts: { backupDir: string; migrations?: readonly Migration[]; now?: () => Date },
): MigrationReport {
  const migrations = opts.migrations ?? MIGRATIONS;
  const latest = migrations.length;
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > latest) throw newerDatabaseError(from, latest);
  if (from === latest) return { from, to: from, backupPath: null };

  let backupPath: string | null = null;
  if (from > 0) backupPath = backup(db, opts.backupDir, `before-v${latest}`, opts.now?.() ?? new Date());

  const pending = migrations.filter((m) => m.version > from);
  db.transaction(() => {
    for (const m of pending) db.exec(m.up);
    db.pragma(`user_version = ${latest}`);
  })();
  return { from, to: latest, backupPath };
}

/**
 * A consistent copy through SQLite itself (VACUUM INTO): copying the file of
 * a live WAL database could silently lose committed rows.
 */
export function backup(db: Db, dir: string, label: string, now = new Date()): string {
  mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const path = join(dir, `common-ground-${stamp}-${label}.db`);
  db.prepare('VACUUM INTO ?').run(path);
  prune(dir);
  return path;
}

function prune(dir: string) {
  const files = readdirSync(dir)
    .filter((f) => f.startsWith('common-ground-') && f.endsWith('.db'))
    .sort();
  for (const f of files.slice(0, Math.max(0, files.length - KEEP_BACKUPS))) rmSync(join(dir, f), { force: true });
}
