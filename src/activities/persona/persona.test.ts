import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { persona, defaultPersonaConfig, type PersonaBoard } from './definition';
import type { PersonaTally, PersonaValue } from './logic';
import { lastBallotId, makeBallot, mismatches, onePager } from './board';
import { aggregate } from '../aggregate';
import type { StoredResponse } from '../types';
import type { Team } from '../../shared/domain';
import { i18nFor } from '../../main/i18n';

const config = defaultPersonaConfig();
const engine = persona.responses!;
const r = (participantId: string, team: Team, itemKey: string, value: PersonaValue): StoredResponse<PersonaValue> => ({ participantId, team, itemKey, value });

describe('persona notes and dots', () => {
  it('accepts notes on known sections, up to the limit', () => {
    expect(engine.check(config, 'note-abcd1', { section: 'night', text: 'Missing the number' }, new Map())).toBeNull();
    expect(engine.check(config, 'note-abcd1', { section: 'nope', text: 'x' }, new Map())).toMatch(/sections/);
    const full = new Map(Array.from({ length: 10 }, (_, i) => [`note-aaaa${i}`, { section: 'goals', text: 'x' }] as const));
    expect(engine.check(config, 'note-zzzz1', { section: 'goals', text: 'y' }, full)).toMatch(/up to 10/);
    expect(engine.check(config, 'note-aaaa1', { section: 'goals', text: 'edited' }, full)).toBeNull(); // editing your own
    expect(engine.check(config, 'garbage', { section: 'goals', text: 'x' }, new Map())).toMatch(/not part/);
  });
  it('caps the dots each person spends', () => {
    const mine = new Map<string, PersonaValue>([['v-n1', { dots: 5 }]]);
    expect(engine.check(config, 'v-n2', { dots: 3 }, mine)).toBeNull();
    expect(engine.check(config, 'v-n2', { dots: 4 }, mine)).toBe('You have 3 dots left.');
    expect(engine.check(config, 'v-n1', { dots: 8 }, mine)).toBeNull(); // replacing your own dots frees them
  });
  it('tallies notes without authors and dots per ballot id', () => {
    const t = engine.tally(config, [
      r('p1', 'sales', 'note-aaaa1', { section: 'night', text: 'Missing the number' }),
      r('p2', 'marketing', 'v-n1', { dots: 3 }),
      r('p3', 'sales', 'v-n1', { dots: 1 }),
    ]) as PersonaTally;
    expect(t.notes).toEqual([{ key: 'p1/note-aaaa1', section: 'night', text: 'Missing the number', team: 'sales' }]);
    expect(t.votes).toEqual({ n1: { dots: 4, voters: 2 } });
    expect(t.totalDots).toBe(4);
  });
});

