import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_DEFINITIONS, findDefinition } from '../../src/activities/registry';
import { aggregate, applyResponses } from '../../src/activities/aggregate';
import type { StoredResponse } from '../../src/activities/types';
import { TEAMS, type Team } from '../../src/shared/domain';
import { items } from '../../src/activities/shared-schemas';

const def = (kind: string) => findDefinition(kind)!;
const r = (participantId: string, team: Team, itemKey: string, value: unknown): StoredResponse => ({ participantId, team, itemKey, value });

describe('every registered engine (conformance)', () => {
  for (const d of ACTIVITY_DEFINITIONS) {
    it(`${d.kind}: default config validates, aggregate of nothing works, board starts valid`, () => {
      expect(d.configSchema.safeParse(d.defaultConfig()).success).toBe(true);
      expect(d.configVersion).toBeGreaterThanOrEqual(1);
      expect(d.label.length).toBeGreaterThan(2);
      const agg = aggregate(d, d.defaultConfig(), [], 3);
      if (d.responses) {
        expect(agg?.n).toBe(0);
        expect(agg?.teams.every((t) => t.n === 0 && t.result === null)).toBe(true);
      } else expect(agg).toBeNull();
      if (d.board) expect(d.board.schema.safeParse(d.board.initial()).success).toBe(true);
      expect(d.interactive).toBe(Boolean(d.responses));
    });
  }
});

describe('dot vote', () => {
  const config = { prompt: '', options: items(['A', 'B', 'C'], 'o'), dotsPerPerson: 5, maxPerItem: 3 };
  const engine = def('dotvote').responses!;
  it('enforces the dots each person has and the cap per option', () => {
    const mine = new Map<string, unknown>([['o1', { dots: 3 }]]);
    expect(engine.check(config, 'o2', { dots: 2 }, mine)).toBeNull();
    expect(engine.check(config, 'o2', { dots: 3 }, mine)).toBe('You have 2 dots left.');
    expect(engine.check(config, 'o1', { dots: 4 }, new Map())).toBe('You can put at most 3 dots on one option.');
    expect(engine.check(config, 'o1', { dots: 2 }, mine)).toBeNull(); // replacing your own dots frees them
    expect(engine.check(config, 'nope', { dots: 1 }, mine)).toMatch(/not part of this vote/);
  });
  it('tallies dots and voters, most dots first, ties in planned order', () => {
    const t = engine.tally(config, [r('p1', 'sales', 'o2', { dots: 3 }), r('p2', 'marketing', 'o2', { dots: 1 }), r('p2', 'marketing', 'o3', { dots: 4 })]) as {
      totalDots: number;
      options: { id: string; dots: number; voters: number }[];
    };
    expect(t.totalDots).toBe(8);
    expect(t.options.map((o) => [o.id, o.dots, o.voters])).toEqual([
      ['o2', 4, 2],
      ['o3', 4, 1],
      ['o1', 0, 0],
    ]);
  });
});

describe('card sort', () => {
  const config = { prompt: '', cards: items(['Demo', 'Webinar'], 'c'), columns: items(['Quality', 'Not', 'Depends'], 'col'), open: false };
  const engine = def('cardsort').responses!;
  it('accepts planned columns, and custom ones only in an open sort', () => {
    expect(engine.check(config, 'c1', { column: 'col1' }, new Map())).toBeNull();
    expect(engine.check(config, 'c1', { column: 'custom:Later' }, new Map())).toBe('Pick one of the columns.');
    expect(engine.check({ ...config, open: true }, 'c1', { column: 'custom:Later' }, new Map())).toBeNull();
    expect(engine.check(config, 'c9', { column: 'col1' }, new Map())).toMatch(/not part of this sort/);
  });
  it('builds the card × column matrix with notes', () => {
    const t = engine.tally(config, [
      r('p1', 'sales', 'c1', { column: 'col1' }),
      r('p2', 'marketing', 'c1', { column: 'col3', note: 'budget' }),
      r('p3', 'marketing', 'c1', { column: 'col1' }),
    ]) as { cards: { id: string; total: number; counts: Record<string, number>; notes: string[] }[] };
    expect(t.cards[0]).toMatchObject({ id: 'c1', total: 3, counts: { col1: 2, col2: 0, col3: 1 }, notes: ['budget'] });
    expect(t.cards[1]).toMatchObject({ id: 'c2', total: 0 });
  });
  it('is complete only when every card is placed', () => {
    expect(engine.isComplete!(config, new Map([['c1', { column: 'col1' }]]))).toBe(false);
    expect(
      engine.isComplete!(
        config,
        new Map([
          ['c1', { column: 'col1' }],
          ['c2', { column: 'col2' }],
        ]),
      ),
    ).toBe(true);
  });
});

