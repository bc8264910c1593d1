import { TEAM_LABEL, TEAM_MARK, type Team } from '../../../shared/domain';

/**
 * A team is always its colour, its shape and its name: a shape alone asks the room to
 * remember a legend. Compact is the tighter look for card corners; the name stays.
 */
export function TeamMark({ team, compact = false }: { team: Team; compact?: boolean }) {
  return (
    <span className={`cgv-team cgv-team-${team}${compact ? ' cgv-team-compact' : ''}`}>
      <span className="cgv-team-shape" aria-hidden="true">
        {TEAM_MARK[team]}
      </span>
      <span className="cgv-team-name">{TEAM_LABEL[team]}</span>
    </span>
  );
}
