import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Participant, Team } from '../../../src/shared/domain';
import { ACTIVITY_DEFINITIONS } from '../../../src/activities/registry';
import { CommitmentsBoard } from '../../../src/activities/commitments/definition';
import { BrainstormBoard } from '../../../src/activities/brainstorm/definition';
import { anonymiseOwner, nameReplacer, replaceNamesIn, rosterLabels, SOMEONE } from '../../../src/main/services/anonymise-text';

const person = (id: string, name: string, team: Team, position: number): Participant => ({ id, workshopId: 'w', name, team, role: '', position });

const roster = [
  person('p1', 'Dana Lee', 'sales', 0),
  person('p2', 'Sam Ortiz', 'marketing', 1),
  person('p3', 'Ann Lee', 'sales', 2),
  person('p4', 'Ann Lee Smith', 'other', 3),
  person('p5', 'Zoë', 'marketing', 4),
  person('p6', "D'Arcy (Jr.)", 'sales', 5),
];

function setup(people = roster) {
  const labels = rosterLabels(people);
  const names = nameReplacer(people, labels);
  return { labels, names, walk: { names, labelOf: (id: string) => labels.get(id) } };
}

describe('labels', () => {
  it('numbers people within their team in roster order', () => {
    expect([...setup().labels.values()]).toEqual(['Sales 1', 'Marketing 1', 'Sales 2', 'Other 1', 'Marketing 2', 'Sales 3']);
  });
});

describe('names in text', () => {
  const { names } = setup();
  it('replaces exact roster names as whole words, longest first', () => {
    expect(names.text('Dana Lee and Ann Lee Smith asked Ann Lee.')).toBe('Sales 1 and Other 1 asked Sales 2.');
    expect(names.text("Ask Dana Lee's team; D'Arcy (Jr.) agrees")).toBe("Ask Sales 1's team; Sales 3 agrees");
  });

  it('leaves other words, other spellings and longer words alone', () => {
    for (const text of ['Dana Leeds called', 'dana lee', 'Zoëlla', 'Sam Ortizes', 'nothing here']) expect(names.text(text)).toBe(text);
    expect(names.text('Zoë!')).toBe('Marketing 2!');
  });

  it('never replaces a label again, even when someone is called like one', () => {
    const people = [person('a', 'Marketing 1', 'sales', 0), person('b', 'Sales 1', 'marketing', 1)];
    expect(setup(people).names.text('Marketing 1 met Sales 1')).toBe('Sales 1 met Marketing 1');
  });

  it('gives two people with the same name "Someone"', () => {
    const people = [person('a', 'Alex Kim', 'sales', 0), person('b', 'Alex Kim', 'marketing', 1)];
    expect(setup(people).names.text('Alex Kim will call')).toBe(`${SOMEONE} will call`);
  });

  it('leaves no roster name in any text (property)', () => {
    const word = fc.constantFrom('the', 'lead', 'called', 'Dana', 'Lee', ',', '.', ' ', "'s", 'Marketing', '1');
    const part = fc.oneof(word, fc.constantFrom(...roster.map((p) => p.name)));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
        const text = parts.join(' ');
        const out = names.text(text);
        // Every whole-word occurrence is gone; what is left around it is untouched.
        for (const p of roster) expect(new RegExp(`(?<![\\p{L}\\p{N}_])${p.name.replace(/[().]/g, '\\$&')}(?![\\p{L}\\p{N}_])`, 'u').test(out)).toBe(false);
        expect(names.text(out)).toBe(out);
      }),
    );
  });
});

describe('action item owners', () => {
  const { names } = setup();
  it('renames roster names, keeps team words and empty owners, and makes anything else "Someone"', () => {
    expect(anonymiseOwner(' Dana Lee ', names)).toEqual({ owner: 'Sales 1', outcome: 'renamed' });
    expect(anonymiseOwner('Marketing', names)).toEqual({ owner: 'Marketing', outcome: 'group' });
    expect(anonymiseOwner('Both teams', names)).toEqual({ owner: 'Both teams', outcome: 'group' });
    expect(anonymiseOwner('', names)).toEqual({ owner: '', outcome: 'empty' });
    expect(anonymiseOwner('Dana Lee and Sam Ortiz', names)).toEqual({ owner: SOMEONE, outcome: 'someone' });
    expect(anonymiseOwner('Chris from Finance', names)).toEqual({ owner: SOMEONE, outcome: 'someone' });
  });
});

describe('names in settings, boards and answers', () => {
  const { walk } = setup();
  it('gives a person stored with their id their label, whatever name was stored, and keeps ids and answer references', () => {
    const board: CommitmentsBoard = {
      pairs: [{ id: 'pair-1', sales: { id: 'p1', name: 'Dana (old name)' }, marketing: { id: 'p2', name: 'Sam Ortiz' }, date: null }],
      reports: [{ id: 'r1', from: 'sales', what: 'Dana Lee sends wins and losses', owner: 'Ann Lee', day: 'Friday' }],
      meeting: null,
      promoted: ['p1/pledge'],
    };
    expect(replaceNamesIn(CommitmentsBoard, board, walk)).toEqual({
      pairs: [{ id: 'pair-1', sales: { id: 'p1', name: 'Sales 1' }, marketing: { id: 'p2', name: 'Marketing 1' }, date: null }],
      reports: [{ id: 'r1', from: 'sales', what: 'Sales 1 sends wins and losses', owner: 'Sales 2', day: 'Friday' }],
      meeting: null,
      promoted: ['p1/pledge'],
    });
  });

  it('does not treat a group with an id and a name as a person', () => {
    const board = { clusters: [{ id: 'p1', name: 'What Zoë said', cardKeys: ['p2/Zoë'] }] };
    expect(replaceNamesIn(BrainstormBoard, board, walk)).toEqual({ clusters: [{ id: 'p1', name: 'What Marketing 2 said', cardKeys: ['p2/Zoë'] }] });
  });

  it('changes nothing in any engine’s default settings and empty board (no names in them)', () => {
    for (const def of ACTIVITY_DEFINITIONS) {
      const config = def.defaultConfig();
      expect(replaceNamesIn(def.configSchema, config, walk), def.kind).toEqual(config);
      if (def.board) expect(replaceNamesIn(def.board.schema, def.board.initial(), walk), def.kind).toEqual(def.board.initial());
    }
  });
});
