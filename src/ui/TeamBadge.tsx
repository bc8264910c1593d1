import { useLingui } from '@lingui/react';
import { TEAM_MARK, type Team } from '../shared/domain';
import { TEAM_NAME } from '../shared/team-words';

/** A team is always its colour plus its shape plus (unless compact) its name. */
export function TeamMark({ team }: { team: Team }) {
  return (
    <span className={`team-mark team-${team}`} aria-hidden="true">
      {TEAM_MARK[team]}
    </span>
  );
}

export function TeamBadge({ team, count, variant = 'plain' }: { team: Team; count?: number; variant?: 'plain' | 'chip' }) {
  const { i18n } = useLingui();
  return (
    <span className={`team-badge team-badge-${variant} team-${team}`}>
      {count !== undefined ? <span className="team-count tabular">{i18n.number(count)}</span> : null}
      <span className="team-name">{i18n._(TEAM_NAME[team])}</span>
      <TeamMark team={team} />
    </span>
  );
}

/** "5 Sales ◆ · 5 Marketing ● · 1 Other ▲" (teams with nobody are left out, except Sales and Marketing). */
export function TeamCounts({ counts, className }: { counts: Record<Team, number>; className?: string }) {
  const teams: Team[] = (['sales', 'marketing', 'other'] as const).filter((t) => t !== 'other' || counts.other > 0);
  return (
    <span className={['team-counts', className].filter(Boolean).join(' ')}>
      {teams.map((t, i) => (
        <span key={t} className="team-counts-item">
          {i > 0 ? (
            <span className="team-counts-sep" aria-hidden="true">
              ·
            </span>
          ) : null}
          <TeamBadge team={t} count={counts[t]} />
        </span>
      ))}
    </span>
  );
}
