import Database from 'better-sqlite3';
import { accessSync, constants, copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { checkBackup, fsyncPath, goodBackups, hasSqliteMagic, readHeader, type BackupFile } from './backup';
import type { Db } from './connection';
import { StartupError } from './connection';
import { newerDatabaseError } from './migrate';
import { LATEST_VERSION } from './migrations';

// The startup check: before the writing connection opens, look at the data
// file without changing it (no write, no -wal/-shm left behind) and refuse
// one that is read-only, damaged, empty where backups show there was data,
// or from a newer version, naming the backups that pass their check.

export const DB_FILE = 'common-ground.db';
export const BACKUP_DIR = 'backups';

export type DataProblem = 'readonly' | 'damaged' | 'empty' | 'newer';
export type GoodBackup = BackupFile & { version: number };

export class DataFileError extends StartupError {
  override name = 'DataFileError';
  constructor(
    readonly kind: DataProblem,
    message: string,
    readonly dbPath: string,
    /** Backups that pass their check, newest first. */
    readonly backups: GoodBackup[],
  ) {
    super(message);
  }
}

export interface DataDirState {
  dbPath: string;
  /** False for a new data folder: the database will be created. */
  exists: boolean;
  version: number;
}

const backupsOf = (dataDir: string) => goodBackups(join(dataDir, BACKUP_DIR));

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const size = (path: string) => (existsSync(path) ? statSync(path).size : -1);

export function readOnlyError(dataDir: string, dbPath: string, what = 'its data file'): DataFileError {
  return new DataFileError(
    'readonly',
    `Common Ground cannot write to ${what} (${dbPath}): it is read-only, so nothing could be saved. Nothing was changed. ` +
      'Make the file and its folder writable for your user (or copy the data folder somewhere you can write and start with --data-dir), then start again.',
    dbPath,
    backupsOf(dataDir),
  );
}

export function damagedError(dataDir: string, dbPath: string, detail: string): DataFileError {
  return new DataFileError(
    'damaged',
    `The data file ${dbPath} is damaged (${detail}). Common Ground did not write to it. Restore a backup to carry on; the damaged file is kept beside it.`,
    dbPath,
    backupsOf(dataDir),
  );
}

/** The first problem SQLite's quick_check names, or a reason the file cannot be read at all; null when it is fine. */
function quickCheck(dbPath: string): string | null {
  const extra = [`${dbPath}-wal`, `${dbPath}-shm`].filter((p) => !existsSync(p));
  const probe = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const rows = probe.pragma('quick_check') as { quick_check: string }[];
    const first = rows[0]?.quick_check ?? 'no answer';
    return first === 'ok' ? null : `SQLite found: ${first.slice(0, 200)}`;
  } finally {
    probe.close();
    // A read-only look at a WAL database makes an empty -wal and -shm: leave the folder as it was.
    for (const p of extra) if (size(p) <= 0 || p.endsWith('-shm')) rmSync(p, { force: true });
  }
}

const isDamageCode = (code: unknown) => typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');

/**
 * Look at the data folder before opening it for writing. Throws a
 * DataFileError naming the problem and the good backups; returns what it saw.
 */
export function inspectDataDir(dataDir: string, latest = LATEST_VERSION): DataDirState {
  const dbPath = join(dataDir, DB_FILE);
  if (!writable(dataDir)) throw readOnlyError(dataDir, dbPath, 'its data folder');
  if (!existsSync(dbPath)) return { dbPath, exists: false, version: 0 };
  if (statSync(dbPath).size === 0) {
    const backups = backupsOf(dataDir);
    if (backups.length === 0) return { dbPath, exists: false, version: 0 };
    throw new DataFileError(
      'empty',
      `The data file ${dbPath} is empty (0 bytes), but there are backups of earlier workshops. ` +
        'Common Ground did not start with an empty list, so nothing more is lost. Restore the newest backup to carry on.',
      dbPath,
      backups,
    );
  }
  const header = readHeader(dbPath);
  if (!hasSqliteMagic(header)) throw damagedError(dataDir, dbPath, 'it is not a database file');
  // user_version lives in the header (bytes 60–63, big-endian): no need to open the file.
  // Only when a -wal holds commits not yet copied back is the header possibly stale.
  let version = header.readUInt32BE(60);
  try {
    if (size(`${dbPath}-wal`) > 0) {
      const probe = new Database(dbPath, { readonly: true, fileMustExist: true });
      try {
        version = probe.pragma('user_version', { simple: true }) as number;
      } finally {
        probe.close();
      }
    }
    if (version > latest) throw newerDatabaseError(version, latest);
    for (const p of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) if (existsSync(p) && !writable(p)) throw readOnlyError(dataDir, dbPath);
    const problem = quickCheck(dbPath);
    if (problem) throw damagedError(dataDir, dbPath, problem);
  } catch (error) {
    if (isDamageCode((error as { code?: unknown }).code)) throw damagedError(dataDir, dbPath, `SQLite reports: ${(error as Error).message}`);
    throw error;
  }
  return { dbPath, exists: true, version };
}

/**
 * A real write on the open connection, rolled back: a file opened read-only
 * behind SQLite's back (permissions, a locked share) fails here, not at the
 * first vote.
 */
export function probeWrite(db: Db): void {
  db.exec('BEGIN IMMEDIATE');
  try {
    db.exec('CREATE TABLE main._common_ground_write_probe (x)');
  } finally {
    db.exec('ROLLBACK');
  }
}

/** Turn an error from opening the writing connection into a DataFileError when it is one. */
export function asDataFileError(dataDir: string, dbPath: string, error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return error;
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return readOnlyError(dataDir, dbPath);
  }
  if (isDamageCode(code)) return damagedError(dataDir, dbPath, `SQLite reports: ${(error as Error).message}`);
  return error;
}

export interface RestoreReport {
  restoredFrom: string;
  /** Where the files that were in the way now are (renamed, never deleted). */
  movedAside: string[];
}

/**
 * Put a checked backup in place of the data file. The file that was there
 * (and its -wal/-shm/-journal) is renamed with a timestamp, never deleted.
 * Call with the database closed; open the core afterwards as usual.
 */
export function restoreBackup(dataDir: string, backupPath: string, now = new Date()): RestoreReport {
  const source = resolve(backupPath);
  const check = checkBackup(source);
  if (!check.ok) throw new StartupError(`${basename(source)} cannot be restored: ${check.reason}. Nothing was changed.`);
  if (check.version > LATEST_VERSION) throw newerDatabaseError(check.version, LATEST_VERSION);
  const dbPath = join(dataDir, DB_FILE);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const incoming = `${dbPath}.restoring`;
  copyFileSync(source, incoming);
  fsyncPath(incoming);
  const copied = checkBackup(incoming);
  if (!copied.ok) {
    rmSync(incoming, { force: true });
    throw new StartupError(`Copying ${basename(source)} failed its check (${copied.reason}). Nothing was changed.`);
  }
  const movedAside: string[] = [];
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    if (!existsSync(dbPath + suffix)) continue;
    const aside = join(dataDir, `common-ground.damaged-${stamp}.db${suffix}`);
    renameSync(dbPath + suffix, aside);
    movedAside.push(aside);
  }
  renameSync(incoming, dbPath);
  fsyncPath(dataDir);
  return { restoredFrom: source, movedAside };
}

/** The newest backup that passes its check, or null. */
export function newestGoodBackup(dataDir: string): GoodBackup | null {
  return backupsOf(dataDir)[0] ?? null;
}
