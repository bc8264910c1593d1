import { TEAM_LABEL, type Team } from '../shared/domain';
import type { Aggregate, TeamResult } from './aggregate';
import type { TeamCount } from './report-types';

// Small pure helpers for the engines' report hooks.

/** n and suppression per team that responded at all, for a chart's "Sales n=6 · Marketing n=5". */
export function teamCounts(results: Aggregate | null): TeamCount[] {
  return (results?.teams ?? []).filter((t) => t.n > 0).map((t) => ({ team: t.team, n: t.n, suppressed: t.suppressed }));
}

/** The per-team results that may be shown (responded, not suppressed). */
export function visibleTeams<T>(results: Aggregate<T> | null): (TeamResult<T> & { result: T })[] {
  return (results?.teams ?? []).filter((t): t is TeamResult<T> & { result: T } => !t.suppressed && t.result !== null);
}

/** Whether a team's mark may be shown next to an individual's card (its group is above the threshold). */
export function markableTeams(results: Aggregate | null): Set<Team> {
  return new Set(visibleTeams(results).map((t) => t.team));
}

export const percent = (part: number, whole: number): number => (whole > 0 ? Math.round((part / whole) * 100) : 0);

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export const teamName = (team: Team): string => TEAM_LABEL[team];

/** Sales and Marketing results when both may be shown, for gap findings. */
export function salesAndMarketing<T>(results: Aggregate<T> | null): { sales: T; marketing: T } | null {
  const t = visibleTeams(results);
  const sales = t.find((x) => x.team === 'sales');
  const marketing = t.find((x) => x.team === 'marketing');
  return sales && marketing ? { sales: sales.result, marketing: marketing.result } : null;
}
