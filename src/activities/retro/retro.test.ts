import { describe, expect, it } from 'vitest';
import { ACTIVITIES } from '../registry';
import { aggregate } from '../aggregate';
import { visibleTeams } from '../kit/report';
import type { StoredResponse } from '../types';
import type { RetroConfig } from './definition';
import type { RetroValue } from './logic';
import { themeVotes } from './board';
import { i18nFor } from '../../main/i18n';
import type { Team } from '../../shared/domain';

const def = ACTIVITIES.retro;
const config: RetroConfig = def.defaultConfig();
const engine = def.responses!;
const r = (participantId: string, team: Team, itemKey: string, value: RetroValue): StoredResponse<RetroValue> => ({ participantId, team, itemKey, value });

describe('trust retrospective', () => {
  it('is anonymous by default, with the three trust questions', () => {
    expect(config.anonymous).toBe(true);
    expect(def.isAnonymous!(config)).toBe(true);
    expect(config.prompts.map((p) => p.id)).toEqual(['broke', 'builds', 'step']);
  });

  it('takes cards under a known question, up to the limit, and dots up to the budget', () => {
    const mine = new Map<string, RetroValue>([
      ['card-aaaa1', { text: 'x', prompt: 'broke' }],
      ['vote-g1', { dots: 2 }],
    ]);
    expect(engine.check(config, 'card-aaaa2', { text: 'Leads sat for a week', prompt: 'broke' }, mine)).toBeNull();
    expect(engine.check(config, 'card-aaaa2', { text: 'x', prompt: 'nowhere' }, mine)).toMatch(/not part of this retrospective/);
    expect(engine.check({ ...config, maxCardsPerPerson: 1 }, 'card-aaaa2', { text: 'x', prompt: 'step' }, mine)).toBe('You can add up to 1 card.');
    expect(engine.check({ ...config, maxCardsPerPerson: 1 }, 'card-aaaa1', { text: 'edited', prompt: 'step' }, mine)).toBeNull();
    // 3 dots each: 2 already on g1, so 1 left for g2; replacing g1's own dots frees them.
    expect(engine.check(config, 'vote-g2', { dots: 1 }, mine)).toBeNull();
    expect(engine.check(config, 'vote-g2', { dots: 2 }, mine)).toBe('You have 1 dot left.');
    expect(engine.check(config, 'vote-g1', { dots: 3 }, mine)).toBeNull();
    expect(engine.check(config, 'vote-g1', { text: 'x', prompt: 'broke' }, mine)).toBe('That is not a vote.');
    expect(engine.check(config, '../x', { text: 'x', prompt: 'broke' }, mine)).toMatch(/not valid/);
  });

  it('tallies cards per question, dots per theme, per team where the threshold allows, and hides authors', () => {
    const responses = [
      r('s1', 'sales', 'card-aaaa1', { text: 'Leads never called back', prompt: 'broke' }),
      r('s2', 'sales', 'card-aaaa1', { text: 'Joint call reviews', prompt: 'builds' }),
      r('s3', 'sales', 'card-aaaa1', { text: 'Weekly 15-minute sync', prompt: 'step' }),
      r('m1', 'marketing', 'card-aaaa1', { text: 'Campaign launched without telling sales', prompt: 'broke' }),
      r('m2', 'marketing', 'card-aaaa1', { text: 'Weekly 15-minute sync', prompt: 'step' }),
      // One person from Other: with Marketing's two, three people hide together, so Sales may be shown.
      r('x1', 'other', 'card-aaaa1', { text: 'Shared dashboard', prompt: 'builds' }),
      // Votes: Sales 3+2+1 dots on g1; Marketing 1 on g1, 2 on g2.
      r('s1', 'sales', 'vote-g1', { dots: 3 }),
      r('s2', 'sales', 'vote-g1', { dots: 2 }),
      r('s3', 'sales', 'vote-g1', { dots: 1 }),
      r('m1', 'marketing', 'vote-g1', { dots: 1 }),
      r('m2', 'marketing', 'vote-g2', { dots: 2 }),
    ];
    const agg = aggregate(def, config, responses, 3)!;
    const overall = agg.overall;
    expect(overall.perPrompt).toEqual({ broke: 2, builds: 2, step: 2 });
    expect(overall.cards.every((c) => c.authorId === null)).toBe(true);
    // g1: 3 + 2 + 1 + 1 = 7 dots from 4 voters; g2: 2 dots from 1.
    expect(overall.votes).toEqual([
      { themeId: 'g1', dots: 7, voters: 4 },
      { themeId: 'g2', dots: 2, voters: 1 },
    ]);
    // Marketing has 2 people: below the threshold of 3, so no Marketing split at all.
    expect(agg.teams.find((t) => t.team === 'marketing')).toMatchObject({ n: 2, suppressed: true, result: null });
    const sales = visibleTeams(agg).find((t) => t.team === 'sales')!;
    const board = {
      clusters: [
        { id: 'g1', name: 'Talk every week', cardKeys: ['s3/card-aaaa1', 'm2/card-aaaa1'] },
        { id: 'g2', name: 'No surprises', cardKeys: ['m1/card-aaaa1'] },
      ],
      voting: true,
    };
    expect(themeVotes(overall, board, [sales])).toEqual([
      { id: 'g1', name: 'Talk every week', dots: 7, byTeam: [{ team: 'sales', dots: 6 }] },
      { id: 'g2', name: 'No surprises', dots: 2, byTeam: [{ team: 'sales', dots: 0 }] },
    ]);
    // "No surprises" merged into "Talk every week": it left the ballot, and its old dots no longer count.
    const merged = {
      clusters: [
        { ...board.clusters[0]!, cardKeys: [...board.clusters[0]!.cardKeys, 'm1/card-aaaa1'] },
        { ...board.clusters[1]!, cardKeys: [] },
      ],
      voting: true,
    };
    expect(themeVotes(overall, merged, [sales]).map((t) => t.id)).toEqual(['g1']);
    const named = engine.tally({ ...config, anonymous: false }, responses);
    expect(named.cards.find((c) => c.text === 'Joint call reviews')!.authorId).toBe('s2');
  });

  it('describes a vote by its theme’s name (appendix, CSV), in the singular for one dot', () => {
    const board = { clusters: [{ id: 'g1', name: 'Talk every week', cardKeys: ['a/card-1'] }], voting: true };
    expect(def.describeResponse!(config, 'vote-g1', { dots: 1 }, board, i18nFor('en'))).toEqual({ item: 'Theme: Talk every week', value: '1 dot' });
    expect(def.describeResponse!(config, 'vote-g9', { dots: 2 }, board, i18nFor('en'))).toEqual({ item: 'A theme no longer on the board', value: '2 dots' });
  });

  it('shows phones the themes only while the vote is open, never the cards', () => {
    const board = {
      clusters: [
        { id: 'g1', name: 'Talk every week', cardKeys: ['s3/card-aaaa1'] },
        { id: 'g2', name: 'Empty', cardKeys: [] },
      ],
      voting: false,
    };
    expect(def.shared!(config, board)).toEqual({ voting: false, themes: [] });
    expect(def.shared!(config, { ...board, voting: true })).toEqual({ voting: true, themes: [{ id: 'g1', name: 'Talk every week' }] });
    expect(JSON.stringify(def.shared!(config, { ...board, voting: true }))).not.toContain('card-');
    expect(def.board!.schema.safeParse({ clusters: [], voting: 'yes' }).success).toBe(false);
  });
});
