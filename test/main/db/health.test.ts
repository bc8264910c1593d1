import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE, openCore } from '../../../src/main/core';
import { LATEST_VERSION } from '../../../src/main/db/migrations';
import { DataFileError, restoreBackup } from '../../../src/main/db/health';
import { call, manualClock, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { makeReadOnly } from './read-only';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const open = (dir: string) => openCore({ dataDir: dir, mode: 'browser', version: 'test' });

function refusal(dir: string): DataFileError {
  try {
    open(dir).close();
  } catch (error) {
    if (error instanceof DataFileError) return error;
    throw error;
  }
  throw new Error('openCore started on a data folder it should have refused');
}

/** A data folder with two workshops and two backups (the newer one has both). */
function withBackups() {
  const dir = tempDir();
  const clock = manualClock();
  const core = testCore(dir, clock.now);
  call(core, 'workshop:create', { title: 'First' });
  const older = core.backup('auto');
  clock.advance(60_000);
  call(core, 'workshop:create', { title: 'Second' });
  const newer = core.backup('workshop-end');
  core.close();
  return { dir, dbPath: join(dir, DB_FILE), older, newer };
}

/** Overwrite one page in the middle of the file with garbage: SQLite's quick_check fails. */
function damagePage(dbPath: string) {
  const db = new Database(dbPath, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const rootpage = (db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'workshops'").get() as { rootpage: number }).rootpage;
  db.close();
  // A read-only look at a WAL database leaves an empty -wal and -shm; this helper is not under test.
  for (const extra of ['-wal', '-shm']) rmSync(dbPath + extra, { force: true });
  const bytes = readFileSync(dbPath);
  bytes.fill(0xa5, (rootpage - 1) * pageSize, rootpage * pageSize);
  writeFileSync(dbPath, bytes);
}

describe('startup check', () => {
  it('refuses a newer WAL database without leaving -wal or -shm beside it', () => {
    const dir = tempDir();
    const path = join(dir, DB_FILE);
    const raw = new Database(path);
    raw.pragma('journal_mode = WAL');
    raw.exec("CREATE TABLE future (x); INSERT INTO future VALUES ('from the future')");
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.close();
    const before = sha(path);
    expect(() => open(dir)).toThrow(/newer version of Common Ground/);
    expect(readdirSync(dir)).toEqual([DB_FILE]);
    expect(sha(path)).toBe(before);
  });

  it('does not silently start a zero-byte file as new when backups show there was data, and offers them newest first', () => {
    const { dir, dbPath, older, newer } = withBackups();
    truncateSync(dbPath, 0);
    const error = refusal(dir);
    expect(error.kind).toBe('empty');
    expect(error.message).toMatch(/is empty \(0 bytes\)/);
    expect(error.backups.map((b) => b.path)).toEqual([newer, older]);
    expect(readFileSync(dbPath).length).toBe(0);
  });

  it('starts a zero-byte file with no backups as a new database', () => {
    const dir = tempDir();
    writeFileSync(join(dir, DB_FILE), '');
    const core = open(dir);
    expect(call(core, 'workshop:list', {})).toEqual([]);
    core.close();
  });

  it('refuses a read-only data file, changes nothing, and offers the backups', () => {
    const { dir, dbPath, newer } = withBackups();
    const before = sha(dbPath);
    makeReadOnly(dbPath);
    const error = refusal(dir);
    expect(error.kind).toBe('readonly');
    expect(error.message).toMatch(/read-only/);
    expect(error.backups[0]!.path).toBe(newer);
    expect(sha(dbPath)).toBe(before);
  });

  it('refuses a read-only data folder', () => {
    const { dir } = withBackups();
    makeReadOnly(dir);
    expect(refusal(dir).kind).toBe('readonly');
  });

  it('refuses a file that fails SQLite’s quick_check and never writes to it', () => {
    const { dir, dbPath, newer } = withBackups();
    damagePage(dbPath);
    const before = sha(dbPath);
    const error = refusal(dir);
    expect(error.kind).toBe('damaged');
    expect(error.message).toMatch(/is damaged \(SQLite (reports|found): /);
    expect(error.backups.map((b) => b.path)[0]).toBe(newer);
    expect(sha(dbPath)).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['backups', DB_FILE]);
  });

  it('refuses a file that is not a database at all', () => {
    const { dir, dbPath } = withBackups();
    writeFileSync(dbPath, 'these are my meeting notes, not a database\n'.repeat(200));
    const before = sha(dbPath);
    const error = refusal(dir);
    expect(error.kind).toBe('damaged');
    expect(error.message).toMatch(/not a database/);
    expect(sha(dbPath)).toBe(before);
  });

  it('restores a backup: the damaged file is moved aside (kept, byte for byte) and the backup opens normally', () => {
    const { dir, dbPath, newer } = withBackups();
    damagePage(dbPath);
    const damaged = sha(dbPath);
    const report = restoreBackup(dir, newer, new Date('2026-11-27T10:00:00.000Z'));
    expect(report.movedAside).toEqual([join(dir, 'common-ground.damaged-2026-11-27T10-00-00-000Z.db')]);
    expect(sha(report.movedAside[0]!)).toBe(damaged);
    const core = open(dir);
    expect(
      call(core, 'workshop:list', {})
        .map((w) => w.title)
        .sort(),
    ).toEqual(['First', 'Second']);
    core.close();
  });

  it('refuses to restore a file that is not a whole backup, and changes nothing', () => {
    const { dir, dbPath } = withBackups();
    const broken = join(dir, 'backups', 'common-ground-2026-01-01T00-00-00-000Z-auto.db');
    writeFileSync(broken, readFileSync(dbPath).subarray(0, 4096));
    const before = sha(dbPath);
    expect(() => restoreBackup(dir, broken)).toThrow(/cannot be restored/);
    expect(sha(dbPath)).toBe(before);
    expect(existsSync(`${dbPath}.restoring`)).toBe(false);
  });
});
