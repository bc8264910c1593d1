import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstWeekday, meetingDates, nextWorkday, spreadDates, suggestPairs, type Person } from './board';
import { commitments, defaultCommitmentsConfig } from './definition';
import type { Team } from '../../shared/domain';
import { i18nFor } from '../../main/i18n';

const p = (id: string, team: Team): Person => ({ id, name: id.toUpperCase(), team });
const roster = [p('s1', 'sales'), p('m1', 'marketing'), p('s2', 'sales'), p('o1', 'other'), p('m2', 'marketing'), p('s3', 'sales')];

describe('job-shadowing pairs', () => {
  it('pairs Sales with Marketing in roster order, the extra people left over', () => {
    const { pairs, unpaired } = suggestPairs(roster, new Set());
    expect(pairs.map((x) => [x.sales.id, x.marketing.id])).toEqual([
      ['s1', 'm1'],
      ['s2', 'm2'],
    ]);
    expect(unpaired.map((x) => x.id)).toEqual(['s3']); // "Other" is never paired
  });
  it('once anyone said they are in, pairs only those people', () => {
    const { pairs, unpaired } = suggestPairs(roster, new Set(['s3', 'm2']));
    expect(pairs.map((x) => [x.sales.id, x.marketing.id])).toEqual([['s3', 'm2']]);
    expect(unpaired).toEqual([]);
  });
  it('leaves out whoever said "not this time"', () => {
    const { pairs, unpaired } = suggestPairs(roster, new Set(), [], new Set(['m1']));
    expect(pairs.map((x) => [x.sales.id, x.marketing.id])).toEqual([['s1', 'm2']]);
    expect(unpaired.map((x) => x.id)).toEqual(['s2', 's3']);
  });
  it('leaves people already in a pair alone', () => {
    const keep = [{ id: 'x', sales: { id: 's1', name: 'S1' }, marketing: { id: 'm1', name: 'M1' }, date: null }];
    expect(suggestPairs(roster, new Set(), keep).pairs.map((x) => [x.sales.id, x.marketing.id])).toEqual([['s2', 'm2']]);
  });
  it('never puts anyone in two pairs, and every pair is one Sales and one Marketing', () => {
    const person = fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), team: fc.constantFrom<Team>('sales', 'marketing', 'other') });
    fc.assert(
      fc.property(fc.uniqueArray(person, { selector: (x) => x.id, maxLength: 30 }), fc.array(fc.string({ maxLength: 4 })), (people, ins) => {
        const list = people.map((x) => ({ ...x, name: x.id }));
        const { pairs, unpaired } = suggestPairs(list, new Set(ins));
        const ids = pairs.flatMap((x) => [x.sales.id, x.marketing.id]);
        expect(new Set(ids).size).toBe(ids.length);
        for (const x of pairs) {
          expect(list.find((q) => q.id === x.sales.id)!.team).toBe('sales');
          expect(list.find((q) => q.id === x.marketing.id)!.team).toBe('marketing');
        }
        // With volunteers, only they are paired; with none, everyone can be.
        const volunteers = new Set(ins);
        const eligible = volunteers.size > 0 ? list.filter((q) => volunteers.has(q.id)) : list;
        for (const id of ids) expect(eligible.some((q) => q.id === id)).toBe(true);
        const s = eligible.filter((q) => q.team === 'sales').length;
        const m = eligible.filter((q) => q.team === 'marketing').length;
        expect(pairs.length).toBe(Math.min(s, m));
        expect(unpaired.length).toBe(Math.abs(s - m));
      }),
    );
  });
});

describe('dates', () => {
  it('moves a weekend to the Monday', () => {
    expect(nextWorkday('2026-03-14')).toBe('2026-03-16'); // Saturday → Monday
    expect(nextWorkday('2026-03-15')).toBe('2026-03-16'); // Sunday → Monday
    expect(nextWorkday('2026-03-17')).toBe('2026-03-17'); // a Tuesday stays
  });
  it('spreads shadowing days a week apart', () => {
    expect(spreadDates('2026-03-10', 3, 7)).toEqual(['2026-03-10', '2026-03-17', '2026-03-24']);
    expect(spreadDates('2026-03-12', 2, 2)).toEqual(['2026-03-12', '2026-03-16']); // 14th is a Saturday
  });
  it('finds the next given weekday and repeats meetings every N weeks', () => {
    expect(firstWeekday('2026-03-12', 'Tuesday')).toBe('2026-03-17'); // Thursday → next Tuesday
    expect(firstWeekday('2026-03-17', 'Tuesday')).toBe('2026-03-17');
    expect(meetingDates('2026-03-17', 3, 3)).toEqual(['2026-03-17', '2026-04-07', '2026-04-28']);
  });
});

describe('commitments: answers and report', () => {
  const config = defaultCommitmentsConfig();
  const engine = commitments.responses!;
  it('takes a yes/no on shadowing and one pledge', () => {
    expect(engine.check(config, 'shadow', { in: true }, new Map())).toBeNull();
    expect(engine.check(config, 'shadow', { text: 'x' }, new Map())).toMatch(/whether/);
    expect(engine.check({ ...config, askShadowing: false }, 'shadow', { in: true }, new Map())).toMatch(/not asked/);
    expect(engine.check(config, 'pledge', { text: 'Join two sales calls' }, new Map())).toBeNull();
    expect(engine.check(config, 'other', { text: 'x' }, new Map())).toMatch(/not part/);
  });
  it('tallies who is in and the pledges, each with its author', () => {
    const t = engine.tally(config, [
      { participantId: 'b', team: 'marketing', itemKey: 'shadow', value: { in: true } },
      { participantId: 'a', team: 'sales', itemKey: 'shadow', value: { in: false } },
      { participantId: 'a', team: 'sales', itemKey: 'pledge', value: { text: 'Send three win stories' } },
    ]) as { shadowIn: { participantId: string }[]; shadowOut: number; shadowDeclined: string[]; pledges: { participantId: string; text: string }[] };
    expect(t.shadowIn.map((x) => x.participantId)).toEqual(['b']);
    expect(t.shadowOut).toBe(1);
    expect(t.shadowDeclined).toEqual(['a']);
    expect(t.pledges).toEqual([expect.objectContaining({ participantId: 'a', text: 'Send three win stories' })]);
  });
  it('puts pairs, weekly reports and the meeting into the report as calendar-ready commitments', () => {
    const board = {
      pairs: [{ id: 'p1', sales: { id: 's1', name: 'Ana Ruiz' }, marketing: { id: 'm1', name: 'Gus Larsen' }, date: '2026-03-17' }],
      reports: null,
      meeting: { ...config.meeting, firstDate: '2026-03-24', everyWeeks: 3 as const },
      promoted: [],
    };
    const blocks = commitments.report!({ title: 'x', config, results: null, threshold: 3, board, nameOf: () => null, status: 'done', i18n: i18nFor('en') });
    const list = blocks.find((b) => b.type === 'commitments');
    expect(list && list.type === 'commitments' ? list.items.map((i) => [i.kind, i.due, i.repeat]) : null).toEqual([
      ['shadowing', '2026-03-17', null],
      ['report', null, { every: 1, unit: 'week' }],
      ['report', null, { every: 1, unit: 'week' }],
      ['meeting', '2026-03-24', { every: 3, unit: 'week' }],
    ]);
  });
});
