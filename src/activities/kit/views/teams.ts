import { TEAM_LABEL, type Team } from '../../../shared/domain';
import type { TeamResult } from '../../aggregate';
import type { ResultsOf } from '../../view-types';
import type { TeamEntry } from './charts';
import { hiddenSplitReason } from '../../../shared/privacy';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * Sales and Marketing, when both can be shown (answered and not below the
 * anonymity threshold); otherwise a sentence saying why not.
 */
export function twoTeams<T>(results: ResultsOf<T>): { sales: TeamEntry<T>; marketing: TeamEntry<T> } | { why: string } {
  const find = (team: Team) => results.aggregate?.teams.find((t) => t.team === team);
  const s = find('sales');
  const m = find('marketing');
  const shown = (t: TeamResult<T> | undefined): t is TeamEntry<T> => t !== undefined && t.n > 0 && !t.suppressed && t.result !== null;
  const missing = (t: TeamResult<T> | undefined, team: Team) =>
    !t || t.n === 0
      ? `nobody from ${TEAM_LABEL[team]} has answered yet`
      : t.suppressed || t.result === null
        ? t.n < results.threshold
          ? `fewer than ${results.threshold} people from ${TEAM_LABEL[team]} answered, so their split stays hidden`
          : lowerFirst(hiddenSplitReason(team, results.aggregate?.teams ?? [], results.threshold))
        : null;
  const why = [missing(s, 'sales'), missing(m, 'marketing')].filter(Boolean);
  if (!shown(s) || !shown(m)) return { why: `No team comparison: ${why.join(', and ')}.` };
  return { sales: s, marketing: m };
}
