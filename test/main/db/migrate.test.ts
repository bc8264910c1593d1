import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore, DB_FILE } from '../../../src/main/core';
import { openDatabase } from '../../../src/main/db/connection';
import { migrate } from '../../../src/main/db/migrate';
import { LATEST_VERSION } from '../../../src/main/db/migrations';
import type { Migration } from '../../../src/main/db/migrations/types';
import { call, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';

const m1: Migration = { version: 1, name: 'one', up: 'CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);' };
const m2: Migration = { version: 2, name: 'two', up: "ALTER TABLE notes ADD COLUMN tag TEXT NOT NULL DEFAULT '';" };
const broken: Migration = { version: 2, name: 'broken', up: 'CREATE TABLE half (x); INSERT INTO nowhere VALUES (1);' };

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('migrate', () => {
  it('brings a new database to the latest version without a backup', () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'x.db'));
    const report = migrate(db, { backupDir: join(dir, 'backups'), migrations: [m1, m2] });
    expect(report).toEqual({ from: 0, to: 2, backupPath: null });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(existsSync(join(dir, 'backups'))).toBe(false);
    db.close();
  });

  it('backs up an existing database before migrating it, with its rows', () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'x.db'));
    migrate(db, { backupDir: join(dir, 'backups'), migrations: [m1] });
    db.prepare('INSERT INTO notes (text) VALUES (?)').run('kept');
    const report = migrate(db, { backupDir: join(dir, 'backups'), migrations: [m1, m2] });
    expect(report.from).toBe(1);
    expect(report.backupPath).not.toBeNull();
    const copy = new Database(report.backupPath!, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT text FROM notes').all()).toEqual([{ text: 'kept' }]);
    copy.close();
    expect(db.prepare('SELECT text, tag FROM notes').all()).toEqual([{ text: 'kept', tag: '' }]);
    db.close();
  });

  it('rolls back every step and the version bump when one step fails', () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'x.db'));
    migrate(db, { backupDir: join(dir, 'backups'), migrations: [m1] });
    expect(() => migrate(db, { backupDir: join(dir, 'backups'), migrations: [m1, broken] })).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a database from a newer version and leaves the file byte-for-byte unchanged', () => {
    const dir = tempDir();
    const path = join(dir, DB_FILE);
    const raw = new Database(path);
    raw.exec("CREATE TABLE future (x); INSERT INTO future VALUES ('from the future')");
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.close();
    const before = sha(path);
    const filesBefore = readdirSync(dir).sort();
    expect(() => openCore({ dataDir: dir, mode: 'browser', version: 'test' })).toThrow(/newer version of Common Ground/);
    expect(sha(path)).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(filesBefore);
  });

  it('opens a current database twice without migrating or backing up again', () => {
    const dir = tempDir();
    const core = testCore(dir);
    call(core, 'workshop:create', { title: 'Kept' });
    core.close();
    const again = testCore(dir);
    expect(call(again, 'workshop:list', {}).map((w) => w.title)).toEqual(['Kept']);
    expect(existsSync(join(dir, 'backups'))).toBe(false);
    again.close();
  });
});
