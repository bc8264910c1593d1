import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../src/main/backend';
import type { Core } from '../../../src/main/core';
import type { ExportedFile } from '../../../src/shared/export';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { call, manualClock, testCore } from '../../helpers/core';
import { finishedSample } from '../../helpers/workshop-fill';
import { tempDir } from '../../helpers/temp-dir';
import { answeredAlignmentDay } from '../export/alignment-day-fill';

// Issue #18: the migrations that brought series (0009) and answer versions (0010) leave every existing
// workshop byte-for-byte equal in its JSON export. A real database made by the app (a finished kickoff,
// the sample, and the six-hour day answered by 12 people) is exported, taken back to schema 8, opened by
// the app again (which migrates it) and exported again: the files are identical but for exportedAt.

async function exportText(core: Core, workshopId: string): Promise<string> {
  const backend = createBackend(core);
  const r = await backend.invoke('export:prepare', { workshopId, format: 'json' });
  if (!r.ok) throw new Error(r.error.message);
  const text = backend.exports.get((r.value as ExportedFile).exportId)!.body.toString('utf8');
  return text.replace(/"exportedAt": "[^"]+"/, '"exportedAt": "(time of export)"');
}

/** Schema 8 as the app had it before series: no series table or column, no answer versions, no language. */
function backToSchema8(path: string): void {
  const raw = new Database(path);
  raw.exec('ALTER TABLE workshops DROP COLUMN language');
  raw.exec('ALTER TABLE responses DROP COLUMN value_version');
  raw.exec('DROP INDEX workshops_by_series; ALTER TABLE workshops DROP COLUMN series_id; DROP TABLE series; PRAGMA user_version = 8;');
  raw.close();
}

describe('migrating from schema 8 (before series)', () => {
  it('keeps every existing workshop byte-for-byte equal in its JSON export', async () => {
    const dir = tempDir();
    const clock = manualClock('2026-12-03T08:00:00.000Z');
    const core = testCore(dir, clock.now);
    const ids = [finishedSample(core, clock), call(core, 'workshop:createSample', {}).id, answeredAlignmentDay(core, 12, clock)];
    const before = await Promise.all(ids.map((id) => exportText(core, id)));
    const path = core.dbPath;
    core.close();

    backToSchema8(path);
    const reopened = testCore(dir, clock.now);
    const version = new Database(path, { readonly: true }).pragma('user_version', { simple: true });
    const after = await Promise.all(ids.map((id) => exportText(reopened, id)));
    reopened.close();

    expect(version).toBe(MIGRATIONS.length);
    expect(after.map((t) => t.length)).toEqual(before.map((t) => t.length));
    after.forEach((text, i) => expect(text).toBe(before[i]));
  }, 90_000);
});
