import { describe, expect, it } from 'vitest';
import type { LeadCardPoint, PulseGapPoint, SeriesTrends } from '../../src/shared/trends';
import { gapLastTime, sinceLastTime } from '../../src/shared/since-last-time';
import { i18nFor } from '../../src/main/i18n';

const en = i18nFor('en');
import { direction, pointBefore } from '../../src/shared/trends';

const workshops = [
  { id: 'w1', title: 'Kickoff', date: '2027-03-03' },
  { id: 'w2', title: 'Joint meeting 2', date: '2027-03-17' },
  { id: 'w3', title: 'Joint meeting 3', date: '2027-03-31' },
];
const gap = (workshopId: string, g: number | null, splitHidden = false): PulseGapPoint => ({
  workshopId,
  n: 10,
  sales: null,
  marketing: null,
  gap: g,
  splitHidden,
});
const apart = (workshopId: string, d: number | null, splitHidden = false): LeadCardPoint => ({ workshopId, n: 10, divergence: d, splitHidden });
const day = (iso: string) => ({ '2027-03-03': '3 March', '2027-03-17': '17 March', '2027-03-31': '31 March' })[iso] ?? iso;

const trends = (over: Partial<SeriesTrends> = {}): SeriesTrends => ({
  series: { id: 's1', title: 'ACME alignment 2027' },
  workshops,
  pulse: [
    {
      key: 'set1:qualified-lead',
      statementId: 'qualified-lead',
      setVersion: 1,
      text: 'We agree on what a qualified lead is.',
      points: [gap('w1', 1.8), gap('w3', 0.6)],
    },
    {
      key: 'set1:trust-numbers',
      statementId: 'trust-numbers',
      setVersion: 1,
      text: 'I trust the other team’s numbers.',
      points: [gap('w1', 1.0), gap('w3', 1.2)],
    },
  ],
  leadCards: [
    { key: 'downloaded a whitepaper', text: 'Downloaded a whitepaper', points: [apart('w1', 0.83), apart('w3', 0.8333)] },
    { key: 'asked for a demo', text: 'Asked for a demo', points: [apart('w1', 0.5), apart('w3', 0.1)] },
  ],
  ...over,
});

