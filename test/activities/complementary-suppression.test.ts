import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aggregate } from '../../src/activities/aggregate';
import { findDefinition } from '../../src/activities/registry';
import { hiddenSplitReason } from '../../src/shared/privacy';
import { TEAMS, type Team } from '../../src/shared/domain';
import type { StoredResponse } from '../../src/activities/types';

// A team split below the anonymity threshold is hidden. But the overall is shown, so if every
// other team's split were shown too, the hidden team's answers would be the overall minus the
// rest: one "Other" person in a room of Sales 5, Marketing 6 would be readable by subtraction.

const dotvote = findDefinition('dotvote')!;
const config = {
  prompt: 'What matters most?',
  options: [
    { id: 'a', text: 'A' },
    { id: 'b', text: 'B' },
  ],
  dotsPerPerson: 1,
  maxPerItem: 1,
};

function room(sizes: Record<Team, number>, pick: (team: Team, i: number) => 'a' | 'b'): StoredResponse[] {
  return TEAMS.flatMap((team) => Array.from({ length: sizes[team] }, (_, i) => ({ participantId: `${team}-${i}`, team, itemKey: pick(team, i), value: 1 })));
}

/** What a reader can compute: the overall minus every shown team. */
function subtractShown(agg: NonNullable<ReturnType<typeof aggregate>>) {
  const shown = agg.teams.filter((t) => !t.suppressed && t.n > 0);
  const hiddenPeople = agg.n - shown.reduce((s, t) => s + t.n, 0);
  return { shown, hiddenPeople };
}

describe('complementary suppression: a hidden split cannot be worked out from what is shown', () => {
  it('Sales 5, Marketing 6, Other 1 at threshold 3: the smallest shown team is hidden too, with its reason', () => {
    const responses = room({ sales: 5, marketing: 6, other: 1 }, (team) => (team === 'other' ? 'b' : 'a'));
    const agg = aggregate(dotvote, config, responses, 3)!;
    const byTeam = Object.fromEntries(agg.teams.map((t) => [t.team, t]));
    expect(byTeam.other!.suppressed).toBe(true);
    expect(byTeam.sales!.suppressed).toBe(true);
    expect(byTeam.sales!.result).toBeNull();
    expect(byTeam.marketing!.suppressed).toBe(false);
    // Everyone still counts in the overall.
    expect(agg.n).toBe(12);
    expect(JSON.stringify(agg.overall)).toContain('{"id":"b","text":"B","dots":null,"voters":1}');
    expect(hiddenSplitReason('sales', agg.teams, 3)).toBe(
      'Sales split hidden too: with it, the answers of the 1 person from Other could be worked out from the total',
    );
    expect(hiddenSplitReason('other', agg.teams, 3)).toBe('Other split hidden: fewer than 3 answered');
  });

  it('two small teams that together reach the threshold hide nothing more', () => {
    const agg = aggregate(
      dotvote,
      config,
      room({ sales: 6, marketing: 2, other: 1 }, () => 'a'),
      3,
    )!;
    expect(agg.teams.map((t) => [t.team, t.suppressed])).toEqual([
      ['sales', false],
      ['marketing', true],
      ['other', true],
    ]);
  });

  it('for any room and threshold, the people left after subtracting shown splits are 0 or at least the threshold', () => {
    fc.assert(
      fc.property(
        fc.record({ sales: fc.nat(9), marketing: fc.nat(9), other: fc.nat(4) }),
        fc.integer({ min: 2, max: 6 }),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        (sizes, threshold, picks) => {
          const responses = room(sizes, (team, i) => (picks[(TEAMS.indexOf(team) * 10 + i) % 30] ? 'a' : 'b'));
          // (A room where fewer than the threshold answered at all is another matter: see the closing note.)
          if (new Set(responses.map((r) => r.participantId)).size < threshold) return;
          const agg = aggregate(dotvote, config, responses, threshold)!;
          const { hiddenPeople } = subtractShown(agg);
          expect(hiddenPeople === 0 || hiddenPeople >= threshold).toBe(true);
          // Nobody is hidden without need: a team at or above the threshold is hidden only to protect a smaller one.
          for (const t of agg.teams) if (t.suppressed && t.n >= threshold) expect(agg.teams.some((o) => o.suppressed && o.n > 0 && o.n < threshold)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
