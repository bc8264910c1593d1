import type { Team } from '../../shared/domain';
import { readRetroBoard } from './definition';
import type { RetroTally } from './logic';

/** Themes with their dots, overall and per team (teams below the threshold are left out). */
export function themeVotes(tally: RetroTally, board: unknown, teams: { team: Team; result: RetroTally }[]) {
  // Only themes on the ballot (those with cards): dots left on a theme that was emptied or merged away do not count.
  const clusters = readRetroBoard(board).clusters.filter((c) => c.cardKeys.length > 0);
  return clusters
    .map((c) => ({
      id: c.id,
      name: c.name,
      dots: tally.votes.find((v) => v.themeId === c.id)?.dots ?? 0,
      byTeam: teams.map((t) => ({ team: t.team, dots: t.result.votes.find((v) => v.themeId === c.id)?.dots ?? 0 })),
    }))
    .filter((t) => t.dots > 0)
    .sort((a, b) => b.dots - a.dots);
}
