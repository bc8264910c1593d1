import { TEAM_MARK, type Team } from '../../../shared/domain';
import { teamName } from '../../../shared/team-words';
import { useLingui } from '@lingui/react/macro';

/**
 * A team is always its colour, its shape and its name: a shape alone asks the room to
 * remember a legend. Compact is the tighter look for card corners; the name stays.
 */
export function TeamMark({ team, compact = false }: { team: Team; compact?: boolean }) {
  const { i18n } = useLingui();
  return (
    <span className={`cgv-team cgv-team-${team}${compact ? ' cgv-team-compact' : ''}`}>
      <span className="cgv-team-shape" aria-hidden="true">
        {TEAM_MARK[team]}
      </span>
      <span className="cgv-team-name">{teamName(i18n, team)}</span>
    </span>
  );
}
