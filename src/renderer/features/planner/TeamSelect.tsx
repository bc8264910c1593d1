import { TEAMS, TEAM_LABEL, TEAM_MARK, type Team } from '../../../shared/domain';
import { Select } from '../../../ui/Select';

export const TEAM_OPTIONS = TEAMS.map((t) => ({ value: t, label: `${TEAM_MARK[t]} ${TEAM_LABEL[t]}` }));

/** A team picker whose text takes the team's colour, next to its mark and name. */
export function TeamSelect({
  value,
  onChange,
  label,
  hideLabel,
  fieldClassName,
}: {
  value: Team;
  onChange(team: Team): void;
  label: string;
  hideLabel?: boolean;
  fieldClassName?: string;
}) {
  return (
    <Select
      label={label}
      hideLabel={hideLabel}
      value={value}
      onChange={(e) => onChange(e.target.value as Team)}
      options={TEAM_OPTIONS}
      className={`team-select team-${value}`}
      fieldClassName={fieldClassName}
    />
  );
}