describe('the ballot and the one-page persona', () => {
  const notes: PersonaTally['notes'] = [
    { key: 'b/note-1', section: 'night', text: 'Missing the quarter', team: 'sales' },
    { key: 'a/note-1', section: 'goals', text: 'Hit quota', team: 'marketing' },
    { key: 'c/note-1', section: 'night', text: 'Losing a big deal late', team: 'sales' },
    { key: 'd/note-1', section: 'night', text: 'lol', team: 'marketing' },
  ];
  it('numbers notes in section order, leaves out hidden ones, and keeps ids when re-opened', () => {
    const ballot = makeBallot(config, notes, ['d/note-1']);
    expect(ballot.map((b) => [b.id, b.section, b.text])).toEqual([
      ['n1', 'goals', 'Hit quota'],
      ['n2', 'night', 'Missing the quarter'],
      ['n3', 'night', 'Losing a big deal late'],
    ]);
    const later = makeBallot(config, [...notes, { key: 'e/note-1', section: 'goals', text: 'Make President’s Club', team: 'sales' }], ['d/note-1'], ballot);
    expect(later.find((b) => b.key === 'b/note-1')!.id).toBe('n2');
    expect(later.find((b) => b.key === 'e/note-1')!.id).toBe('n4');
  });
  it('never gives a new note the number of a note that left the ballot (its dots would carry over)', () => {
    const first = makeBallot(config, notes, ['d/note-1']); // n1..n3; n3 = "Losing a big deal late"
    // Its author deletes n3, then a new note arrives: it must not become n3 again.
    const without = notes.filter((n) => n.key !== 'c/note-1');
    const second = makeBallot(config, without, ['d/note-1'], first, lastBallotId(first));
    const third = makeBallot(
      config,
      [...without, { key: 'e/note-1', section: 'goals', text: 'Make President’s Club', team: 'sales' }],
      ['d/note-1'],
      second,
      Math.max(lastBallotId(first), lastBallotId(second)),
    );
    expect(third.find((b) => b.key === 'e/note-1')!.id).toBe('n4');
    expect(third.map((b) => b.id)).not.toContain('n3');
  });
  it('ballot ids stay unique however notes arrive', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ key: fc.string({ minLength: 1, maxLength: 6 }), section: fc.constantFrom('goals', 'night', 'day') }), {
          selector: (n) => n.key,
          maxLength: 30,
        }),
        fc.nat(30),
        (raw, cut) => {
          const all = raw.map((n) => ({ ...n, text: 'x', team: 'sales' as Team }));
          const first = makeBallot(config, all.slice(0, cut), []);
          const second = makeBallot(config, all, [], first);
          expect(new Set(second.map((b) => b.id)).size).toBe(second.length);
          for (const b of first) expect(second.find((x) => x.key === b.key)!.id).toBe(b.id);
        },
      ),
    );
  });
  it('puts agreed notes first, then by dots, with each team’s share of its own dots, and finds where teams differ', () => {
    const board: PersonaBoard = { phase: 'vote', ballot: makeBallot(config, notes, ['d/note-1']), hidden: ['d/note-1'], agreed: ['n3'] };
    // Sales (3 people): 6 dots on n2 "Missing the quarter", 2 on n3. Marketing (3): 1 on n2, 5 on n3, 2 on n1.
    const responses = [
      r('s1', 'sales', 'v-n2', { dots: 4 }),
      r('s2', 'sales', 'v-n2', { dots: 2 }),
      r('s3', 'sales', 'v-n3', { dots: 2 }),
      r('m1', 'marketing', 'v-n3', { dots: 5 }),
      r('m2', 'marketing', 'v-n2', { dots: 1 }),
      r('m3', 'marketing', 'v-n1', { dots: 2 }),
    ];
    const agg = aggregate(persona, config, responses, 3)!;
    const teams = agg.teams.map((t) => ({ team: t.team, n: t.n, tally: t.result as PersonaTally | null }));
    const page = onePager(config, board, agg.overall as PersonaTally, teams);
    const night = page.find((s) => s.id === 'night')!;
    // n3 is agreed so it leads even with 7 dots against n2's 7 (ties broken by agreement, then ballot order).
    expect(night.lines.map((l) => [l.id, l.dots, l.agreed])).toEqual([
      ['n3', 7, true],
      ['n2', 7, false],
    ]);
    // Shares of each team's own 8 dots: Sales n2 6/8 = 75 %, n3 2/8 = 25 %; Marketing n2 1/8 = 13 %, n3 5/8 = 63 %.
    expect(night.lines[0]!.shares).toEqual({ sales: 25, marketing: 63 });
    expect(night.lines[1]!.shares).toEqual({ sales: 75, marketing: 13 });
    expect(night.topByTeam).toEqual({ sales: 'n2', marketing: 'n3' });
    expect(mismatches(page).map((s) => s.id)).toEqual(['night']);
  });
  it('shows no split for a team below the threshold', () => {
    const board: PersonaBoard = { phase: 'vote', ballot: makeBallot(config, notes, []), hidden: [], agreed: [] };
    const agg = aggregate(persona, config, [r('s1', 'sales', 'v-n1', { dots: 2 }), r('m1', 'marketing', 'v-n1', { dots: 1 })], 3)!;
    const teams = agg.teams.map((t) => ({ team: t.team, n: t.n, tally: t.suppressed ? null : (t.result as PersonaTally | null) }));
    const goals = onePager(config, board, agg.overall as PersonaTally, teams).find((s) => s.id === 'goals')!;
    expect(goals.lines[0]!.shares).toEqual({});
    expect(goals.lines[0]!.dots).toBe(3);
  });
  it('tells phones the phase and the ballot without authors', () => {
    const board: PersonaBoard = { phase: 'vote', ballot: makeBallot(config, notes, []), hidden: [], agreed: [] };
    const shared = persona.shared!(config, board) as { phase: string; ballot: Record<string, unknown>[] };
    expect(shared.phase).toBe('vote');
    expect(shared.ballot[0]).toEqual({ id: 'n1', section: 'goals', text: 'Hit quota' });
    expect(JSON.stringify(shared)).not.toContain('note-1');
    expect(persona.shared!(config, { phase: 'collect', ballot: board.ballot, hidden: [], agreed: [] })).toEqual({ phase: 'collect' });
  });
  it('writes the one-pager and the gaps into the report', () => {
    const board: PersonaBoard = { phase: 'vote', ballot: makeBallot(config, notes, []), hidden: [], agreed: ['n1'] };
    const agg = aggregate(persona, config, [r('s1', 'sales', 'v-n1', { dots: 2 })], 1);
    const blocks = persona.report!({ title: 't', config, results: agg, threshold: 1, board, nameOf: () => null, status: 'done', i18n: i18nFor('en') });
    expect(blocks[0]).toMatchObject({ type: 'cards' });
    expect(JSON.stringify(blocks)).toContain('✓ Hit quota');
  });
});
