import type { Team } from '../../shared/domain';
import type { BallotNote, PersonaBoard, PersonaConfig } from './definition';
import type { PersonaTally } from './logic';

/**
 * The notes put to the vote, in section order. Notes already on a previous
 * ballot keep their id (votes point at it); new notes get the next numbers,
 * above every number used before (`usedUpTo`), so a new note never inherits
 * the dots of a note that left the ballot.
 */
export function makeBallot(
  config: PersonaConfig,
  notes: PersonaTally['notes'],
  hidden: readonly string[],
  previous: readonly BallotNote[] = [],
  usedUpTo = 0,
): BallotNote[] {
  const prevByKey = new Map(previous.map((b) => [b.key, b]));
  let next = Math.max(usedUpTo, lastBallotId(previous)) + 1;
  const order = new Map(config.sections.map((s, i) => [s.id, i]));
  return notes
    .filter((n) => !hidden.includes(n.key) && order.has(n.section))
    .sort((a, b) => order.get(a.section)! - order.get(b.section)! || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((n) => {
      const kept = prevByKey.get(n.key);
      return { id: kept?.id ?? `n${next++}`, key: n.key, section: n.section, text: n.text };
    });
}

/** The highest number among ballot ids (n1, n2...), 0 for none. */
export function lastBallotId(ballot: readonly BallotNote[]): number {
  return ballot.reduce((m, b) => Math.max(m, Number(b.id.slice(1))), 0);
}

export interface TeamVotes {
  team: Team;
  n: number;
  /** null when this team's split is hidden (below the threshold) or nobody answered. */
  tally: PersonaTally | null;
}

export interface PersonaLine {
  id: string;
  text: string;
  dots: number;
  agreed: boolean;
  /** Each shown team's share (0–100) of its own dots on the ballot that went to this note. */
  shares: Partial<Record<Team, number>>;
}

export interface PersonaSectionOut {
  id: string;
  title: string;
  lines: PersonaLine[];
  /** The note each shown team gave most of its dots to in this section, if any. */
  topByTeam: Partial<Record<Team, string>>;
}

/** A team's dots on the notes still on the ballot: dots on a note that left it are free again and count nowhere. */
const ballotDots = (t: PersonaTally, ballot: readonly BallotNote[]) => ballot.reduce((sum, b) => sum + (t.votes[b.id]?.dots ?? 0), 0);
const share = (t: PersonaTally, id: string, total: number) => (total > 0 ? Math.round(((t.votes[id]?.dots ?? 0) / total) * 100) : 0);

/**
 * The one-page persona: per section, agreed notes first, then the most
 * dotted, up to `limit` (all of them when limit is null), with each team's
 * share of its own dots so a bigger team does not look keener.
 */
export function onePager(
  config: PersonaConfig,
  board: PersonaBoard,
  overall: PersonaTally | null,
  teams: readonly TeamVotes[],
  limit: number | null = config.topPerSection,
): PersonaSectionOut[] {
  const shown = teams
    .filter((t): t is TeamVotes & { tally: PersonaTally } => t.tally !== null)
    .map((t) => ({ ...t, onBallot: ballotDots(t.tally, board.ballot) }));
  return config.sections.map((section) => {
    const notes = board.ballot.filter((b) => b.section === section.id);
    const lines = notes
      .map((b, index) => ({
        id: b.id,
        text: b.text,
        dots: overall?.votes[b.id]?.dots ?? 0,
        agreed: board.agreed.includes(b.id),
        shares: Object.fromEntries(shown.map((t) => [t.team, share(t.tally, b.id, t.onBallot)])) as Partial<Record<Team, number>>,
        index,
      }))
      .sort((a, b) => Number(b.agreed) - Number(a.agreed) || b.dots - a.dots || a.index - b.index)
      .slice(0, limit ?? undefined)
      .map(({ index: _index, ...line }) => line);
    const topByTeam: Partial<Record<Team, string>> = {};
    for (const t of shown) {
      let best: { id: string; dots: number } | null = null;
      for (const b of notes) {
        const d = t.tally.votes[b.id]?.dots ?? 0;
        if (d > 0 && (!best || d > best.dots)) best = { id: b.id, dots: d };
      }
      if (best) topByTeam[t.team] = best.id;
    }
    return { id: section.id, title: section.title, lines, topByTeam };
  });
}

/** Sections where Sales' and Marketing's favourite notes differ: the conversation starters. */
export function mismatches(sections: readonly PersonaSectionOut[]): PersonaSectionOut[] {
  return sections.filter((s) => s.topByTeam.sales && s.topByTeam.marketing && s.topByTeam.sales !== s.topByTeam.marketing);
}