describe('since last time', () => {
  it('names the biggest pulse move and the card furthest apart, against the last workshop with results', () => {
    // w2 had no pulse and no lead sort: the comparison is with w1 (3 March).
    expect(sinceLastTime(trends(), 'w3', day, en)).toBe(
      'Since 3 March, the gap on “We agree on what a qualified lead is” narrowed from 1.8 to 0.6; “Downloaded a whitepaper” is still 83 of 100 apart.',
    );
  });

  it('says widened, and says a card moved', () => {
    const t = trends({
      pulse: [{ key: 'k', statementId: 'k', setVersion: 1, text: 'I trust the other team’s numbers.', points: [gap('w1', 0.4), gap('w2', 1.1)] }],
      leadCards: [{ key: 'd', text: 'Downloaded a whitepaper', points: [apart('w1', 0.83), apart('w2', 0.4)] }],
    });
    expect(sinceLastTime(t, 'w2', day, en)).toBe(
      'Since 3 March, the gap on “I trust the other team’s numbers” widened from 0.4 to 1.1; “Downloaded a whitepaper” is now 40 of 100 apart (83 before).',
    );
  });

  it('when no gap moved, names the widest one as unchanged', () => {
    const t = trends({
      pulse: [
        { key: 'a', statementId: 'a', setVersion: 1, text: 'A.', points: [gap('w1', 0.5), gap('w2', 0.5)] },
        { key: 'b', statementId: 'b', setVersion: 1, text: 'B.', points: [gap('w1', 1.5), gap('w2', 1.5)] },
      ],
      leadCards: [],
    });
    expect(sinceLastTime(t, 'w2', day, en)).toBe('Since 3 March, the widest pulse gap, on “B”, stayed at 1.5.');
  });

  it('adds what the reviews found of the commitments made earlier, counting only what was reviewed', () => {
    const followThrough = [
      { workshopId: 'w1', made: 6, done: 2, partly: 1, notDone: 0, dropped: 0, open: 3 },
      { workshopId: 'w2', made: 2, done: 1, partly: 0, notDone: 1, dropped: 0, open: 0 },
      { workshopId: 'w3', made: 4, done: 0, partly: 0, notDone: 0, dropped: 0, open: 4 },
    ];
    // w3's own commitments are not "earlier": 3 of the 5 reviewed from w1 and w2 are done, 1 partly.
    expect(sinceLastTime(trends({ followThrough }), 'w3', day, en)).toBe(
      'Since 3 March, the gap on “We agree on what a qualified lead is” narrowed from 1.8 to 0.6; “Downloaded a whitepaper” is still 83 of 100 apart; ' +
        '3 of the 5 commitments reviewed so far (made since 3 March) are done, 1 partly.',
    );
    // No pulse or lead sort anywhere: the commitments still speak.
    expect(sinceLastTime(trends({ followThrough, pulse: [], leadCards: [] }), 'w3', day, en)).toBe(
      '3 of the 5 commitments reviewed so far (made since 3 March) are done, 1 partly; no earlier workshop has pulse or lead-sort results to compare with yet.',
    );
    // Made but not reviewed yet.
    const unreviewed = [{ workshopId: 'w1', made: 1, done: 0, partly: 0, notDone: 0, dropped: 0, open: 1 }];
    expect(sinceLastTime(trends({ followThrough: unreviewed, pulse: [], leadCards: [] }), 'w2', day, en)).toBe(
      'The 1 commitment made since 3 March has not been reviewed yet; no earlier workshop has pulse or lead-sort results to compare with yet.',
    );
  });

  it('is honest when there is nothing earlier', () => {
    expect(sinceLastTime(trends(), 'w1', day, en)).toBe(
      'This is the first workshop of the series “ACME alignment 2027”: there is nothing earlier to compare with yet.',
    );
    expect(sinceLastTime(trends({ pulse: [], leadCards: [] }), 'w2', day, en)).toBe(
      'No earlier workshop of the series “ACME alignment 2027” has pulse or lead-sort results, so there is nothing to compare with yet.',
    );
    expect(sinceLastTime(trends(), 'w2', day, en)).toBe('Since 3 March: nothing to compare yet, as no pulse or lead sort has been answered in this workshop.');
    expect(sinceLastTime(null, 'w2', day, en)).toBeNull();
  });

  it('never compares a gap a hidden team split would give away', () => {
    const t = trends({
      pulse: [{ key: 'a', statementId: 'a', setVersion: 1, text: 'A.', points: [gap('w1', 1.8), gap('w2', null, true)] }],
      leadCards: [{ key: 'd', text: 'Downloaded a whitepaper', points: [apart('w1', 0.83), apart('w2', null, true)] }],
    });
    expect(sinceLastTime(t, 'w2', day, en)).toBe(
      'Since 3 March, the pulse gaps cannot be compared, as a team’s answers were too few to show on their own (anonymity threshold).',
    );
  });

  it('names an undated earlier workshop by its title, and says when nothing was answered in both', () => {
    const t = trends({
      workshops: [{ id: 'w1', title: 'Kickoff', date: null }, workshops[1]!],
      pulse: [{ key: 'a', statementId: 'a', setVersion: 1, text: 'A.', points: [gap('w1', 1.8)] }],
      leadCards: [{ key: 'd', text: 'D', points: [apart('w1', 0.5), apart('w2', 0.5)] }],
    });
    expect(sinceLastTime(t, 'w2', day, en)).toBe('Since “Kickoff”, “D” is still 50 of 100 apart.');
    const none = trends({
      workshops: [{ id: 'w1', title: 'Kickoff', date: null }, workshops[1]!],
      pulse: [
        { key: 'a', statementId: 'a', setVersion: 1, text: 'A.', points: [gap('w1', 1.8)] },
        { key: 'b', statementId: 'b', setVersion: 1, text: 'B.', points: [gap('w2', 1.0)] },
      ],
      leadCards: [],
    });
    expect(sinceLastTime(none, 'w2', day, en)).toBe(
      'Since “Kickoff”: no pulse statement or lead card was answered in both workshops, so nothing compares yet.',
    );
  });

  it('gives the gap last time per statement, hidden or not', () => {
    const t = trends({ pulse: [{ key: 'a', statementId: 'a', setVersion: 1, text: 'A.', points: [gap('w1', 1.8), gap('w2', null, true)] }] });
    expect(gapLastTime(t, 'w3', 'a')).toEqual({ gap: null, splitHidden: true, workshop: workshops[1] });
    expect(gapLastTime(t, 'w2', 'a')).toEqual({ gap: 1.8, splitHidden: false, workshop: workshops[0] });
    expect(gapLastTime(t, 'w1', 'a')).toBeNull();
    expect(gapLastTime(t, 'w3', 'nope')).toBeNull();
    expect(gapLastTime(undefined, 'w3', 'a')).toBeNull();
  });

  it('points before and directions', () => {
    expect(pointBefore(workshops, [gap('w3', 1), gap('w1', 2)], 'w3')).toEqual(gap('w1', 2));
    expect(pointBefore(workshops, [gap('w1', 2)], 'elsewhere')).toBeNull();
    expect(direction(1.8, 1.2, 0.05)).toBe('narrowed');
    expect(direction(1.2, 1.3, 0.05)).toBe('widened');
    expect(direction(0.83, 0.8333, 0.05)).toBe('unchanged');
  });
});
