import { describe, expect, it } from 'vitest';
import { mergeBoard } from '../../../src/shared/board-merge';
import { createAppStore } from '../../../src/renderer/store';
import { createRunFake } from './run-fake';

// The console sends each board edit with the board it was made on, so the core can merge
// it with another console's edits; an edit the core could not keep is said in words until
// the facilitator dismisses it, and the board on screen is the one stored.

async function openConsole() {
  const fake = createRunFake();
  const sort = fake.activityIds[1]!;
  fake.goTo(sort);
  fake.setActivity(sort, { board: { agreed: ['n1'], title: 'Ours' } });
  // run:setBoard as the core answers it: merged into the board stored now.
  const invoke = fake.api.invoke.bind(fake.api);
  fake.api.invoke = (async (op: string, input: { activityId: string; board: unknown; base?: unknown }) => {
    if (op !== 'run:setBoard') return invoke(op as never, input as never);
    fake.api.calls.push({ op, input: structuredClone(input) });
    const stored = fake.run.activities.find((a) => a.activityId === input.activityId)!.board;
    const { board, conflicts } = 'base' in input ? mergeBoard(input.base, stored, input.board) : { board: input.board, conflicts: [] };
    fake.run = { ...fake.run, activities: fake.run.activities.map((a) => (a.activityId === input.activityId ? { ...a, board } : a)) };
    return { ok: true, value: { ...fake.run, serverNow: new Date().toISOString(), ...(conflicts.length ? { boardConflicts: conflicts } : {}) } };
  }) as typeof fake.api.invoke;
  const store = createAppStore({ api: fake.api, retryBaseMs: 5, retryMaxMs: 20 });
  await store.getState().openRun(fake.workshopId);
  const board = () => store.getState().runView.run!.activities.find((a) => a.activityId === sort)!.board;
  /** Another console saves, and this one has not heard yet. */
  const elsewhere = (next: unknown) => {
    fake.run = { ...fake.run, activities: fake.run.activities.map((a) => (a.activityId === sort ? { ...a, board: next } : a)) };
  };
  return { fake, store, sort, board, elsewhere };
}

describe('board edits from two consoles', () => {
  it('sends the board the edit was made on, and shows the merged board', async () => {
    const { fake, store, sort, board, elsewhere } = await openConsole();
    elsewhere({ agreed: ['n1', 'n2'], title: 'Ours' });
    await store.getState().setBoard(sort, { agreed: ['n1'], title: 'Our persona' });
    expect(fake.api.callsOf('run:setBoard').at(-1)).toEqual({
      activityId: sort,
      base: { agreed: ['n1'], title: 'Ours' },
      board: { agreed: ['n1'], title: 'Our persona' },
    });
    expect(board()).toEqual({ agreed: ['n1', 'n2'], title: 'Our persona' });
    expect(store.getState().runView.boardConflicts).toEqual({});
    expect(store.getState().runView.run).not.toHaveProperty('boardConflicts');
  });

  it('a board that says what its edit was made on (a field typed into meanwhile) sends that as the base', async () => {
    const { fake, store, sort } = await openConsole();
    await store.getState().setBoard(sort, { agreed: ['n1'], title: 'Typed' }, { agreed: ['n1'], title: 'Before typing' });
    expect(fake.api.callsOf('run:setBoard').at(-1)).toMatchObject({ base: { agreed: ['n1'], title: 'Before typing' } });
    expect(store.getState().runView.boardConflicts[sort]).toHaveLength(1);
  });

  it('an edit the other console overtook is said in words until dismissed, and the stored board is shown', async () => {
    const { store, sort, board, elsewhere } = await openConsole();
    elsewhere({ agreed: ['n1'], title: 'Theirs' });
    await store.getState().setBoard(sort, { agreed: ['n1'], title: 'Mine' });
    expect(board()).toEqual({ agreed: ['n1'], title: 'Theirs' });
    expect(store.getState().runView.boardConflicts).toEqual({
      [sort]: ['Your change to the title was not kept: the other console changed it at the same time. Check and edit again.'],
    });
    // A later edit that merges cleanly does not hide the notice; dismissing does.
    await store.getState().setBoard(sort, { agreed: ['n1', 'n3'], title: 'Theirs' });
    expect(store.getState().runView.boardConflicts[sort]).toHaveLength(1);
    store.getState().dismissBoardConflicts(sort);
    expect(store.getState().runView.boardConflicts).toEqual({});
  });
});
