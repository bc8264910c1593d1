import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, readPragmas, StartupError } from '../../../src/main/db/connection';
import { tempDir } from '../../helpers/temp-dir';

describe('openDatabase', () => {
  it('sets and reads back WAL, synchronous=FULL and foreign keys', () => {
    const db = openDatabase(join(tempDir(), 'a.db'));
    expect(readPragmas(db)).toEqual({ journal_mode: 'wal', synchronous: 2, foreign_keys: 1 });
    db.close();
  });

  it('refuses to start when SQLite does not take a required pragma', () => {
    // An in-memory database cannot use WAL: SQLite answers "memory".
    expect(() => openDatabase(':memory:')).toThrow(StartupError);
    expect(() => openDatabase(':memory:')).toThrow(/journal_mode=wal/);
  });

  it('enforces foreign keys', () => {
    const db = openDatabase(join(tempDir(), 'b.db'));
    db.exec('CREATE TABLE p (id TEXT PRIMARY KEY); CREATE TABLE c (p TEXT REFERENCES p(id))');
    expect(() => db.prepare("INSERT INTO c VALUES ('nope')").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
