import { describe, expect, it } from 'vitest';
import type { SeriesTrends } from '../../src/shared/trends';
import { trendTables } from '../../src/shared/trend-tables';

const ws = Array.from({ length: 8 }, (_, i) => ({ id: `w${i + 1}`, title: `Meeting ${i + 1}`, date: null }));
const trends: SeriesTrends = {
  series: { id: 's', title: 'S' },
  workshops: ws,
  pulse: [
    {
      key: 'a',
      statementId: 'a',
      setVersion: 1,
      text: 'A.',
      points: [
        { workshopId: 'w1', n: 6, sales: 4, marketing: 2, gap: 2, splitHidden: false },
        { workshopId: 'w5', n: 6, sales: 4, marketing: 3, gap: 1, splitHidden: false },
        { workshopId: 'w7', n: 4, sales: null, marketing: null, gap: null, splitHidden: true },
        { workshopId: 'w8', n: 6, sales: 4, marketing: 2.5, gap: 1.5, splitHidden: false },
      ],
    },
  ],
  leadCards: [
    {
      key: 'c',
      text: 'C',
      points: [
        { workshopId: 'w7', n: 6, divergence: 0.5, splitHidden: false },
        { workshopId: 'w8', n: 6, divergence: null, splitHidden: false },
      ],
    },
  ],
};

describe('trend tables', () => {
  it('the latest six workshops as columns; hidden, not asked, and the last change in words', () => {
    const t = trendTables(trends);
    expect(t.shown.map((w) => w.id)).toEqual(['w3', 'w4', 'w5', 'w6', 'w7', 'w8']);
    expect(t.left).toBe(2);
    // w1's 2.0 is left out; the change compares the last two known figures (1.0 at w5, 1.5 at w8).
    expect(t.pulse).toEqual([
      { label: 'A.', cells: ['–', '–', '1.0', '–', 'hidden', '1.5'].map((text) => expect.objectContaining({ text })), change: 'widened' },
    ]);
    expect(t.cards[0]).toMatchObject({ label: 'C', change: null });
    expect(t.cards[0]!.cells.map((c) => c.text)).toEqual(['–', '–', '–', '–', '50', '–']);
  });
});
