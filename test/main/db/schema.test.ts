import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core';

// The committed snapshot of the schema. If this test fails, the schema changed:
// a shipped migration was edited (never do that) or a new migration was added
// (then regenerate with UPDATE_SCHEMA_SNAPSHOT=1 and commit the snapshot with it).
const SNAPSHOT = join(import.meta.dirname, 'schema.snapshot.sql');

function currentSchema(): string {
  const core = testCore();
  const db = new Database(core.dbPath, { readonly: true });
  const version = db.pragma('user_version', { simple: true }) as number;
  const rows = db.prepare("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as {
    sql: string;
  }[];
  db.close();
  core.close();
  return `-- user_version = ${version}\n${rows.map((r) => `${r.sql.replace(/\s+/g, ' ').trim()};`).join('\n')}\n`;
}

describe('schema', () => {
  it('matches the committed snapshot', () => {
    const schema = currentSchema();
    if (process.env.UPDATE_SCHEMA_SNAPSHOT === '1') writeFileSync(SNAPSHOT, schema);
    expect(schema).toBe(readFileSync(SNAPSHOT, 'utf8'));
  });
});
