import { describe, expect, it } from 'vitest';
import type { Team } from '../../shared/domain';
import type { StoredResponse } from '../types';
import type { PulseConfig } from './definition';
import type { PulseValue } from './logic';
import { pulseGapTrends } from './gap-trend';

const config: PulseConfig = {
  setVersion: 1,
  statements: [
    { id: 'qualified-lead', text: 'We agree on what a qualified lead is.' },
    { id: 'trust-numbers', text: 'I trust the other team’s numbers.' },
  ],
  extra: [],
};

/** One rating per person of `team` for statement `id`; people are named team-i, so one person rates several statements. */
const rate = (team: Team, id: string, ratings: number[]): StoredResponse<PulseValue>[] =>
  ratings.map((rating, i) => ({ participantId: `${team}-${i}`, team, itemKey: id, value: { rating } }));

const workshop = (workshopId: string, responses: StoredResponse<PulseValue>[], c: PulseConfig = config, threshold = 3) => ({
  workshopId,
  threshold,
  pulses: [{ config: c, responses }],
});

describe('pulse gap over a series', () => {
  it('follows the gap over three workshops: 1.8 → 1.2 → 0.6', () => {
    const trends = pulseGapTrends([
      // Sales (5+4+4+4+4)/5 = 4.2; Marketing (2+2+3+2+3)/5 = 2.4; gap 1.8
      workshop('w1', [...rate('sales', 'qualified-lead', [5, 4, 4, 4, 4]), ...rate('marketing', 'qualified-lead', [2, 2, 3, 2, 3])]),
      // Sales 20/5 = 4.0; Marketing (3+3+3+3+2)/5 = 2.8; gap 1.2
      workshop('w2', [...rate('sales', 'qualified-lead', [4, 4, 4, 4, 4]), ...rate('marketing', 'qualified-lead', [3, 3, 3, 3, 2])]),
      // Sales (4+4+4+4+3)/5 = 3.8; Marketing (3+3+3+4+3)/5 = 3.2; gap 0.6
      workshop('w3', [...rate('sales', 'qualified-lead', [4, 4, 4, 4, 3]), ...rate('marketing', 'qualified-lead', [3, 3, 3, 4, 3])]),
    ]);
    expect(trends).toEqual([
      {
        key: 'set1:qualified-lead',
        statementId: 'qualified-lead',
        setVersion: 1,
        text: 'We agree on what a qualified lead is.',
        points: [
          { workshopId: 'w1', n: 10, sales: 4.2, marketing: 2.4, gap: 1.8, splitHidden: false },
          { workshopId: 'w2', n: 10, sales: 4.0, marketing: 2.8, gap: 1.2, splitHidden: false },
          { workshopId: 'w3', n: 10, sales: 3.8, marketing: 3.2, gap: 0.6, splitHidden: false },
        ],
      },
    ]);
  });

  it('hides the team means where aggregate() hides them: 2 of Marketing under a threshold of 3 hides both teams', () => {
    // Marketing (2 people) is below 3; the 2 hidden people are fewer than 3, so Sales (the smallest shown team) is hidden too.
    const [trend] = pulseGapTrends([workshop('w1', [...rate('sales', 'qualified-lead', [5, 5, 5]), ...rate('marketing', 'qualified-lead', [1, 1])])]);
    expect(trend!.points).toEqual([{ workshopId: 'w1', n: 5, sales: null, marketing: null, gap: null, splitHidden: true }]);
  });

  it('keeps a team shown when the hidden people reach the threshold on their own, but the gap still needs both', () => {
    // Threshold 2: Other has 1 person (hidden); 1 hidden < 2, so the smallest shown team (Marketing, 2) is hidden as well.
    const responses = [...rate('sales', 'qualified-lead', [4, 4, 4]), ...rate('marketing', 'qualified-lead', [2, 2]), ...rate('other', 'qualified-lead', [3])];
    const [trend] = pulseGapTrends([workshop('w1', responses, config, 2)]);
    expect(trend!.points[0]).toEqual({ workshopId: 'w1', n: 6, sales: 4.0, marketing: null, gap: null, splitHidden: true });
  });

  it('a team that did not take part leaves no gap, but nothing is hidden', () => {
    const [trend] = pulseGapTrends([workshop('w1', rate('sales', 'qualified-lead', [4, 3, 5]))]);
    expect(trend!.points[0]).toEqual({ workshopId: 'w1', n: 3, sales: 4.0, marketing: null, gap: null, splitHidden: false });
  });

  it('compares like with like: another set version is another statement; own statements match by id', () => {
    const v2 = { ...config, setVersion: 2 } as unknown as PulseConfig;
    const own = { ...config, statements: [config.statements[0]!], extra: [{ id: 'own-1', text: 'Our weekly report is read.' }] };
    const ownReworded = { ...own, extra: [{ id: 'own-1', text: 'Our weekly report is read by both teams.' }] };
    const both = (id: string, s: number[], m: number[]) => [...rate('sales', id, s), ...rate('marketing', id, m)];
    const trends = pulseGapTrends([
      workshop('w1', [...both('qualified-lead', [4, 4, 4], [3, 3, 3]), ...both('own-1', [2, 2, 2], [5, 5, 5])], own),
      workshop('w2', both('qualified-lead', [4, 4, 4], [4, 4, 4]), v2),
      workshop('w3', [...both('qualified-lead', [5, 5, 5], [3, 3, 3]), ...both('own-1', [3, 3, 3], [4, 4, 4])], ownReworded),
    ]);
    const byKey = Object.fromEntries(trends.map((t) => [t.key, t]));
    expect(Object.keys(byKey)).toEqual(['set1:qualified-lead', 'own:own-1', 'set2:qualified-lead']);
    expect(byKey['set1:qualified-lead']!.points.map((p) => [p.workshopId, p.gap])).toEqual([
      ['w1', 1.0],
      ['w3', 2.0],
    ]);
    expect(byKey['set2:qualified-lead']!.points.map((p) => [p.workshopId, p.gap])).toEqual([['w2', 0]]);
    // The latest wording, and |2 − 5| = 3.0 then |3 − 4| = 1.0.
    expect(byKey['own:own-1']).toMatchObject({ setVersion: null, text: 'Our weekly report is read by both teams.' });
    expect(byKey['own:own-1']!.points.map((p) => p.gap)).toEqual([3.0, 1.0]);
  });

  it('counts the last pulse anyone answered in a workshop, and skips workshops and statements nobody rated', () => {
    const opening = rate('sales', 'qualified-lead', [1, 1, 1]);
    const closing = [...rate('sales', 'qualified-lead', [5, 5, 5]), ...rate('marketing', 'qualified-lead', [4, 4, 4])];
    const trends = pulseGapTrends([
      {
        workshopId: 'w1',
        threshold: 3,
        pulses: [
          { config, responses: opening },
          { config, responses: closing },
          { config, responses: [] },
        ],
      },
      { workshopId: 'w2', threshold: 3, pulses: [{ config, responses: [] }] },
      { workshopId: 'w3', threshold: 3, pulses: [] },
    ]);
    // trust-numbers was asked but nobody rated it: no trend at all.
    expect(trends.map((t) => t.key)).toEqual(['set1:qualified-lead']);
    expect(trends[0]!.points).toEqual([{ workshopId: 'w1', n: 6, sales: 5.0, marketing: 4.0, gap: 1.0, splitHidden: false }]);
  });

  it('nothing in, nothing out', () => {
    expect(pulseGapTrends([])).toEqual([]);
  });
});
