import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDefinition } from '../registry';
import { aggregate } from '../aggregate';
import type { StoredResponse } from '../types';
import type { CardSortTally } from '../cardsort/logic';
import { compareTeams, distribution, tvd, topOf } from '../team-divergence';
import { draftDefinition, draftParts } from './draft';
import { i18nFor } from '../../main/i18n';
import { definitionSummary, summaryOf } from './report';
import type { LeadSortConfig } from './definition';
import type { Team } from '../../shared/domain';

const def = findDefinition('leadsort')!;
const COLS = [{ id: 'quality' }, { id: 'not' }, { id: 'depends' }];
const r = (participantId: string, team: Team, itemKey: string, column: string, note?: string): StoredResponse => ({
  participantId,
  team,
  itemKey,
  value: note ? { column, note } : { column },
});

describe('lead-quality sort: defaults', () => {
  it('ships at least 24 signals, each with a description, and the three columns', () => {
    const config = def.defaultConfig() as LeadSortConfig;
    expect(config.cards.length).toBeGreaterThanOrEqual(24);
    expect(config.cards.every((c) => c.description.length > 0)).toBe(true);
    expect(config.columns.map((c) => c.text)).toEqual(['Quality lead', 'Not a signal', 'Depends']);
    expect(def.configSchema.safeParse({ ...config, columns: config.columns.slice(0, 2) }).success).toBe(false);
    expect(def.configSchema.safeParse({ ...config, open: true }).success).toBe(false);
    expect(def.guide?.en.howToRun.length).toBeGreaterThan(0);
  });
  it('uses the card sort rules: planned columns only, notes kept', () => {
    const config = def.defaultConfig() as LeadSortConfig;
    const engine = def.responses!;
    expect(engine.check(config, 'sig1', { column: 'depends', note: 'on size' }, new Map())).toBeNull();
    expect(engine.check(config, 'sig1', { column: 'custom:Later' }, new Map())).toBe('Pick one of the columns.');
  });
});

describe('total variation distance (worked examples)', () => {
  it('Sales 4 of 5 Quality + 1 Depends vs Marketing 1 Quality + 2 Not + 1 Depends', () => {
    // Sales:     quality 4/5 = 0.80, not 0/5 = 0.00, depends 1/5 = 0.20
    // Marketing: quality 1/4 = 0.25, not 2/4 = 0.50, depends 1/4 = 0.25
    // |0.80-0.25| + |0.00-0.50| + |0.20-0.25| = 0.55 + 0.50 + 0.05 = 1.10; half = 0.55
    const s = { quality: 0.8, not: 0, depends: 0.2 };
    const m = { quality: 0.25, not: 0.5, depends: 0.25 };
    expect(tvd(COLS, s, m)).toBeCloseTo(0.55, 10);
  });
  it('is 1 when the teams share no column, 0 when identical', () => {
    // All of Sales in Quality, all of Marketing in Not: (1 + 1 + 0) / 2 = 1
    expect(tvd(COLS, { quality: 1, not: 0, depends: 0 }, { quality: 0, not: 1, depends: 0 })).toBe(1);
    expect(tvd(COLS, { quality: 0.5, not: 0.5, depends: 0 }, { quality: 0.5, not: 0.5, depends: 0 })).toBe(0);
  });
  it('compares the teams card by card, ranks the biggest gap first and sums agreement', () => {
    const config = { ...(def.defaultConfig() as LeadSortConfig), cards: (def.defaultConfig() as LeadSortConfig).cards.slice(0, 3) };
    const [a, b, c] = config.cards.map((x) => x.id) as [string, string, string];
    const responses = [
      // Card a: Sales 3× quality; Marketing 3× quality → gap 0
      ...['s1', 's2', 's3'].map((p) => r(p, 'sales', a, 'quality')),
      ...['m1', 'm2', 'm3'].map((p) => r(p, 'marketing', a, 'quality')),
      // Card b: Sales 3× not; Marketing 2× quality + 1× depends → Sales (0,1,0) vs Marketing (2/3,0,1/3):
      //   |0-2/3| + |1-0| + |0-1/3| = 2/3 + 1 + 1/3 = 2; half = 1
      ...['s1', 's2', 's3'].map((p) => r(p, 'sales', b, 'not')),
      r('m1', 'marketing', b, 'quality'),
      r('m2', 'marketing', b, 'quality'),
      r('m3', 'marketing', b, 'depends', 'if they hold budget'),
      // Card c: Sales 2 quality + 1 depends (2/3, 0, 1/3); Marketing 1 quality + 2 depends (1/3, 0, 2/3):
      //   |2/3-1/3| + 0 + |1/3-2/3| = 1/3 + 1/3 = 2/3; half = 1/3
      r('s1', 'sales', c, 'quality'),
      r('s2', 'sales', c, 'quality'),
      r('s3', 'sales', c, 'depends', 'team size'),
      r('m1', 'marketing', c, 'quality'),
      r('m2', 'marketing', c, 'depends', 'seniority'),
      r('m3', 'marketing', c, 'depends'),
    ];
    const agg = aggregate(def, config, responses, 3)!;
    const sales = agg.teams.find((t) => t.team === 'sales')!.result as CardSortTally;
    const marketing = agg.teams.find((t) => t.team === 'marketing')!.result as CardSortTally;
    const cmp = compareTeams(config.columns, config.cards, sales, marketing);
    expect(cmp.ranked.map((x) => x.id)).toEqual([b, c, a]);
    expect(cmp.ranked.map((x) => x.divergence)).toEqual([1, expect.closeTo(1 / 3, 10), 0]);
    // Agreement = 1 − mean gap = 1 − (0 + 1 + 1/3) / 3 = 1 − 4/9 = 5/9 ≈ 0.556
    expect(cmp.agreement).toBeCloseTo(5 / 9, 10);
    // Same most common column: a (quality/quality) and c (quality/depends? no: Sales quality, Marketing depends) → only a
    expect(cmp.sameTopCount).toBe(1);

    // The draft: a is agreed Quality (6/6); b split; c has no 60% majority (3/6 quality, 3/6 depends)
    const parts = draftParts(config, agg.overall as CardSortTally, cmp);
    expect(parts.quality).toEqual([config.cards[0]!.text]);
    expect(parts.notSignal).toEqual([]);
    expect(parts.open).toEqual([
      { text: config.cards[1]!.text, dependsOn: ['if they hold budget'] },
      { text: config.cards[2]!.text, dependsOn: ['seniority', 'team size'] },
    ]);
    const text = draftDefinition(parts, i18nFor('en'));
    expect(text).toContain(`A quality lead shows one or more of these:\n- ${config.cards[0]!.text}`);
    expect(text).toContain(`${config.cards[2]!.text} (depends on: seniority; team size)`);
    // In the board's language: a German console drafts it in German.
    const german = draftDefinition(parts, i18nFor('de'));
    expect(german).toContain(`Ein guter Lead zeigt eines oder mehrere dieser Merkmale:\n- ${config.cards[0]!.text}`);
    expect(german).toContain(`${config.cards[2]!.text} (kommt an auf: seniority; team size)`);
    expect(german).not.toContain('Sales follows up');
  });
  it('suppresses a team below the threshold, so no comparison is made from it', () => {
    const config = def.defaultConfig() as LeadSortConfig;
    const people = [r('s1', 'sales', 'sig1', 'quality'), r('m1', 'marketing', 'sig1', 'not'), r('m2', 'marketing', 'sig1', 'not')];
    // With one person from Other, Sales 1 and Other 1 hide together (2 people), so Marketing may be shown.
    const agg = aggregate(def, config, [...people, r('x1', 'other', 'sig1', 'depends')], 2)!;
    expect(agg.teams.find((t) => t.team === 'sales')).toMatchObject({ n: 1, suppressed: true, result: null });
    expect(agg.teams.find((t) => t.team === 'marketing')).toMatchObject({ n: 2, suppressed: false });
    // Without them, the total minus Marketing would be the one salesperson's sort: Marketing is hidden too.
    expect(aggregate(def, config, people, 2)!.teams.find((t) => t.team === 'marketing')).toMatchObject({ n: 2, suppressed: true, result: null });
  });
});

