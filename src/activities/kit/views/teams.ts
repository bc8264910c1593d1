import { msg } from '@lingui/core/macro';
import type { I18n } from '@lingui/core';
import type { Team } from '../../../shared/domain';
import type { TeamResult } from '../../aggregate';
import type { ResultsOf } from '../../view-types';
import type { TeamEntry } from './charts';
import { hiddenSplitText } from './team-names';
import { teamName } from '../../../shared/team-words';

/**
 * Sales and Marketing, when both can be shown (answered and not below the
 * anonymity threshold); otherwise a sentence saying why not.
 */
export function twoTeams<T>(results: ResultsOf<T>, i18n: I18n): { sales: TeamEntry<T>; marketing: TeamEntry<T> } | { why: string } {
  const find = (team: Team) => results.aggregate?.teams.find((t) => t.team === team);
  const s = find('sales');
  const m = find('marketing');
  const shown = (t: TeamResult<T> | undefined): t is TeamEntry<T> => t !== undefined && t.n > 0 && !t.suppressed && t.result !== null;
  const threshold = results.threshold;
  const missing = (t: TeamResult<T> | undefined, team: Team) => {
    const name = teamName(i18n, team);
    if (!t || t.n === 0) return i18n._(msg`nobody from ${name} has answered yet`);
    if (!t.suppressed && t.result !== null) return null;
    if (t.n < threshold) return i18n._(msg`fewer than ${threshold} people from ${name} answered, so their split stays hidden`);
    return hiddenSplitText(i18n, team, results.aggregate?.teams ?? [], threshold);
  };
  const reasons = [missing(s, 'sales'), missing(m, 'marketing')].filter((r): r is string => r !== null);
  const why = new Intl.ListFormat(i18n.locale === 'pseudo' ? 'en' : i18n.locale, { type: 'conjunction' }).format(reasons);
  if (!shown(s) || !shown(m)) return { why: i18n._(msg`No team comparison: ${why}.`) };
  return { sales: s, marketing: m };
}
