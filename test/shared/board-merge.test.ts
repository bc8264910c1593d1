import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conflictMessage, mergeBoard, sameJson } from '../../src/shared/board-merge';

// Two consoles edit one board: the core merges each edit (made on `base`) into the board
// stored now (`theirs`). Changes on one side are kept; a field both changed keeps the stored
// value and is named in a conflict, never dropped silently.

const cluster = (id: string, name: string, cardKeys: string[]) => ({ id, name, cardKeys });
const base = { clusters: [cluster('g1', 'Speed', ['a', 'b']), cluster('g2', 'Trust', ['c'])] };

describe('mergeBoard: brainstorm groups', () => {
  it('keeps a card grouped in one console and a group renamed in the other', () => {
    const theirs = { clusters: [cluster('g1', 'Speed', ['a', 'b', 'd']), cluster('g2', 'Trust', ['c'])] };
    const mine = { clusters: [cluster('g1', 'Speed', ['a', 'b']), cluster('g2', 'Trust and feedback', ['c'])] };
    expect(mergeBoard(base, theirs, mine)).toEqual({
      board: { clusters: [cluster('g1', 'Speed', ['a', 'b', 'd']), cluster('g2', 'Trust and feedback', ['c'])] },
      conflicts: [],
    });
  });

  it('keeps groups both consoles added, each after the group it followed', () => {
    const theirs = { clusters: [...base.clusters, cluster('g3', 'Pricing', ['x'])] };
    const mine = { clusters: [cluster('g1', 'Speed', ['a']), cluster('g4', 'Content', ['b']), base.clusters[1]] };
    const { board, conflicts } = mergeBoard(base, theirs, mine);
    expect(conflicts).toEqual([]);
    expect(board).toEqual({
      clusters: [cluster('g1', 'Speed', ['a']), cluster('g4', 'Content', ['b']), cluster('g2', 'Trust', ['c']), cluster('g3', 'Pricing', ['x'])],
    });
  });

  it('the same name changed in both: the stored name stays and the conflict names the group', () => {
    const theirs = { clusters: [cluster('g1', 'Speed to lead', ['a', 'b']), base.clusters[1]] };
    const mine = { clusters: [cluster('g1', 'Fast follow-up', ['a', 'b']), base.clusters[1]] };
    const { board, conflicts } = mergeBoard(base, theirs, mine);
    expect(board).toEqual(theirs);
    expect(conflicts).toEqual([{ path: ['clusters', 'g1', 'name'], field: 'the name of “Speed to lead”' }]);
    expect(conflictMessage(conflicts[0]!)).toBe(
      'Your change to the name of “Speed to lead” was not kept: the other console changed it at the same time. Check and edit again.',
    );
  });

  it('a card moved into two different groups at once stays where the stored board put it', () => {
    const theirs = { clusters: [cluster('g1', 'Speed', ['b']), cluster('g2', 'Trust', ['c', 'a'])] };
    const mine = { clusters: [cluster('g1', 'Speed', ['b']), base.clusters[1], cluster('g3', 'New', ['a'])] };
    const { board, conflicts } = mergeBoard(base, theirs, mine);
    expect(board).toEqual({ clusters: [cluster('g1', 'Speed', ['b']), cluster('g2', 'Trust', ['c', 'a']), cluster('g3', 'New', [])] });
    expect(conflicts.map((c) => c.field)).toEqual(['the cards of “New”']);
  });

  it('a group removed in one console and changed in the other stays removed, and says so', () => {
    const theirs = { clusters: [base.clusters[0]] };
    const mine = { clusters: [base.clusters[0], cluster('g2', 'Trust', ['c', 'd'])] };
    const { board, conflicts } = mergeBoard(base, theirs, mine);
    expect(board).toEqual(theirs);
    expect(conflicts.map((c) => c.field)).toEqual(['“Trust”']);
  });

  it('a group removed by us that they changed stays, with their change', () => {
    const theirs = { clusters: [base.clusters[0], cluster('g2', 'Trust', ['c', 'd'])] };
    const { board, conflicts } = mergeBoard(base, theirs, { clusters: [base.clusters[0]] });
    expect(board).toEqual(theirs);
    expect(conflicts).toHaveLength(1);
  });
});

