import type { Team } from '../../shared/domain';
import type { Aggregate } from '../aggregate';
import type { BallotMessage, MessagingBoard } from './definition';
import type { MessagingTally } from './logic';

/**
 * Every message written so far, put to the vote. A message already on an
 * earlier ballot keeps its id (votes point at it); new ones get numbers
 * above every number given out before, so a new message never inherits the
 * votes of one that left the ballot.
 */
export function openVote(board: MessagingBoard, messages: MessagingTally['messages']): MessagingBoard {
  const kept = new Map(board.ballot.map((b) => [b.key, b]));
  let next = board.lastId;
  const ballot: BallotMessage[] = messages.map((m) => {
    const before = kept.get(m.key);
    if (before) return { ...before, text: m.text };
    next += 1;
    return { id: `m${next}`, key: m.key, text: m.text };
  });
  return { phase: 'vote', ballot, lastId: next };
}

/** Back to writing: the ballot stays (results keep counting its votes) until the vote opens again. */
export function closeVote(board: MessagingBoard): MessagingBoard {
  return { ...board, phase: 'write' };
}

/** The teams whose split is shown here: Sales and Marketing first, then Other. */
export const SPLIT_TEAMS: readonly Team[] = ['sales', 'marketing', 'other'];

export interface MessageRow {
  id: string;
  text: string;
  /** Everyone's votes for it. */
  votes: number;
  /** Votes per team, only for teams whose split may be shown (answered, not below the anonymity threshold). */
  byTeam: Partial<Record<Team, number>>;
  /** Whether Sales and Marketing both voted for it; null when either team's split is hidden or they did not answer. */
  both: boolean | null;
}

export interface MessageSplit {
  rows: MessageRow[];
  /** Teams whose split may be shown, in SPLIT_TEAMS order. */
  shown: Team[];
  /** Teams that answered but whose split is hidden below the threshold. */
  hidden: Team[];
}

/**
 * Votes per message on the ballot, overall and per team, most votes first.
 * Per-team counts come only from `aggregate` (activities/aggregate.ts), which
 * has already left out every team below the anonymity threshold.
 */
export function messageSplit(board: MessagingBoard, agg: Aggregate<MessagingTally> | null): MessageSplit {
  const teams = agg?.teams ?? [];
  const shown = SPLIT_TEAMS.filter((team) => teams.some((t) => t.team === team && t.n > 0 && !t.suppressed && t.result !== null));
  const hidden = SPLIT_TEAMS.filter((team) => teams.some((t) => t.team === team && t.n > 0 && (t.suppressed || t.result === null)));
  const resultOf = (team: Team) => teams.find((t) => t.team === team)?.result ?? null;
  const comparable = shown.includes('sales') && shown.includes('marketing');
  const rows = board.ballot
    .map((b, index) => {
      const byTeam = Object.fromEntries(shown.map((team) => [team, resultOf(team)?.votes[b.id] ?? 0])) as Partial<Record<Team, number>>;
      return {
        id: b.id,
        text: b.text,
        votes: agg?.overall.votes[b.id] ?? 0,
        byTeam,
        both: comparable ? (byTeam.sales ?? 0) > 0 && (byTeam.marketing ?? 0) > 0 : null,
        index,
      };
    })
    .sort((a, b) => b.votes - a.votes || a.index - b.index)
    .map(({ index: _index, ...row }) => row);
  return { rows, shown, hidden };
}

/** Messages that only one of Sales and Marketing voted for, with that team; empty when the two cannot both be shown. */
export function oneTeamOnly(split: MessageSplit): { row: MessageRow; team: 'sales' | 'marketing' }[] {
  type One = { row: MessageRow; team: 'sales' | 'marketing' };
  if (!split.shown.includes('sales') || !split.shown.includes('marketing')) return [];
  return split.rows.flatMap((row): One[] => {
    const s = row.byTeam.sales ?? 0;
    const m = row.byTeam.marketing ?? 0;
    if (s > 0 && m === 0) return [{ row, team: 'sales' }];
    if (m > 0 && s === 0) return [{ row, team: 'marketing' }];
    return [];
  });
}

/** "Sales 5 · Marketing 1" (shown teams only). */
export function teamVotesText(row: MessageRow, shown: readonly Team[], label: Record<Team, string>): string {
  return shown.map((team) => `${label[team]} ${row.byTeam[team] ?? 0}`).join(' · ');
}
