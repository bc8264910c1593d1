import { msg, plural } from '@lingui/core/macro';
import type { I18n } from '@lingui/core';
import type { TeamId as Team } from '../../../shared/teams';
import { teamName } from '../../../shared/team-words';

// Why a team's split is hidden, in the language of the screen that shows it (the projector's, the console's
// or a phone's Lingui instance, passed in). The teams' own names are shared/team-words.ts.

/**
 * Why a team's split is hidden (the words of shared/privacy.ts's hiddenSplitReason, translated): too few of the
 * team answered, or showing it would let a smaller hidden group's answers be worked out from the total.
 */
export function hiddenSplitText(i18n: I18n, team: Team, teams: readonly { team: Team; n: number; suppressed: boolean }[], threshold: number): string {
  const name = teamName(i18n, team);
  const mine = teams.find((t) => t.team === team);
  if (!mine || mine.n < threshold) return i18n._(msg`${name} split hidden: fewer than ${threshold} answered`);
  const small = teams.filter((t) => t.suppressed && t.n > 0 && t.n < threshold);
  const people = small.reduce((sum, t) => sum + t.n, 0);
  const who = new Intl.ListFormat(i18n.locale === 'pseudo' ? 'en' : i18n.locale, { type: 'conjunction' }).format(small.map((t) => teamName(i18n, t.team)));
  return i18n._(
    msg`${name} split hidden too: with it, the answers of the ${plural(people, { one: '# person', other: '# people' })} from ${who} could be worked out from the total`,
  );
}
