import Database from 'better-sqlite3';
import type { OpInput, OpOutput } from '../../src/shared/api/contract';
import type { OpName } from '../../src/shared/api/names';
import { openCore, type Core } from '../../src/main/core';
import { tempDir } from './temp-dir';

export function testCore(dataDir = tempDir(), now?: () => Date): Core {
  return openCore({ dataDir, mode: 'browser', version: 'test', ...(now ? { now } : {}) });
}

/** A clock that only moves when told to. */
export function manualClock(start = '2026-11-27T09:00:00.000Z') {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

/** Call an operation and return its value, failing the test on an error result. */
export function call<K extends OpName>(core: Core, op: K, input: OpInput<K>): OpOutput<K> {
  const result = core.dispatch(op, input);
  if (!result.ok) throw new Error(`${op} failed: ${result.error.code} ${result.error.message}`);
  return result.value as OpOutput<K>;
}

/** Every row of every table, as text: equal dumps mean nothing was written. */
export function dumpRows(core: Core): string {
  // Read through a second, read-only connection so the test sees what is on disk.
  const db = new Database(core.dbPath, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
    return tables.map(({ name }) => `${name}: ${JSON.stringify(db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all())}`).join('\n');
  } finally {
    db.close();
  }
}
