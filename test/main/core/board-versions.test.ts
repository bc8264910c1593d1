import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackend } from '../../../src/main/backend';
import { DB_FILE, type Core } from '../../../src/main/core';
import type { WorkshopFile } from '../../../src/main/export/json';
import type { ExportedFile } from '../../../src/shared/export';
import { readLeadBoard } from '../../../src/activities/leadsort/board';
import { currentBoardVersion } from '../../../src/activities/board-versions';
import { call, dumpRows, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';

// Boards are stored with their version; the core reads them at the current one and never
// writes over a board that does not read (it says so instead) until the facilitator edits it.

afterEach(() => vi.restoreAllMocks());

/** A workshop with one lead sort, running, so its board is stored. */
function runningLeadSort(core: Core) {
  const w = call(core, 'workshop:create', { title: 'Lead quality' });
  const lead = call(core, 'activity:add', { workshopId: w.id, kind: 'leadsort' });
  call(core, 'activity:add', { workshopId: w.id, kind: 'slide' });
  call(core, 'run:start', { workshopId: w.id });
  return { workshopId: w.id, activityId: lead.id };
}

/** Write the stored board as an older or a future version of the app left it (a second connection, as on disk). */
function storeRaw(core: Core, activityId: string, board: string, version: number) {
  const db = new Database(core.dbPath);
  db.prepare('UPDATE activity_runs SET board = ?, board_version = ? WHERE activity_id = ?').run(board, version, activityId);
  db.close();
}

function storedRow(core: Core, activityId: string) {
  const db = new Database(core.dbPath, { readonly: true });
  const row = db.prepare('SELECT board, board_version FROM activity_runs WHERE activity_id = ?').get(activityId) as { board: string; board_version: number };
  db.close();
  return row;
}

async function exportFile(core: Core, workshopId: string): Promise<WorkshopFile> {
  const backend = createBackend(core);
  const r = await backend.invoke('export:prepare', { workshopId, format: 'json' });
  if (!r.ok) throw new Error(r.error.message);
  return JSON.parse(backend.exports.get((r.value as ExportedFile).exportId)!.body.toString('utf8')) as WorkshopFile;
}

const runOf = (file: WorkshopFile, activityId: string) => file.run!.activities.find((s) => s.activityId === activityId)!;

describe('a lead-sort board that does not read', () => {
  // A drafted definition in a shape this version does not know (e.g. written by a later one).
  const drafted = JSON.stringify({ definition: { text: 'Budget, a named buyer and a date within the quarter' }, onScreen: 'outcome' });

  it('keeps the drafted definition in the database and the export through reads and moves, and says so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const core = testCore();
    const { workshopId, activityId } = runningLeadSort(core);
    storeRaw(core, activityId, drafted, 1);

    const state = call(core, 'run:get', { workshopId }).activities.find((s) => s.activityId === activityId)!;
    expect(readLeadBoard(state.board)).toEqual({ definition: '', onScreen: 'results' }); // shown as a new board
    call(core, 'run:timer', { workshopId, action: 'start' });
    call(core, 'run:next', { workshopId });
    call(core, 'run:previous', { workshopId });
    call(core, 'run:set', { activityId, revealed: true });

    expect(storedRow(core, activityId)).toEqual({ board: drafted, board_version: 1 });
    const file = await exportFile(core, workshopId);
    expect(runOf(file, activityId).board).toEqual(JSON.parse(drafted));
    expect(runOf(file, activityId).boardVersion).toBe(1);

    const messages = warn.mock.calls.map((c) => String(c[0]));
    expect(messages.filter((m) => m.includes(activityId))).toHaveLength(1);
    expect(messages.find((m) => m.includes(activityId))).toMatch(/lead-sort board of activity .* does not read \(definition: .*\)/);
    core.close();
  });

  it('is written over only when the facilitator edits the board, at the current version', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const core = testCore();
    const { activityId } = runningLeadSort(core);
    storeRaw(core, activityId, JSON.stringify({ definition: ['a list', 'from the future'] }), 1);
    call(core, 'run:setBoard', { activityId, board: { definition: 'Written again', onScreen: 'outcome' } });
    expect(storedRow(core, activityId)).toEqual({
      board: '{"definition":"Written again","onScreen":"outcome"}',
      board_version: currentBoardVersion('leadsort'),
    });
    core.close();
  });
});

