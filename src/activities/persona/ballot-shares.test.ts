import { describe, expect, it } from 'vitest';
import { persona, defaultPersonaConfig, type PersonaBoard } from './definition';
import type { PersonaTally } from './logic';
import { onePager } from './board';
import { aggregate } from '../aggregate';
import type { StoredResponse } from '../types';
import type { Team } from '../../shared/domain';

// Dots on a note that left the ballot count nowhere (the server frees them,
// the phones show them as free): a team's shares on the one-pager are of
// its dots still on the ballot.

const config = defaultPersonaConfig();
const r = (participantId: string, team: Team, itemKey: string, value: unknown): StoredResponse => ({ participantId, team, itemKey, value });

describe('persona one-pager shares', () => {
  it('leave out the dots on a note that left the ballot', () => {
    const board: PersonaBoard = {
      phase: 'vote',
      ballot: [
        { id: 'n2', key: 's1/note-aaaa2', section: 'goals', text: 'Hit quota' },
        { id: 'n3', key: 's2/note-aaaa3', section: 'goals', text: 'Win back a lost account' },
      ],
      hidden: ['s1/note-aaaa1'],
      agreed: [],
      lastId: 3,
    };
    const responses = [
      // s1 spent all 8 dots on n1, which was left out of the vote; the 8 freed dots went to n2 and n3.
      r('s1', 'sales', 'v-n1', { dots: 8 }),
      r('s1', 'sales', 'v-n2', { dots: 4 }),
      r('s2', 'sales', 'v-n3', { dots: 4 }),
      r('s3', 'sales', 'v-n3', { dots: 8 }),
    ];
    const agg = aggregate(persona, config, responses, 3)!;
    const teams = agg.teams.map((t) => ({ team: t.team, n: t.n, tally: t.suppressed ? null : (t.result as PersonaTally | null) }));
    const goals = onePager(config, board, agg.overall as PersonaTally, teams).find((s) => s.id === 'goals')!;
    // Sales has 16 dots on the ballot: n3 12/16 = 75 %, n2 4/16 = 25 % (not 12/24 and 4/24, counting the freed 8).
    expect(goals.lines.map((l) => [l.id, l.dots, l.shares.sales])).toEqual([
      ['n3', 12, 75],
      ['n2', 4, 25],
    ]);
  });
});
