import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { checkBackup, prune } from '../../../src/main/db/backup';
import { seeded } from '../../helpers/workshop-fill';
import { tempDir } from '../../helpers/temp-dir';
import { TSX_CHILD } from '../../helpers/tsx-child';

const LOOP = join(import.meta.dirname, 'fixtures/backup-loop.ts');
const KILLS = 30;

/** Start the backup loop in a child (node itself, so the kill reaches the process doing the work), let it run for `ms`, then SIGKILL it. */
function runAndKill(dbPath: string, dir: string, ms: number): Promise<void> {
  const child = spawn(process.execPath, [...TSX_CHILD, LOOP, dbPath, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`backup loop exited with ${code}: ${err}`))));
    createInterface({ input: child.stdout }).once('line', () => setTimeout(() => child.kill('SIGKILL'), ms));
  });
}

describe('backups under kill -9', () => {
  it('leaves only whole backups under whole-backup names, and pruning clears every leftover', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'live.db');
    const db = new Database(dbPath);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body BLOB NOT NULL)');
    const insert = db.prepare('INSERT INTO notes (body) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(randomBytes(2000));
    })();
    db.pragma('user_version = 3');
    db.close();

    const backups = join(dir, 'backups');
    const rng = seeded(11);
    for (let k = 0; k < KILLS; k++) await runAndKill(dbPath, backups, 20 + rng.int(400));

    const before = readdirSync(backups);
    const whole = before.filter((n) => n.endsWith('.db'));
    const broken = whole.filter((n) => !checkBackup(join(backups, n)).ok);
    const leftovers = before.filter((n) => !n.endsWith('.db'));
    console.log(`backup kill test: ${KILLS} kills, ${whole.length} whole-named backups, ${broken.length} broken, ${leftovers.length} leftovers before prune`);
    expect(whole.length).toBeGreaterThan(0);
    expect(broken).toEqual([]);

    prune(backups);
    const after = readdirSync(backups);
    expect(after.filter((n) => !n.endsWith('.db'))).toEqual([]);
    expect(after.every((n) => checkBackup(join(backups, n)).ok)).toBe(true);
  }, 180_000);
});
