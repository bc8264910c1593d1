import { describe, expect, it } from 'vitest';
import type { Team } from '../../shared/domain';
import type { StoredResponse } from '../types';
import type { PlacementValue } from '../cardsort/logic';
import type { LeadSortConfig } from './definition';
import { leadCardTrends } from './divergence-trend';

const columns = [
  { id: 'quality', text: 'Quality lead', description: '' },
  { id: 'not', text: 'Not a signal', description: '' },
  { id: 'depends', text: 'Depends', description: '' },
];
const sortOf = (cards: { id: string; text: string }[]): LeadSortConfig => ({
  prompt: 'Would this signal make a lead worth a call?',
  cards: cards.map((c) => ({ ...c, description: '' })),
  columns,
  open: false,
});

/** People team-0, team-1, … each placing card `card` in the given columns, in order. */
const place = (team: Team, card: string, cols: string[]): StoredResponse<PlacementValue>[] =>
  cols.map((column, i) => ({ participantId: `${team}-${i}`, team, itemKey: card, value: { column } }));

describe('lead-sort divergence over a series', () => {
  it('follows a card matched by its text: "Downloaded a whitepaper" 0.83 → 0.40, then hidden', () => {
    const w1 = sortOf([
      { id: 'a', text: 'Downloaded a whitepaper' },
      { id: 'b', text: 'Visited the pricing page' },
    ]);
    const w2 = sortOf([{ id: 'x', text: '  downloaded a   WHITEPAPER ' }]);
    const trends = leadCardTrends([
      {
        workshopId: 'w1',
        threshold: 3,
        sorts: [
          {
            config: w1,
            responses: [
              // Sales 1 quality + 5 not = (1/6, 5/6, 0); Marketing 3 quality = (1, 0, 0).
              // TVD = (|1/6 − 1| + |5/6 − 0| + 0) / 2 = (5/6 + 5/6) / 2 = 5/6 ≈ 0.83
              ...place('sales', 'a', ['quality', 'not', 'not', 'not', 'not', 'not']),
              ...place('marketing', 'a', ['quality', 'quality', 'quality']),
              ...place('sales', 'b', ['quality']),
            ],
          },
        ],
      },
      {
        workshopId: 'w2',
        threshold: 3,
        sorts: [
          {
            config: w2,
            responses: [
              // Sales (2/5, 3/5, 0); Marketing (4/5, 1/5, 0). TVD = (0.4 + 0.4 + 0) / 2 = 0.40
              ...place('sales', 'x', ['quality', 'quality', 'not', 'not', 'not']),
              ...place('marketing', 'x', ['quality', 'quality', 'quality', 'quality', 'not']),
            ],
          },
        ],
      },
      {
        workshopId: 'w3',
        threshold: 3,
        // Marketing 2 < 3 is hidden, and with it Sales (2 hidden people are fewer than 3): no divergence shown.
        sorts: [{ config: w1, responses: [...place('sales', 'a', ['not', 'not', 'not']), ...place('marketing', 'a', ['quality', 'quality'])] }],
      },
    ]);
    // "Visited the pricing page" was sorted in one workshop only: no trend.
    expect(trends.map((t) => t.key)).toEqual(['example:sig3']); // an example signal: by its id, in any language
    const [card] = trends;
    expect(card!.text).toBe('Downloaded a whitepaper');
    expect(card!.points.map((p) => p.workshopId)).toEqual(['w1', 'w2', 'w3']);
    expect(card!.points[0]!.divergence).toBeCloseTo(5 / 6, 10);
    expect(card!.points[1]!.divergence).toBeCloseTo(0.4, 10);
    expect(card!.points[2]).toEqual({ workshopId: 'w3', n: 5, divergence: null, splitHidden: true });
    expect(card!.points.slice(0, 2).map((p) => [p.n, p.splitHidden])).toEqual([
      [9, false],
      [10, false],
    ]);
  });

  it('lines up an example signal across a series that changed language; the facilitator’s own cards by their text', () => {
    const english = sortOf([
      { id: 'sig3', text: 'Downloaded a whitepaper' },
      { id: 'own', text: 'Asked for a demo' },
    ]);
    const german = sortOf([
      { id: 'sig3', text: 'Hat ein Whitepaper heruntergeladen' },
      { id: 'own', text: 'Hat nach einer Demo gefragt' }, // typed anew in German: another card to the trends
    ]);
    const both = (card: string) => [...place('sales', card, ['quality']), ...place('marketing', card, ['not'])];
    const trends = leadCardTrends([
      { workshopId: 'w1', threshold: 1, sorts: [{ config: english, responses: [...both('sig3'), ...both('own')] }] },
      { workshopId: 'w2', threshold: 1, sorts: [{ config: german, responses: [...both('sig3'), ...both('own')] }] },
    ]);
    expect(trends.map((t) => [t.key, t.text, t.points.map((p) => p.workshopId)])).toEqual([
      ['example:sig3', 'Hat ein Whitepaper heruntergeladen', ['w1', 'w2']],
    ]);
  });

  it('a card only one team placed has no divergence but still counts as sorted', () => {
    const c = sortOf([{ id: 'a', text: 'Asked for a demo' }]);
    const trends = leadCardTrends([
      { workshopId: 'w1', threshold: 1, sorts: [{ config: c, responses: place('sales', 'a', ['quality']) }] },
      { workshopId: 'w2', threshold: 1, sorts: [{ config: c, responses: [...place('sales', 'a', ['quality']), ...place('marketing', 'a', ['quality'])] }] },
    ]);
    expect(trends[0]!.points).toEqual([
      { workshopId: 'w1', n: 1, divergence: null, splitHidden: false },
      { workshopId: 'w2', n: 2, divergence: 0, splitHidden: false },
    ]);
  });

  it('counts the last sort anyone answered in a workshop; unanswered sorts are no data', () => {
    const c = sortOf([{ id: 'a', text: 'Asked for a demo' }]);
    const same = [...place('sales', 'a', ['quality']), ...place('marketing', 'a', ['quality'])];
    const apart = [...place('sales', 'a', ['not']), ...place('marketing', 'a', ['quality'])];
    const trends = leadCardTrends([
      {
        workshopId: 'w1',
        threshold: 1,
        sorts: [
          { config: c, responses: same },
          { config: c, responses: apart },
          { config: c, responses: [] },
        ],
      },
      { workshopId: 'w2', threshold: 1, sorts: [{ config: c, responses: [] }] },
      { workshopId: 'w3', threshold: 1, sorts: [{ config: c, responses: same }] },
    ]);
    expect(trends[0]!.points.map((p) => [p.workshopId, p.divergence])).toEqual([
      ['w1', 1],
      ['w3', 0],
    ]);
  });
});
