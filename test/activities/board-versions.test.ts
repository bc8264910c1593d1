import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACTIVITY_DEFINITIONS } from '../../src/activities/registry';
import { BOARD_HISTORIES, boardHistory, currentBoardVersion, readBoard, upgradeStoredBoard } from '../../src/activities/board-versions';
import { latestVersion, migrateValue, versionHistory } from '../../src/activities/versioned';
import { readLeadBoard } from '../../src/activities/leadsort/board';
import { readKpiBoard } from '../../src/activities/kpisort/board';
import { readRetroBoard } from '../../src/activities/retro/definition';
import { LeadSortBoard } from '../../src/activities/leadsort/definition';

afterEach(() => vi.restoreAllMocks());

const leadShape = { schema: LeadSortBoard, initial: (): LeadSortBoard => ({ definition: '', onScreen: 'results' }) };

describe('board histories (conformance)', () => {
  it('every kind with a board has one, and only those', () => {
    const withBoards = ACTIVITY_DEFINITIONS.filter((d) => d.board).map((d) => d.kind);
    expect(Object.keys(BOARD_HISTORIES).sort()).toEqual([...withBoards].sort());
  });

  for (const d of ACTIVITY_DEFINITIONS.filter((x) => x.board)) {
    it(`${d.kind}: the steps leave a board of today's shape as it is, from any version`, () => {
      const initial = d.board!.initial();
      for (let v = 0; v <= currentBoardVersion(d.kind); v++) expect(migrateValue(boardHistory(d.kind), v, initial)).toEqual(initial);
    });
  }

  it('a kind without a board is at version 0 and its board passes through', () => {
    expect(currentBoardVersion('slide')).toBe(0);
    expect(migrateValue(boardHistory('slide'), 0, null)).toBeNull();
  });
});

describe('the named steps', () => {
  it('lead sort 1 (on-screen-default): the first boards held only the definition', () => {
    expect(boardHistory('leadsort').steps.map((s) => s.name)).toEqual(['on-screen-default']);
    expect(migrateValue(boardHistory('leadsort'), 0, { definition: 'Budget' })).toEqual({ definition: 'Budget', onScreen: 'results' });
    expect(migrateValue(boardHistory('leadsort'), 0, { definition: 'Budget', onScreen: 'outcome' })).toEqual({ definition: 'Budget', onScreen: 'outcome' });
  });

  it('KPI sort 1 (on-screen-default)', () => {
    expect(migrateValue(boardHistory('kpisort'), 0, { rows: [] })).toEqual({ rows: [], onScreen: 'results' });
  });

  it('retrospective 1 (voting-default): a board saved without the flag has the vote closed', () => {
    expect(migrateValue(boardHistory('retro'), 0, { clusters: [] })).toEqual({ clusters: [], voting: false });
  });

  it('leave what is not a board alone (it then fails to read, and says so)', () => {
    for (const kind of Object.keys(BOARD_HISTORIES)) {
      for (const junk of [null, 'text', 3, ['a']]) expect(migrateValue(boardHistory(kind), 0, junk)).toEqual(junk);
    }
  });

  it('never change the board they are given', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(BOARD_HISTORIES)), fc.jsonValue(), (kind, value) => {
        const before = JSON.stringify(value);
        migrateValue(boardHistory(kind), 0, value);
        expect(JSON.stringify(value)).toBe(before);
      }),
    );
  });
});

describe('versionHistory and migrateValue', () => {
  const up = (x: unknown) => x;
  it('refuse steps out of order, with gaps, or named twice', () => {
    expect(() => versionHistory('test board', [{ version: 2, name: 'two', up }])).toThrow(/numbered 2; step 1 was expected/);
    expect(() =>
      versionHistory('test board', [
        { version: 1, name: 'same', up },
        { version: 2, name: 'same', up },
      ]),
    ).toThrow(/step 2 needs a name of its own/);
  });

  it('run the steps after the stored version, in order', () => {
    const h = versionHistory('test board', [
      { version: 1, name: 'add-a', up: (x) => `${String(x)}a` },
      { version: 2, name: 'add-b', up: (x) => `${String(x)}b` },
    ]);
    expect(latestVersion(h)).toBe(2);
    expect(migrateValue(h, 0, '')).toBe('ab');
    expect(migrateValue(h, 1, 'a')).toBe('ab');
    expect(migrateValue(h, 2, 'ab')).toBe('ab');
    expect(() => migrateValue(h, 3, 'abc')).toThrow('This test board was saved at version 3; this version of Common Ground reads up to 2.');
    expect(() => migrateValue(h, -1, '')).toThrow(/cannot be at version -1/);
  });
});

describe('readBoard', () => {
  it('reads a board at its version, migrated, without a word', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(readBoard('leadsort', { board: { definition: 'Named buyer' }, boardVersion: 0 }, leadShape)).toEqual({
      definition: 'Named buyer',
      onScreen: 'results',
    });
    expect(readBoard('leadsort', { board: null }, leadShape)).toEqual(leadShape.initial());
    expect(warn).not.toHaveBeenCalled();
  });

  it('shows a board that does not read as new, and says which and why, once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const stored = { board: { definition: 42 }, boardVersion: 1, activityId: 'act-7' };
    expect(readBoard('leadsort', stored, leadShape)).toEqual(leadShape.initial());
    expect(readBoard('leadsort', stored, leadShape)).toEqual(leadShape.initial());
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/the lead-sort board of activity act-7 does not read \(definition: .+\)/);
  });

  it('the engines’ own readers go through it: a lead board that does not read is no longer dropped without a word', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(readLeadBoard({ definition: 'Kept', onScreen: 'outcome' })).toEqual({ definition: 'Kept', onScreen: 'outcome' });
    expect(readLeadBoard({ draft: 'in a shape from elsewhere' })).toEqual({ definition: '', onScreen: 'results' });
    expect(readKpiBoard({ rows: 'x' })).toEqual({ rows: [], onScreen: 'results' });
    expect(readRetroBoard({ clusters: [] })).toEqual({ clusters: [], voting: false });
    expect(warn).toHaveBeenCalledTimes(2);
  });
});

describe('upgradeStoredBoard', () => {
  it('brings a stored board to the current version as the steps left it', () => {
    expect(upgradeStoredBoard('leadsort', { board: { definition: 'x' }, boardVersion: 0 }, leadShape)).toEqual({
      board: { definition: 'x', onScreen: 'results' },
      boardVersion: 1,
    });
    // Not re-parsed: what would be stored again is what was stored (no trimming, no stripping).
    expect(upgradeStoredBoard('leadsort', { board: { definition: 'x', extra: true }, boardVersion: 1 }, leadShape).board).toEqual({
      definition: 'x',
      extra: true,
    });
  });

  it('keeps a board that does not read exactly as stored, at its stored version', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const board = { definition: { text: 'A later shape' } };
    const kept = upgradeStoredBoard('leadsort', { board, boardVersion: 0, activityId: 'a1' }, leadShape);
    expect(kept.board).toBe(board);
    expect(kept.boardVersion).toBe(0);
    const future = upgradeStoredBoard('leadsort', { board: { definition: 'x' }, boardVersion: 9 }, leadShape);
    expect(future).toEqual({ board: { definition: 'x' }, boardVersion: 9 });
  });
});
