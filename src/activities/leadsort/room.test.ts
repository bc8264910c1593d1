import { describe, expect, it } from 'vitest';
import { roomView } from './room';
import type { CardSortTally } from '../cardsort/logic';

// The lead sort's whole-room view (no teams to compare): the room's choice per signal and the most divided first.
const columns = [
  { id: 'q', text: 'Quality lead' },
  { id: 'n', text: 'Not a signal' },
  { id: 'd', text: 'Depends' },
];
const cards = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: `Signal ${id}` }));
const tally = (counts: Record<string, Record<string, number>>): CardSortTally => ({
  columns,
  cards: Object.entries(counts).map(([id, c]) => ({ id, text: `Signal ${id}`, counts: c, total: Object.values(c).reduce((s, x) => s + x, 0), notes: [] })),
});

describe('roomView', () => {
  it('counts each column as the room’s choice, says ties, and lists the most divided first, unplaced last', () => {
    const view = roomView({ columns, cards }, tally({ a: { q: 9, n: 1 }, b: { q: 2, n: 2, d: 1 }, c: { d: 4, n: 3, q: 3 }, e: { n: 10 } }));
    expect(view.verdicts).toEqual([
      { id: 'q', text: 'Quality lead', count: 1 },
      { id: 'n', text: 'Not a signal', count: 1 },
      { id: 'd', text: 'Depends', count: 1 },
    ]);
    expect(view.tied).toBe(1);
    // b and c both 40% at the top (b first, as planned), then a (90%), e (100%); d, nobody placed it, last.
    expect(view.rows.map((r) => r.id)).toEqual(['b', 'c', 'a', 'e', 'd']);
    expect(view.rows.find((r) => r.id === 'b')!.top).toBeNull();
    expect(view.rows.find((r) => r.id === 'd')).toMatchObject({ d: null, top: null, topShare: 0 });
  });

  it('an empty room: every signal unplaced, no verdicts', () => {
    const view = roomView({ columns, cards }, tally({}));
    expect(view.rows.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(view.verdicts.map((v) => v.count)).toEqual([0, 0, 0]);
    expect(view.tied).toBe(0);
  });
});