describe('a board saved before boards had versions (version 0)', () => {
  it('is migrated when read, and stored at the current version by the next write', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const core = testCore();
    const { workshopId, activityId } = runningLeadSort(core);
    // The first lead-sort boards held only the definition.
    storeRaw(core, activityId, JSON.stringify({ definition: 'Budget and a named buyer' }), 0);

    const state = call(core, 'run:get', { workshopId }).activities.find((s) => s.activityId === activityId)!;
    expect(state.board).toEqual({ definition: 'Budget and a named buyer', onScreen: 'results' });
    expect(state.boardVersion).toBe(1);
    expect(readLeadBoard(state.board)).toEqual({ definition: 'Budget and a named buyer', onScreen: 'results' });
    expect(storedRow(core, activityId).board_version).toBe(0); // reading wrote nothing

    call(core, 'run:timer', { workshopId, action: 'start' });
    expect(storedRow(core, activityId)).toEqual({ board: '{"definition":"Budget and a named buyer","onScreen":"results"}', board_version: 1 });
    expect((await exportFile(core, workshopId)).run!.activities.find((s) => s.activityId === activityId)!.boardVersion).toBe(1);
    expect(warn).not.toHaveBeenCalled();
    core.close();
  });

  it('is what a database from before versions holds after the app updates (migration 8), and reads as drafted', () => {
    const dir = tempDir();
    const first = testCore(dir);
    const { workshopId, activityId } = runningLeadSort(first);
    first.close();
    // The file as the previous version of the app left it: schema 7, no board_version, the first board shape.
    const db = new Database(join(dir, DB_FILE));
    db.exec('ALTER TABLE activity_runs DROP COLUMN board_version');
    db.exec('DROP INDEX workshops_by_series; ALTER TABLE workshops DROP COLUMN series_id; DROP TABLE series;'); // migration 9 (series)
    db.exec('ALTER TABLE workshops DROP COLUMN language'); // migration 11
    db.exec('ALTER TABLE responses DROP COLUMN value_version'); // migration 10
    db.prepare('UPDATE activity_runs SET board = ? WHERE activity_id = ?').run(JSON.stringify({ definition: 'A buyer with budget' }), activityId);
    db.pragma('user_version = 7');
    db.close();

    const core = testCore(dir);
    expect(storedRow(core, activityId)).toEqual({ board: '{"definition":"A buyer with budget"}', board_version: 0 });
    const state = call(core, 'run:get', { workshopId }).activities.find((s) => s.activityId === activityId)!;
    expect(readLeadBoard(state.board)).toEqual({ definition: 'A buyer with budget', onScreen: 'results' });
    core.close();
  });
});

describe('the JSON file', () => {
  it('carries each board’s version, and an old file without it imports with its boards migrated and the version filled in', async () => {
    const core = testCore();
    const { workshopId, activityId } = runningLeadSort(core);
    call(core, 'run:setBoard', { activityId, board: { definition: 'Budget, authority, need', onScreen: 'outcome' } });
    call(core, 'run:next', { workshopId }); // the slide's run is stored too
    const file = await exportFile(core, workshopId);
    expect(file.run!.activities.map((s) => s.boardVersion)).toEqual([1, 0]); // lead sort, slide

    // As written before versions: no boardVersion, and the lead sort's board without onScreen.
    const old = structuredClone(file) as { run: { activities: Record<string, unknown>[] } };
    for (const s of old.run.activities) delete s.boardVersion;
    old.run.activities[0]!.board = { definition: 'Budget, authority, need' };
    const imported = call(core, 'workshop:import', { json: JSON.stringify(old) });
    const back = await exportFile(core, imported.id);
    expect(back.run!.activities.map((s) => s.boardVersion)).toEqual([1, 0]);
    expect(back.run!.activities[0]!.board).toEqual({ definition: 'Budget, authority, need', onScreen: 'results' });
    core.close();
  });

  it('refuses a board from a newer version, naming it, and imports nothing', async () => {
    const core = testCore();
    const { workshopId } = runningLeadSort(core);
    const file = await exportFile(core, workshopId);
    file.run!.activities[0]!.boardVersion = 7;
    const before = dumpRows(core);
    const r = core.dispatch('workshop:import', { json: JSON.stringify(file) });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.message).toMatch(
        /^The board of “What makes a quality lead\?”: This lead-sort board was saved at version 7; .* reads up to 1\. Nothing was imported\.$/,
      );
    expect(dumpRows(core)).toBe(before);
    core.close();
  });
});
