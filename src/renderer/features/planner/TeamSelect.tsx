import type { I18n } from '@lingui/core';
import { useLingui } from '@lingui/react/macro';
import { TEAMS, TEAM_MARK, type Team } from '../../../shared/domain';
import { Select } from '../../../ui/Select';
import { TEAM_NAME } from './words';

/** The three teams as options, each with its mark, in the interface language. */
export const teamOptions = (i18n: I18n) => TEAMS.map((t) => ({ value: t, label: `${TEAM_MARK[t]} ${i18n._(TEAM_NAME[t])}` }));

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
  const { i18n } = useLingui();
  return (
    <Select
      label={label}
      hideLabel={hideLabel}
      value={value}
      onChange={(e) => onChange(e.target.value as Team)}
      options={teamOptions(i18n)}
      className={`team-select team-${value}`}
      fieldClassName={fieldClassName}
    />
  );
}