describe('mergeBoard: fields', () => {
  const lead = { definition: 'A quality lead is…', onScreen: 'results' };

  it('the lead-sort definition and what the projector shows, changed in different consoles, both stay', () => {
    const { board, conflicts } = mergeBoard(lead, { ...lead, onScreen: 'outcome' }, { ...lead, definition: 'Budget and a date.' });
    expect(board).toEqual({ definition: 'Budget and a date.', onScreen: 'outcome' });
    expect(conflicts).toEqual([]);
  });

  it('the definition changed in both: the stored text stays', () => {
    const { board, conflicts } = mergeBoard(lead, { ...lead, definition: 'Theirs' }, { ...lead, definition: 'Mine' });
    expect(board).toEqual({ ...lead, definition: 'Theirs' });
    expect(conflicts).toEqual([{ path: ['definition'], field: 'the definition' }]);
  });

  it('KPI rows (named by kpiId) filled in by different consoles both stay', () => {
    const row = (kpiId: string, person = '') => ({ kpiId, owner: null, person, target: '', unit: '' });
    const b = { rows: [row('leads'), row('mqls')], onScreen: 'results' };
    const theirs = { ...b, rows: [row('leads', 'Dana'), row('mqls')] };
    const mine = { ...b, rows: [row('leads'), row('mqls', 'Sam'), row('win')] };
    expect(mergeBoard(b, theirs, mine)).toEqual({ board: { ...b, rows: [row('leads', 'Dana'), row('mqls', 'Sam'), row('win')] }, conflicts: [] });
  });

  it('friction points (named by key) chosen in different consoles both stay', () => {
    const b = { segmentId: null, focus: [{ key: 's.a.slow', note: '' }] };
    const theirs = { ...b, focus: [{ key: 's.a.slow', note: 'Fix first' }] };
    const mine = { ...b, focus: [...b.focus, { key: 's.b.lost', note: '' }] };
    expect(mergeBoard(b, theirs, mine).board).toEqual({
      segmentId: null,
      focus: [
        { key: 's.a.slow', note: 'Fix first' },
        { key: 's.b.lost', note: '' },
      ],
    });
  });

  it('note keys added and removed on both sides merge as sets', () => {
    const b = { hidden: ['n1', 'n2'], agreed: [] };
    const { board, conflicts } = mergeBoard(b, { hidden: ['n1', 'n2', 'n3'], agreed: ['1'] }, { hidden: ['n2', 'n4'], agreed: [] });
    expect(board).toEqual({ hidden: ['n2', 'n4', 'n3'], agreed: ['1'] }); // ours after the key it followed on our side
    expect(conflicts).toEqual([]);
  });

  it('both reorder a list differently: the stored order stays, as a conflict', () => {
    const b = { clusters: [cluster('g1', 'A', []), cluster('g2', 'B', []), cluster('g3', 'C', [])] };
    const theirs = { clusters: [b.clusters[2], b.clusters[0], b.clusters[1]] };
    const mine = { clusters: [b.clusters[1], b.clusters[0], b.clusters[2]] };
    const { board, conflicts } = mergeBoard(b, theirs, mine);
    expect(board).toEqual(theirs);
    expect(conflicts.map((c) => c.field)).toEqual(['the order of the groups']);
  });

  it('a board never saved (null) takes the edit', () => {
    expect(mergeBoard(null, null, lead)).toEqual({ board: lead, conflicts: [] });
  });
});

// Small JSON, so generated boards often share keys, ids and values.
const key = fc.constantFrom('id', 'name', 'cardKeys', 'clusters', 'x', '__proto__');
const small = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constantFrom(null, true, 0, 1, 'a', 'b', 'g1', 'g2'), tie('list'), tie('object')),
  list: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
})).value;
const anyJson = fc.oneof(fc.jsonValue(), small);
const roundTrips = (v: unknown) => sameJson(JSON.parse(JSON.stringify(v ?? null)), v ?? null);

describe('mergeBoard properties', () => {
  it('with no change elsewhere the result is our board, with no conflict', () => {
    fc.assert(
      fc.property(anyJson, anyJson, (b, mine) => {
        const r = mergeBoard(b, b, mine);
        return sameJson(r.board, mine) && r.conflicts.length === 0;
      }),
    );
  });

  it('with no change of ours the result is the stored board', () => {
    fc.assert(
      fc.property(anyJson, anyJson, (b, theirs) => sameJson(mergeBoard(b, theirs, b).board, theirs) && mergeBoard(b, theirs, b).conflicts.length === 0),
    );
  });

  it('the same change on both sides is kept without a conflict', () => {
    fc.assert(fc.property(anyJson, anyJson, (b, both) => sameJson(mergeBoard(b, both, both).board, both) && mergeBoard(b, both, both).conflicts.length === 0));
  });

  it('changes to different fields both survive', () => {
    const fields = fc.uniqueArray(fc.constantFrom('definition', 'onScreen', 'view', 'patternId', 'phase', 'voting'), { minLength: 2, maxLength: 6 });
    fc.assert(
      fc.property(fields, fc.nat(), fc.array(anyJson, { minLength: 18, maxLength: 18 }), (names, cut, values) => {
        const split = 1 + (cut % (names.length - 1));
        const b = Object.fromEntries(names.map((n, i) => [n, values[i]]));
        const theirs = { ...b, ...Object.fromEntries(names.slice(0, split).map((n, i) => [n, values[6 + i]])) };
        const mine = { ...b, ...Object.fromEntries(names.slice(split).map((n, i) => [n, values[12 + i]])) };
        const r = mergeBoard(b, theirs, mine);
        const expected = Object.fromEntries(names.map((n) => [n, names.indexOf(n) < split ? theirs[n] : mine[n]]));
        return sameJson(r.board, expected) && r.conflicts.length === 0;
      }),
    );
  });

  it('cards grouped in one console and groups renamed in the other all survive', () => {
    const names = fc.array(fc.constantFrom('Speed', 'Trust', 'Pricing', 'Content'), { minLength: 3, maxLength: 3 });
    const cards = ['a', 'b', 'c', 'd', 'e', 'f'];
    const placement = fc.array(fc.integer({ min: -1, max: 2 }), { minLength: cards.length, maxLength: cards.length });
    const boardOf = (groupNames: string[], where: number[]) => ({
      clusters: groupNames.map((name, g) =>
        cluster(
          `g${g}`,
          name,
          cards.filter((_, i) => where[i] === g),
        ),
      ),
    });
    fc.assert(
      fc.property(names, names, placement, placement, (before, renamed, where, moved) => {
        const b = boardOf(before, where);
        const r = mergeBoard(b, boardOf(before, moved), boardOf(renamed, where));
        return sameJson(r.board, boardOf(renamed, moved)) && r.conflicts.length === 0;
      }),
    );
  });

  it('never throws on any JSON, returns JSON, and keeps the stored value where it reports a conflict', () => {
    fc.assert(
      fc.property(anyJson, anyJson, anyJson, (b, theirs, mine) => {
        const r = mergeBoard(b, theirs, mine);
        if (!roundTrips(r.board)) return false;
        return r.conflicts.every((c) => typeof c.field === 'string' && c.field.length > 0 && conflictMessage(c).startsWith('Your change to '));
      }),
      { numRuns: 500 },
    );
  });
});
