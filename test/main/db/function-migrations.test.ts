import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, readPragmas } from '../../../src/main/db/connection';
import { migrate } from '../../../src/main/db/migrate';
import type { Migration } from '../../../src/main/db/migrations/types';
import { tempDir } from '../../helpers/temp-dir';

// A migration is SQL or a function of the database, run in the same transaction as the rest.

const notes: Migration = { version: 1, name: 'notes', up: 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);' };
/** Rewrites stored JSON, which SQL alone says badly: {"text": ...} becomes {"lines": [...]}. */
const splitLines: Migration = {
  version: 2,
  name: 'split-lines',
  up: (db) => {
    const rows = db.prepare('SELECT id, body FROM notes').all() as { id: number; body: string }[];
    const update = db.prepare('UPDATE notes SET body = ? WHERE id = ?');
    for (const r of rows) update.run(JSON.stringify({ lines: (JSON.parse(r.body) as { text: string }).text.split('\n') }), r.id);
  },
};
const throwsHalfway: Migration = {
  version: 2,
  name: 'throws-halfway',
  up: (db) => {
    db.prepare('UPDATE notes SET body = ?').run('{"lines":[]}');
    db.exec('CREATE TABLE half (x)');
    throw new Error('the step failed halfway');
  },
};

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function databaseAtVersion1(dir: string) {
  const path = join(dir, 'x.db');
  const db = openDatabase(path);
  migrate(db, { backupDir: join(dir, 'backups'), migrations: [notes] });
  db.prepare('INSERT INTO notes (body) VALUES (?)').run(JSON.stringify({ text: 'first\nsecond' }));
  db.close();
  return path;
}

describe('function migrations', () => {
  it('run after the SQL ones, with the version bump, and keep the backup and the pragmas', () => {
    const dir = tempDir();
    const path = databaseAtVersion1(dir);
    const db = openDatabase(path);
    const report = migrate(db, { backupDir: join(dir, 'backups'), migrations: [notes, splitLines] });
    expect(report.from).toBe(1);
    expect(report.to).toBe(2);
    expect(report.backupPath).not.toBeNull();
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare('SELECT body FROM notes').all()).toEqual([{ body: '{"lines":["first","second"]}' }]);
    expect(readPragmas(db)).toEqual({ journal_mode: 'wal', synchronous: 2, foreign_keys: 1 });
    db.close();
  });

  it('roll back when they throw and leave the file as it was', () => {
    const dir = tempDir();
    const path = databaseAtVersion1(dir);
    const before = sha(path);
    const db = openDatabase(path);
    expect(() => migrate(db, { backupDir: join(dir, 'backups'), migrations: [notes, throwsHalfway] })).toThrow('the step failed halfway');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare('SELECT body FROM notes').all()).toEqual([{ body: '{"text":"first\\nsecond"}' }]);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual({ n: 0 });
    db.close();
    expect(sha(path)).toBe(before);
  });
});
