import Database from 'better-sqlite3';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './connection';

// Backups of the data file, written so that a file named like a whole backup
// always is one: VACUUM INTO a temporary name, check it with SQLite's own
// quick_check, sync it, and only then rename it. Pruning removes what a kill
// or a crash left behind (partial files, their journals) and keeps a bounded
// number of whole backups.

export const BACKUP_PREFIX = 'common-ground-';
const WHOLE = /^common-ground-.+\.db$/;
const PARTIAL_SUFFIX = '.partial';
/** Backups taken by the schedule or at "End workshop": kept separately from migration ones. */
export const AUTOMATIC_LABELS = ['auto', 'workshop-end'] as const;
export const KEEP = { automatic: 10, other: 10 };

export interface BackupFile {
  path: string;
  name: string;
  /** Milliseconds since the epoch, from the file's modification time. */
  mtimeMs: number;
}

export type BackupCheck = { ok: true; version: number } | { ok: false; reason: string };

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** The first 100 bytes of a file (SQLite's header), or fewer if the file is shorter. */
export function readHeader(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(100);
    const n = readSync(fd, header, 0, 100, 0);
    return header.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

export function hasSqliteMagic(header: Buffer): boolean {
  return header.length >= 100 && header.subarray(0, 16).equals(SQLITE_MAGIC);
}

/**
 * Is this file a whole, readable Common Ground database? Opens it read-only
 * (a backup is in rollback-journal mode, so no -wal/-shm appear) and runs
 * SQLite's quick_check. Never throws.
 */
export function checkBackup(path: string): BackupCheck {
  try {
    if (!hasSqliteMagic(readHeader(path))) return { ok: false, reason: 'not an SQLite database (or empty)' };
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      const check = db.pragma('quick_check', { simple: true }) as string;
      if (check !== 'ok') return { ok: false, reason: `quick_check: ${check}` };
      const version = db.pragma('user_version', { simple: true }) as number;
      if (!Number.isInteger(version) || version < 1) return { ok: false, reason: 'no Common Ground data in it' };
      return { ok: true, version };
    } finally {
      db.close();
    }
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Flush a file, or a folder's entries after a rename, to the disk. */
export function fsyncPath(path: string) {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } catch {
    /* some systems cannot sync a folder; the rename is still atomic */
  } finally {
    closeSync(fd);
  }
}

export function backupName(label: string, now: Date): string {
  return `${BACKUP_PREFIX}${now.toISOString().replace(/[:.]/g, '-')}-${label}.db`;
}

/**
 * A consistent copy through SQLite itself (VACUUM INTO): copying the file of
 * a live WAL database could silently lose committed rows. Written under a
 * temporary name and renamed only after it passes its check.
 */
export function writeBackup(db: Db, dir: string, label: string, now = new Date()): string {
  if (!/^[a-z0-9-]+$/.test(label)) throw new Error(`Backup label "${label}" may only use a-z, 0-9 and -.`);
  mkdirSync(dir, { recursive: true });
  let path = join(dir, backupName(label, now));
  for (let n = 2; existsSync(path); n++) path = join(dir, backupName(`${label}-${n}`, now));
  const partial = path + PARTIAL_SUFFIX;
  rmSync(partial, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    const check = checkBackup(partial);
    if (!check.ok) throw new Error(`The backup did not pass its check (${check.reason}).`);
    fsyncPath(partial);
    renameSync(partial, path);
    fsyncPath(dir);
  } catch (error) {
    rmSync(partial, { force: true });
    rmSync(`${partial}-journal`, { force: true });
    throw error;
  }
  prune(dir);
  return path;
}

const isAutomatic = (name: string) => AUTOMATIC_LABELS.some((label) => new RegExp(`-${label}(-\\d+)?\\.db$`).test(name));

/** Files named like whole backups, newest first (names carry the time, so they sort). */
export function listBackups(dir: string): BackupFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => WHOLE.test(name))
    .sort()
    .reverse()
    .flatMap((name) => {
      try {
        const path = join(dir, name);
        const stat = statSync(path);
        return stat.isFile() ? [{ path, name, mtimeMs: stat.mtimeMs }] : [];
      } catch {
        return [];
      }
    });
}

/** Backups that pass their check, newest first: the ones worth offering. */
export function goodBackups(dir: string): (BackupFile & { version: number })[] {
  return listBackups(dir).flatMap((b) => {
    const check = checkBackup(b.path);
    return check.ok ? [{ ...b, version: check.version }] : [];
  });
}

/**
 * Remove leftovers (partial files and journals a kill left behind; -wal/-shm
 * beside backups) and keep the newest whole backups: `keep.automatic` taken
 * by the schedule, `keep.other` taken before upgrades.
 */
export function prune(dir: string, keep = KEEP): { removed: string[] } {
  if (!existsSync(dir)) return { removed: [] };
  const removed: string[] = [];
  const remove = (name: string) => {
    rmSync(join(dir, name), { force: true });
    removed.push(name);
  };
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(BACKUP_PREFIX)) continue;
    if (name.endsWith(PARTIAL_SUFFIX) || /(-journal|-wal|-shm)$/.test(name)) remove(name);
  }
  const whole = listBackups(dir).map((b) => b.name);
  const automatic = whole.filter(isAutomatic);
  const other = whole.filter((name) => !isAutomatic(name));
  for (const name of [...automatic.slice(keep.automatic), ...other.slice(keep.other)]) remove(name);
  return { removed };
}
