import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boardKey } from '../../../src/activities/brainstorm/logic';
import type { RetroConfig } from '../../../src/activities/retro/definition';
import { call, testCore } from '../../helpers/core';

// New settings are checked against the answers kept and the board as it is now: the board read
// at its current version (services/run.ts activityRun), not as stored. The real retro steps only
// add defaults the schema adds too, so this file gives the retro board a test-only second step
// (its themes were once stored as `themes`) under which the two reads differ.

vi.mock('../../../src/activities/retro/migrations', async () => {
  const { versionHistory } = await import('../../../src/activities/versioned');
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  return {
    retroBoardHistory: versionHistory('retrospective board', [
      { version: 1, name: 'voting-default', up: (old) => (isObject(old) && old.voting === undefined ? { ...old, voting: false } : old) },
      {
        version: 2,
        name: 'themes-to-clusters',
        up: (old) => {
          if (!isObject(old) || !('themes' in old)) return old;
          const { themes, ...rest } = old;
          return { ...rest, clusters: themes };
        },
      },
    ]),
    retroAnswerHistory: versionHistory('retrospective answer', []),
  };
});

afterEach(() => vi.restoreAllMocks());

describe('new retro settings', () => {
  it('are refused when they no longer fit dots kept on a theme of a board stored at an older version', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const core = testCore();
    const w = call(core, 'workshop:create', { title: 'Retro' });
    const [dana, hannah] = call(core, 'participant:addMany', {
      workshopId: w.id,
      people: [
        { name: 'Dana', team: 'sales' },
        { name: 'Hannah', team: 'marketing' },
      ],
    });
    const retro = call(core, 'activity:add', { workshopId: w.id, kind: 'retro' });
    call(core, 'run:start', { workshopId: w.id });
    call(core, 'response:submit', {
      activityId: retro.id,
      participantId: hannah!.id,
      itemKey: 'card-h1abc',
      value: { text: 'Leads with no context', prompt: 'broke' },
    });
    const themes = [{ id: 't1', name: 'Hand-offs', cardKeys: [boardKey(hannah!.id, 'card-h1abc')] }];
    call(core, 'run:setBoard', { activityId: retro.id, board: { clusters: themes, voting: true } });
    call(core, 'response:submit', { activityId: retro.id, participantId: dana!.id, itemKey: 'vote-t1', value: { dots: 3 } });
    // The same board as the version before the rename stored it.
    const db = new Database(core.dbPath);
    db.prepare('UPDATE activity_runs SET board = ?, board_version = 1 WHERE activity_id = ?').run(JSON.stringify({ themes, voting: true }), retro.id);
    db.close();

    const config = retro.config as RetroConfig;
    const r = core.dispatch('activity:update', { id: retro.id, patch: { config: { ...config, dotsPerPerson: 2 } } });
    expect(r.ok ? null : r.error.message).toMatch(/^These settings were not saved: they no longer fit an answer someone has already given\./);
    core.close();
  });
});
