import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/renderer/store';
import { createRunFake } from './run-fake';

// Facilitator boards (KPI owners, agreed persona notes, retro themes...) build
// each edit on the board they were last given. Two quick edits must both
// survive: the first is shown at once, the second builds on it, and a late
// reply or refresh carrying the older board does not undo the newer one.

async function openConsole() {
  const fake = createRunFake();
  const sort = fake.activityIds[1]!;
  fake.goTo(sort);
  const store = createAppStore({ api: fake.api, retryBaseMs: 5, retryMaxMs: 20 });
  await store.getState().openRun(fake.workshopId);
  const board = () => store.getState().runView.run!.activities.find((a) => a.activityId === sort)!.board as { agreed?: string[] } | null;
  return { fake, store, sort, board };
}

describe('board edits in the console', () => {
  it('shows an edit at once and keeps two quick edits, in order, even while replies are late', async () => {
    const { fake, store, sort, board } = await openConsole();
    const hold = fake.holdBoardWrites();

    const first = store.getState().setBoard(sort, { agreed: ['n1'] });
    expect(board()).toEqual({ agreed: ['n1'] }); // before any reply
    // The next edit is built from what the view now shows.
    const second = store.getState().setBoard(sort, { agreed: [...board()!.agreed!, 'n2'] });
    expect(board()).toEqual({ agreed: ['n1', 'n2'] });

    // A refresh while both are in flight (another window, a phone) brings the old board: the edit stays.
    await store.getState().refreshRun();
    expect(board()).toEqual({ agreed: ['n1', 'n2'] });

    await waitFor(() => expect(hold.waiting()).toBe(1)); // sent one at a time
    hold.release();
    await Promise.all([first, second]);
    const sent = fake.api.calls.filter((c) => c.op === 'run:setBoard').map((c) => (c.input as { board: unknown }).board);
    expect(sent).toEqual([{ agreed: ['n1'] }, { agreed: ['n1', 'n2'] }]);
    expect(fake.run.activities.find((a) => a.activityId === sort)!.board).toEqual({ agreed: ['n1', 'n2'] });
    await waitFor(() => expect(board()).toEqual({ agreed: ['n1', 'n2'] }));
  });

  it('a refused edit says what failed and shows the board as saved', async () => {
    const { fake, store, sort, board } = await openConsole();
    fake.refuseNextBoardWrite('That board is not valid.');
    await store.getState().setBoard(sort, { agreed: ['n9'] });
    expect(board()).toBeNull();
    expect(store.getState().toasts.at(-1)?.message).toMatch(/^Your change to the board/);
  });
});