describe('total variation distance (properties)', () => {
  // A distribution over the three columns from three non-negative counts (not all zero).
  const dist = fc
    .tuple(fc.nat(50), fc.nat(50), fc.nat(50))
    .filter(([a, b, c]) => a + b + c > 0)
    .map(([a, b, c]) => ({ quality: a / (a + b + c), not: b / (a + b + c), depends: c / (a + b + c) }));
  it('is symmetric, within [0, 1], and 0 for identical distributions', () => {
    fc.assert(
      fc.property(dist, dist, (p, q) => {
        const d = tvd(COLS, p, q);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(1);
        expect(tvd(COLS, q, p)).toBeCloseTo(d, 12);
        expect(tvd(COLS, p, p)).toBe(0);
      }),
    );
  });
  it('satisfies the triangle inequality', () => {
    fc.assert(fc.property(dist, dist, dist, (p, q, s) => tvd(COLS, p, s) <= tvd(COLS, p, q) + tvd(COLS, q, s) + 1e-9));
  });
  it('distribution() shares sum to 1 and the top column has the largest share', () => {
    fc.assert(
      fc.property(fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)), ([a, b, c]) => {
        const total = a + b + c;
        const d = distribution(COLS, { id: 'x', text: 'x', total, counts: { quality: a, not: b, depends: c }, notes: [] });
        if (total === 0) return d === null;
        const sum = Object.values(d!).reduce((s, v) => s + v, 0);
        const top = topOf(COLS, d)!;
        return Math.abs(sum - 1) < 1e-12 && Object.values(d!).every((v) => v <= d![top]!);
      }),
    );
  });
});

describe('the definition in one line for the executive summary', () => {
  it('runs list items on after their lead-in, one sentence per paragraph', () => {
    const draft =
      'A quality lead shows one or more of these:\n- Budget is known\n- Timing is known\n\nStill to agree, and what it depends on:\n- Requested a demo\n\nReviewed together every quarter';
    expect(summaryOf(draft)).toBe(
      'A quality lead shows one or more of these: Budget is known; Timing is known. Still to agree, and what it depends on: Requested a demo. Reviewed together every quarter.',
    );
  });

  it('keeps whole phrases only, never cuts one with an ellipsis, and counts what it leaves out', () => {
    const draft = [
      'A quality lead shows one or more of these:',
      ...Array.from({ length: 12 }, (_, i) => `- Signal number ${i + 1} is present`),
      '',
      'Sales follows up within ___ working hours.',
    ].join('\n');
    const short = definitionSummary(draft, 120);
    expect(short.text.length).toBeLessThanOrEqual(121);
    expect(short.text).not.toContain('…');
    expect(short.text).toMatch(/^A quality lead shows one or more of these: Signal number 1 is present; .*Signal number \d+ is present\.$/);
    const kept = short.text.match(/Signal number/g)!.length;
    expect(short.more).toBe(`${12 - kept + 1} more points`);
    // A single long sentence is kept whole rather than cut.
    const long = `A quality lead is ${'someone who asked for a demo and '.repeat(12)}has budget.`;
    expect(definitionSummary(long, 120)).toEqual({ text: long, more: null });
  });
});