describe('ranking (Borda count)', () => {
  const config = { prompt: '', options: items(['A', 'B', 'C'], 'o') };
  const engine = def('ranking').responses!;
  it('refuses partial or repeated orders', () => {
    expect(engine.check(config, 'order', { order: ['o1', 'o2'] }, new Map())).toMatch(/exactly once/);
    expect(engine.check(config, 'order', { order: ['o1', 'o1', 'o2'] }, new Map())).toMatch(/exactly once/);
    expect(engine.check(config, 'order', { order: ['o3', 'o1', 'o2'] }, new Map())).toBeNull();
  });
  it('scores n-1 for first down to 0 for last, with shared ranks on ties', () => {
    // p1: A>B>C → A2 B1 C0; p2: B>A>C → B2 A1 C0; p3: C>B>A → C2 B1 A0. Totals A3 B4 C2.
    const t = engine.tally(config, [
      r('p1', 'sales', 'order', { order: ['o1', 'o2', 'o3'] }),
      r('p2', 'sales', 'order', { order: ['o2', 'o1', 'o3'] }),
      r('p3', 'marketing', 'order', { order: ['o3', 'o2', 'o1'] }),
    ]) as { options: { id: string; points: number; rank: number; firstPlaces: number }[] };
    expect(t.options.map((o) => [o.id, o.points, o.rank, o.firstPlaces])).toEqual([
      ['o2', 4, 1, 1],
      ['o1', 3, 2, 1],
      ['o3', 2, 3, 1],
    ]);
    const tie = engine.tally(config, [r('p1', 'sales', 'order', { order: ['o1', 'o2', 'o3'] }), r('p2', 'sales', 'order', { order: ['o2', 'o1', 'o3'] })]) as {
      options: { id: string; rank: number }[];
    };
    expect(tie.options.map((o) => [o.id, o.rank])).toEqual([
      ['o1', 1],
      ['o2', 1],
      ['o3', 3],
    ]);
  });
});

describe('brainstorm', () => {
  const engine = def('brainstorm').responses!;
  const config = { prompt: '', anonymous: true, maxCardsPerPerson: 2 };
  it('limits cards per person and hides authors when anonymous', () => {
    const mine = new Map<string, unknown>([
      ['card-aaaa1', { text: 'x' }],
      ['card-aaaa2', { text: 'y' }],
    ]);
    expect(engine.check(config, 'card-aaaa3', { text: 'z' }, mine)).toBe('You can add up to 2 cards.');
    expect(engine.check(config, 'card-aaaa1', { text: 'edited' }, mine)).toBeNull();
    expect(engine.check(config, '../../x', { text: 'z' }, new Map())).toMatch(/not valid/);
    const anon = engine.tally(config, [r('p1', 'sales', 'card-aaaa1', { text: 'x' })]) as { cards: { authorId: string | null; team: string }[] };
    expect(anon.cards[0]).toMatchObject({ authorId: null, team: 'sales' });
    const named = engine.tally({ ...config, anonymous: false }, [r('p1', 'sales', 'card-aaaa1', { text: 'x' })]) as { cards: { authorId: string | null }[] };
    expect(named.cards[0]!.authorId).toBe('p1');
  });
});

