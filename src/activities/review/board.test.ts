import { afterEach, describe, expect, it, vi } from 'vitest';
import { readReviewBoard, remapReviewBoard } from './board';
import { reviewBoardHistory } from './migrations';
import { currentBoardVersion } from '../board-versions';
import { groupByStatus, headline, carriedOn } from './summary';
import type { ReviewItem } from './board';

const item = (id: string, status: ReviewItem['status'], date: string | null = '2027-03-03'): ReviewItem => ({
  id,
  kind: 'action',
  what: `Item ${id}`,
  owner: 'Ana',
  due: null,
  from: { workshopId: 'w1', title: 'Kickoff', date },
  before: null,
  status,
  reason: '',
});

afterEach(() => vi.restoreAllMocks());

describe('review board', () => {
  it('is at version 0 and reads a stored board as it is', () => {
    expect(reviewBoardHistory.steps).toHaveLength(0);
    expect(currentBoardVersion('review')).toBe(0);
    const board = { items: [item('action:a', 'done')] };
    expect(readReviewBoard(board, 0)).toEqual(board);
  });

  it('reads no board as the empty board, quietly', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(readReviewBoard(null)).toEqual({ items: [] });
    expect(warn).not.toHaveBeenCalled();
  });

  it('shows a board that does not read as empty, and says why', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(readReviewBoard({ items: [{ ...item('x', 'done'), reason: 'x'.repeat(201) }] })).toEqual({ items: [] });
    expect(readReviewBoard({ items: [item('x', null), item('x', 'done')] })).toEqual({ items: [] });
    expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(/commitments review board.*does not read/);
  });

  it('refuses a board from a newer version', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(readReviewBoard({ items: [item('a', 'done')] }, 1)).toEqual({ items: [] });
  });
});

describe('summary', () => {
  it('says how many of the items are done since the earliest workshop they came from', () => {
    const items = [item('a', 'done', '2027-03-17'), item('b', 'done', '2027-03-03'), item('c', 'partly'), item('d', null, null)];
    expect(headline(items)).toEqual({ done: 2, total: 4, since: '2027-03-03' });
    expect(headline([item('a', null, null)])).toEqual({ done: 0, total: 1, since: null });
    expect(headline([])).toEqual({ done: 0, total: 0, since: null });
  });

  it('groups done first and not reviewed last, and carries partly, not done and unreviewed on', () => {
    const items = [item('a', null), item('b', 'dropped'), item('c', 'done'), item('d', 'notDone'), item('e', 'partly')];
    expect(groupByStatus(items).map((g) => [g.status, g.items.map((i) => i.id)])).toEqual([
      ['done', ['c']],
      ['partly', ['e']],
      ['notDone', ['d']],
      ['dropped', ['b']],
      ['none', ['a']],
    ]);
    expect(carriedOn(items).map((i) => i.id)).toEqual(['a', 'd', 'e']);
  });
});

describe('remapReviewBoard', () => {
  it('points item references and origins at the new ids, and leaves unknown ids alone', () => {
    const ids = new Map([
      ['a1', 'A1'],
      ['c1', 'C1'],
      ['w1', 'W1'],
      ['w2', 'W2'],
    ]);
    const before = { status: 'partly' as const, reason: 'Half', at: { workshopId: 'w2', title: 'Joint 2', date: null } };
    const board = {
      items: [
        { ...item('action:a1', null), before },
        item('pair:c1:p-1', 'done'),
        item('report:c1:r-sales', null),
        item('meeting:c1', null),
        item('action:zz', null),
      ],
    };
    const out = remapReviewBoard(board, (old) => ids.get(old));
    expect(out.items.map((i) => i.id)).toEqual(['action:A1', 'pair:C1:p-1', 'report:C1:r-sales', 'meeting:C1', 'action:zz']);
    expect(out.items.every((i) => i.from.workshopId === 'W1')).toBe(true);
    expect(out.items[0]!.before?.at.workshopId).toBe('W2');
    expect(board.items[0]!.id).toBe('action:a1');
  });
});
