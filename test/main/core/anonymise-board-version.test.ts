import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { currentBoardVersion } from '../../../src/activities/board-versions';
import { call, manualClock, testCore } from '../../helpers/core';
import { namedAlignmentDay, ROSTER } from './anonymise-fixture';

// Anonymising reads each board as the rest of the core does, at its current version
// (services/run.ts activityRun), and stores the board it rewrites at that version.

describe('anonymising a board stored before boards had versions', () => {
  it('replaces the names in the board brought up to date, and stores it at the current version', () => {
    const clock = manualClock();
    const core = testCore(undefined, clock.now);
    const w = namedAlignmentDay(core, clock);
    const lead = call(core, 'workshop:get', { id: w.workshopId }).activities.find((a) => a.kind === 'leadsort')!;
    const name = ROSTER[3]!.name;
    // As the first version of the app stored it: the definition only (version 0).
    const db = new Database(core.dbPath);
    db.prepare('UPDATE activity_runs SET board = ?, board_version = 0 WHERE activity_id = ?').run(JSON.stringify({ definition: `As ${name} put it` }), lead.id);
    db.close();

    clock.advance(60_000);
    call(core, 'workshop:anonymise', { id: w.workshopId, confirmTitle: w.title });
    const label = w.expectedLabels.get(call(core, 'workshop:get', { id: w.workshopId }).participants[3]!.id)!;
    const read = new Database(core.dbPath, { readonly: true });
    const row = read.prepare('SELECT board, board_version FROM activity_runs WHERE activity_id = ?').get(lead.id);
    read.close();
    expect(row).toEqual({ board: JSON.stringify({ definition: `As ${label} put it`, onScreen: 'results' }), board_version: currentBoardVersion('leadsort') });
    core.close();
  });
});
