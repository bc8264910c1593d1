import { TEAM_LABEL, TEAM_MARK, type Team } from '../../shared/domain';

/** A team is always its colour plus its shape, and (unless compact) its name. */
export function TeamMark({ team, compact = false }: { team: Team; compact?: boolean }) {
  return (
    <span className={`cgv-team cgv-team-${team}`}>
      <span className="cgv-team-shape" aria-hidden="true">
        {TEAM_MARK[team]}
      </span>
      {compact ? <span className="cgv-sr">{TEAM_LABEL[team]}</span> : <span className="cgv-team-name">{TEAM_LABEL[team]}</span>}
    </span>
  );
}
