import { describe, expect, it } from 'vitest';
import { aggregate } from '../aggregate';
import type { AnswerContext, StoredResponse } from '../types';
import { messaging, MessagingConfig, type MessagingBoard } from './definition';
import { MESSAGE_MAX, messagingResponses, voteKey, type MessagingValue } from './logic';
import { closeVote, messageSplit, oneTeamOnly, openVote, teamVotesText } from './ballot';
import { messagingReport } from './report';
import { mergeSeeds } from './Editor';
import type { Team } from '../../shared/domain';
import { TEAM_LABEL } from '../../shared/domain';
import { i18nFor } from '../../main/i18n';

const config = { ...messaging.defaultConfig(), segment: 'Mid-market IT directors', messagesPerPerson: 2, votesPerPerson: 2 };
const { check } = messagingResponses;
const live = (board: MessagingBoard): AnswerContext => ({ live: true, ballot: messaging.ballot!(config, board) });
const writing: MessagingBoard = { phase: 'write', ballot: [], lastId: 0 };
const voting: MessagingBoard = {
  phase: 'vote',
  ballot: [
    { id: 'm1', key: 'p1/card-aaaa', text: 'Stop chasing tickets' },
    { id: 'm2', key: 'p2/card-bbbb', text: 'One dashboard for every site' },
    { id: 'm3', key: 'p3/card-cccc', text: 'Audit-ready in a day' },
  ],
  lastId: 3,
};
const mine = (entries: [string, MessagingValue][] = []) => new Map(entries);
const vote = { picked: true as const };

