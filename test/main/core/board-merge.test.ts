import { describe, expect, it } from 'vitest';
import { call, dumpRows, testCore } from '../../helpers/core';
import { genericWorkshop } from '../../helpers/generic-workshop';

// Two consoles save edits to one brainstorm board, each made on the board it last saw.
// The core merges each into the board stored now, in its one transaction.

function setup() {
  const core = testCore();
  const w = genericWorkshop(core);
  const activity = call(core, 'workshop:get', { id: w.id }).activities.find((a) => a.kind === 'brainstorm')!;
  call(core, 'run:start', { workshopId: w.id });
  const base = {
    clusters: [
      { id: 'g1', name: 'Speed', cardKeys: ['p1/card-aaaa'] },
      { id: 'g2', name: 'Trust', cardKeys: ['p2/card-bbbb'] },
    ],
  };
  call(core, 'run:setBoard', { activityId: activity.id, board: base });
  const stored = () => call(core, 'run:get', { workshopId: w.id }).activities.find((a) => a.activityId === activity.id)!.board;
  return { core, activityId: activity.id, base, stored };
}

describe('run:setBoard with the board the edit was made on', () => {
  it('keeps a card grouped in one console and a group renamed in the other', () => {
    const { core, activityId, base, stored } = setup();
    const grouped = { clusters: [{ ...base.clusters[0]!, cardKeys: ['p1/card-aaaa', 'p3/card-cccc'] }, base.clusters[1]!] };
    const renamed = { clusters: [base.clusters[0]!, { ...base.clusters[1]!, name: 'Trust and feedback' }] };
    expect(call(core, 'run:setBoard', { activityId, base, board: grouped }).boardConflicts).toBeUndefined();
    const run = call(core, 'run:setBoard', { activityId, base, board: renamed });
    const both = { clusters: [grouped.clusters[0], renamed.clusters[1]] };
    expect(run.boardConflicts).toBeUndefined();
    expect(run.activities.find((a) => a.activityId === activityId)!.board).toEqual(both);
    expect(stored()).toEqual(both);
  });

  it('the same name changed in both: the first saved stays, and the second hears which change was not kept', () => {
    const { core, activityId, base, stored } = setup();
    const rename = (name: string) => ({ clusters: [{ ...base.clusters[0]!, name }, base.clusters[1]!] });
    call(core, 'run:setBoard', { activityId, base, board: rename('Speed to lead') });
    const run = call(core, 'run:setBoard', { activityId, base, board: rename('Fast follow-up') });
    expect(run.boardConflicts).toEqual([{ path: ['clusters', 'g1', 'name'], field: 'the name of “Speed to lead”' }]);
    expect(stored()).toEqual(rename('Speed to lead'));
  });

  it('without a base the board is written whole, as before', () => {
    const { core, activityId, stored } = setup();
    const board = { clusters: [{ id: 'g9', name: 'Only this', cardKeys: [] }] };
    call(core, 'run:setBoard', { activityId, board });
    expect(stored()).toEqual(board);
  });

  it('a merge the board’s rules refuse says why and changes nothing', () => {
    const { core, activityId, base } = setup();
    const before = dumpRows(core);
    const r = core.dispatch('run:setBoard', { activityId, base, board: { clusters: [{ ...base.clusters[0]!, name: ' ' }, base.clusters[1]!] } });
    expect(r.ok ? null : r.error.message).toMatch(/Give the group a name/);
    expect(dumpRows(core)).toBe(before);
  });
});