describe('aggregate per team with the anonymity threshold', () => {
  const config = { prompt: '', options: items(['A', 'B'], 'o'), dotsPerPerson: 5, maxPerItem: 3 };
  it('suppresses a team below the threshold, and says how many answered', () => {
    const responses = [
      r('s1', 'sales', 'o1', { dots: 1 }),
      r('s2', 'sales', 'o1', { dots: 1 }),
      r('s3', 'sales', 'o2', { dots: 1 }),
      r('m1', 'marketing', 'o2', { dots: 2 }),
      r('m1', 'marketing', 'o1', { dots: 1 }),
      r('m2', 'marketing', 'o2', { dots: 1 }),
    ];
    // One person from Other: Marketing 2 and Other 1 are hidden, 3 people together, so Sales may be shown.
    const withOther = [...responses, r('x1', 'other', 'o1', { dots: 1 })];
    const agg = aggregate(def('dotvote'), config, withOther, 3)!;
    expect(agg.n).toBe(6);
    const sales = agg.teams.find((t) => t.team === 'sales')!;
    const marketing = agg.teams.find((t) => t.team === 'marketing')!;
    const other = agg.teams.find((t) => t.team === 'other')!;
    expect(sales).toMatchObject({ n: 3, suppressed: false });
    expect((sales.result as { totalDots: number }).totalDots).toBe(3);
    expect(marketing).toMatchObject({ n: 2, suppressed: true, result: null });
    expect(other).toMatchObject({ n: 1, suppressed: true, result: null });
    // Without them, the total minus Sales would be Marketing's two answers: Sales is hidden too.
    const two = aggregate(def('dotvote'), config, responses, 3)!;
    expect(two.teams.map((t) => [t.team, t.suppressed])).toEqual([
      ['sales', true],
      ['marketing', true],
      ['other', false],
    ]);
    expect(aggregate(def('dotvote'), config, responses, 2)!.teams.find((t) => t.team === 'marketing')!.suppressed).toBe(false);
  });
});

describe('aggregation properties', () => {
  const cardsort = def('cardsort');
  const config = { prompt: '', cards: items(['a', 'b', 'c', 'd'], 'c'), columns: items(['x', 'y', 'z'], 'col'), open: false };
  const write = fc.record({
    participantId: fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'),
    itemKey: fc.constantFrom('c1', 'c2', 'c3', 'c4'),
    value: fc.option(fc.record({ column: fc.constantFrom('col1', 'col2', 'col3') }), { nil: null }),
  });
  const teamOf = (p: string): Team => TEAMS[Number(p.slice(1)) % 3]!;
  const withTeam = (w: { participantId: string; itemKey: string; value: unknown }) => ({ ...w, team: teamOf(w.participantId) });

  it('the order of the final responses does not change any result', () => {
    fc.assert(
      fc.property(fc.array(write, { maxLength: 60 }), fc.integer({ min: 1, max: 4 }), (writes, threshold) => {
        const stored = applyResponses(writes.map(withTeam));
        const shuffled = [...stored].reverse();
        expect(aggregate(cardsort, config, shuffled, threshold)).toEqual(aggregate(cardsort, config, stored, threshold));
      }),
    );
  });

  it('a retried write (the same write twice in a row) changes nothing', () => {
    fc.assert(
      fc.property(fc.array(write, { minLength: 1, maxLength: 60 }), fc.nat(), (writes, at) => {
        const i = at % writes.length;
        const retried = [...writes.slice(0, i + 1), writes[i]!, ...writes.slice(i + 1)];
        expect(aggregate(cardsort, config, applyResponses(retried.map(withTeam)), 3)).toEqual(
          aggregate(cardsort, config, applyResponses(writes.map(withTeam)), 3),
        );
      }),
    );
  });

  it('per-team counts add up to the overall count for every card', () => {
    fc.assert(
      fc.property(fc.array(write, { maxLength: 60 }), (writes) => {
        const agg = aggregate(cardsort, config, applyResponses(writes.map(withTeam)), 1)!;
        type T = { cards: { total: number }[] };
        const overall = (agg.overall as T).cards.map((c) => c.total);
        const sum = overall.map((_, i) => agg.teams.reduce((s, t) => s + ((t.result as T | null)?.cards[i]!.total ?? 0), 0));
        expect(sum).toEqual(overall);
      }),
    );
  });
});