describe('messaging rules', () => {
  it('takes short messages up to the limit, and refuses the one over it', () => {
    expect(check(config, 'card-abcd', { text: 'Hi' }, mine(), live(writing))).toBeNull();
    const two = mine([
      ['card-aaaa', { text: 'a' }],
      ['card-bbbb', { text: 'b' }],
    ]);
    expect(check(config, 'card-cccc', { text: 'c' }, two, live(writing))).toBe('You can write up to 2 messages.');
    // Editing one of the two is fine.
    expect(check(config, 'card-aaaa', { text: 'again' }, two, live(writing))).toBeNull();
  });

  it('keeps messages to 140 characters (the value schema)', () => {
    expect(messagingResponses.valueSchema.safeParse({ text: 'x'.repeat(MESSAGE_MAX) }).success).toBe(true);
    const long = messagingResponses.valueSchema.safeParse({ text: 'x'.repeat(MESSAGE_MAX + 1) });
    expect(long.success).toBe(false);
  });

  it('refuses a bad key, a vote before the vote opens, a message while it is open, and a vote over the budget', () => {
    expect(check(config, 'nonsense', { text: 'x' }, mine(), live(writing))).toBe('That message id is not valid.');
    expect(check(config, voteKey('m1'), vote, mine(), live(writing))).toBe('The vote on messages is not open yet.');
    expect(check(config, 'card-abcd', { text: 'late' }, mine(), live(voting))).toBe('Writing is closed while the vote is open.');
    expect(check(config, voteKey('m9'), vote, mine(), live(voting))).toBe('That message is no longer on the ballot.');
    const two = mine([
      [voteKey('m1'), vote],
      [voteKey('m2'), vote],
    ]);
    expect(check(config, voteKey('m3'), vote, two, live(voting))).toBe('You have used all 2 of your votes. Take one back to vote for this message.');
    // Taking one back is always fine; a vote on a message that left the ballot frees its place.
    expect(check(config, voteKey('m1'), null, two, live(voting))).toBeNull();
    const oneGone = mine([
      [voteKey('m1'), vote],
      [voteKey('m7'), vote],
    ]);
    expect(check(config, voteKey('m3'), vote, oneGone, live(voting))).toBeNull();
  });

  it('checks a kept vote (an import) by the budget only, not by the moment', () => {
    const stored: AnswerContext = { live: false, ballot: messaging.ballot!(config, { ...voting, phase: 'write' }) };
    expect(check(config, voteKey('m1'), vote, mine(), stored)).toBeNull();
    const two = mine([
      [voteKey('m1'), vote],
      [voteKey('m2'), vote],
    ]);
    expect(check(config, voteKey('m3'), vote, two, stored)).toBe('That gives one person more than the 2 votes each person has.');
  });

  it('refuses a config with a bad seed, with a sentence a person can read', () => {
    const bad = MessagingConfig.safeParse({ ...config, seeds: [{ id: 's1', text: '  ', source: 'typed' }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('Write something for this starting point, or remove it');
    expect(MessagingConfig.safeParse({ ...config, votesPerPerson: 0 }).error?.issues[0]?.message).toBe('Give each person at least one vote');
  });
});

const r = (participantId: string, team: Team, itemKey: string, value: MessagingValue): StoredResponse<MessagingValue> => ({
  participantId,
  team,
  itemKey,
  value,
});

/** Three Sales people and three Marketing people vote; one Other person votes alone. */
function room(): StoredResponse<MessagingValue>[] {
  return [
    r('s1', 'sales', 'card-aaaa', { text: 'Stop chasing tickets' }),
    r('m1', 'marketing', 'card-bbbb', { text: 'One dashboard for every site' }),
    ...['s1', 's2', 's3'].map((p) => r(p, 'sales', voteKey('m1'), vote)),
    r('s1', 'sales', voteKey('m2'), vote),
    ...['m1', 'm2', 'm3'].map((p) => r(p, 'marketing', voteKey('m2'), vote)),
    r('m1', 'marketing', voteKey('m3'), vote),
    r('o1', 'other', voteKey('m3'), vote),
  ];
}

describe('tally per team', () => {
  it('counts each vote once per person and message, per team, with hand-counted figures', () => {
    const agg = aggregate(messaging, config, room(), 3)!;
    expect(agg.overall.votes).toEqual({ m1: 3, m2: 4, m3: 2 });
    expect(agg.overall.messages.map((m) => m.text)).toEqual(['One dashboard for every site', 'Stop chasing tickets']);
    expect(agg.overall.messages.every((m) => m.authorId === null)).toBe(true); // anonymous by default
    // Other has one person (below 3): hidden; the hidden people (1) are fewer than 3, so the smallest shown team goes too.
    const split = messageSplit(voting, agg);
    expect(split.hidden).toContain('other');
    expect(split.shown).not.toContain('other');
  });

  it('shows "Sales 3 · Marketing 0" and which messages both teams chose when both teams are over the threshold', () => {
    const responses = room().filter((x) => x.team !== 'other');
    const agg = aggregate(messaging, config, responses, 3)!;
    const split = messageSplit(voting, agg);
    expect(split.shown).toEqual(['sales', 'marketing']);
    expect(split.rows.map((x) => [x.id, x.votes, x.byTeam.sales, x.byTeam.marketing, x.both])).toEqual([
      ['m2', 4, 1, 3, true],
      ['m1', 3, 3, 0, false],
      ['m3', 1, 0, 1, false],
    ]);
    expect(teamVotesText(split.rows[1]!, split.shown, TEAM_LABEL)).toBe('Sales 3 · Marketing 0');
    expect(oneTeamOnly(split).map((o) => [o.row.id, o.team])).toEqual([
      ['m1', 'sales'],
      ['m3', 'marketing'],
    ]);
  });

  it('hides a team below the threshold: no per-team count, no "both teams", totals still count it', () => {
    const responses = room().filter((x) => x.team !== 'other' && x.participantId !== 'm2' && x.participantId !== 'm3');
    const agg = aggregate(messaging, config, responses, 3)!;
    const split = messageSplit(voting, agg);
    expect(split.hidden).toContain('marketing');
    // Marketing (1 person) is hidden; hidden people (1) < 3, so Sales is hidden too (complementary suppression).
    expect(split.shown).toEqual([]);
    expect(split.rows.every((x) => Object.keys(x.byTeam).length === 0 && x.both === null)).toBe(true);
    expect(split.rows.find((x) => x.id === 'm1')!.votes).toBe(3);
    expect(oneTeamOnly(split)).toEqual([]);
  });
});

describe('the ballot', () => {
  it('keeps ids of messages already on it and never reuses a number', () => {
    const first = openVote(writing, [
      { key: 'a/card-1111', text: 'One', team: 'sales', authorId: null },
      { key: 'b/card-2222', text: 'Two', team: 'marketing', authorId: null },
    ]);
    expect(first.ballot.map((b) => b.id)).toEqual(['m1', 'm2']);
    const again = openVote(closeVote(first), [
      { key: 'b/card-2222', text: 'Two, edited', team: 'marketing', authorId: null },
      { key: 'c/card-3333', text: 'Three', team: 'other', authorId: null },
    ]);
    expect(again.ballot).toEqual([
      { id: 'm2', key: 'b/card-2222', text: 'Two, edited' },
      { id: 'm3', key: 'c/card-3333', text: 'Three' },
    ]);
    expect(again.lastId).toBe(3);
  });

  it('phones see the ballot texts only while the vote is open, never the answer keys', () => {
    expect(messaging.shared!(config, writing)).toEqual({ phase: 'write', ballot: [] });
    expect(JSON.stringify(messaging.shared!(config, voting))).not.toContain('card-');
  });
});

describe('report', () => {
  it('has the segment, the seeds, the top messages with per-team votes and what only one team chose', () => {
    const cfg = {
      ...config,
      seeds: [{ id: 's1', text: 'Leads arrive without context', source: 'persona' as const, from: { workshopTitle: 'Kickoff', date: '2027-01-20' } }],
    };
    const agg = aggregate(
      messaging,
      cfg,
      room().filter((x) => x.team !== 'other'),
      3,
    );
    const blocks = messagingReport({ config: cfg, results: agg, board: voting, i18n: i18nFor('en') } as Parameters<typeof messagingReport>[0]);
    const text = JSON.stringify(blocks);
    expect(text).toContain('Mid-market IT directors');
    // The seed's date in the report's one date style, as every other date in it.
    expect(text).toContain('Leads arrive without context (Sales persona · Kickoff, Wed, 20 Jan 2027)');
    const table = blocks.find((b) => b.type === 'table');
    expect(table).toMatchObject({ columns: ['Message', 'Votes', 'Sales', 'Marketing', 'Both teams'] });
    expect(table && 'rows' in table ? table.rows[0] : null).toEqual(['One dashboard for every site', '4', '1', '3', 'Yes']);
    expect(text).toContain('Only Sales (1)');
    expect(text).toContain('Only Marketing (1)');
  });
});

describe('bringing seeds in', () => {
  it('adds only what is not there yet, with ids of its own, up to 40', () => {
    const current = [{ id: 'persona-1', text: 'A', source: 'typed' as const }];
    const found = [
      { id: 'persona-1', text: 'B', source: 'persona' as const, from: { workshopTitle: 'W1', date: null } },
      { id: 'persona-2', text: 'A', source: 'typed' as const },
    ];
    const merged = mergeSeeds(current, found);
    expect(merged.map((s) => s.text)).toEqual(['A', 'B']);
    expect(new Set(merged.map((s) => s.id)).size).toBe(2);
    const full = Array.from({ length: 40 }, (_, i) => ({ id: `t${i}`, text: `T${i}`, source: 'typed' as const }));
    expect(mergeSeeds(full, found)).toHaveLength(40);
  });
});
