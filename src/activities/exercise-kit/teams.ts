import type { ActivityResults } from '../../shared/api/contract';
import { TEAM_LABEL, type Team } from '../../shared/domain';
import type { TeamEntry } from '../views-kit/charts';
import { hiddenSplitReason } from '../../shared/privacy';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * Sales and Marketing, when both can be shown (answered and not below the
 * anonymity threshold); otherwise a sentence saying why not.
 */
export function twoTeams<T>(results: ActivityResults): { sales: TeamEntry & { result: T }; marketing: TeamEntry & { result: T } } | { why: string } {
  const find = (team: Team) => results.aggregate?.teams.find((t) => t.team === team);
  const s = find('sales');
  const m = find('marketing');
  const missing = (t: TeamEntry | undefined, team: Team) =>
    !t || t.n === 0
      ? `nobody from ${TEAM_LABEL[team]} has answered yet`
      : t.suppressed || t.result === null
        ? t.n < results.threshold
          ? `fewer than ${results.threshold} people from ${TEAM_LABEL[team]} answered, so their split stays hidden`
          : lowerFirst(hiddenSplitReason(team, results.aggregate?.teams ?? [], results.threshold))
        : null;
  const why = [missing(s, 'sales'), missing(m, 'marketing')].filter(Boolean);
  if (why.length > 0) return { why: `No team comparison: ${why.join(', and ')}.` };
  return { sales: s as TeamEntry & { result: T }, marketing: m as TeamEntry & { result: T } };
}
