import { useId, useRef, useState, type FormEvent } from 'react';
import type { TeamId } from './client';
import { Trans, useLingui } from '@lingui/react/macro';
import { ScreenHeading } from '../../ui/focus-rule';
import { TEAM_LABEL } from './team-labels';

const TEAMS: { id: TeamId; mark: string }[] = [
  { id: 'sales', mark: '◆' },
  { id: 'marketing', mark: '●' },
  { id: 'other', mark: '▲' },
];

/** "Not on the list?": a name and a team, then join as that new person. */
export function SelfAdd({ busy, onAdd, onCancel }: { busy: boolean; onAdd(name: string, team: TeamId): void; onCancel(): void }) {
  const [name, setName] = useState('');
  const [team, setTeam] = useState<TeamId | null>(null);
  const { t, i18n } = useLingui();
  const [error, setError] = useState<'name' | 'team' | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const nameId = useId();
  const errorId = useId();

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (busy) return; // already joining: the button stays focusable (aria-disabled) but does nothing
    const clean = name.trim();
    if (!clean) {
      setError('name');
      nameRef.current?.focus();
      return;
    }
    if (!team) {
      setError('team');
      return;
    }
    setError(null);
    onAdd(clean, team);
  }

  return (
    <form className="ph-form" onSubmit={onSubmit} noValidate>
      <ScreenHeading className="ph-title">
        <Trans>Add yourself</Trans>
      </ScreenHeading>
      <label htmlFor={nameId} className="ph-label">
        <Trans>Your name</Trans>
      </label>
      <input
        id={nameId}
        ref={nameRef}
        className="ph-input"
        value={name}
        maxLength={80}
        autoComplete="name"
        onChange={(e) => setName(e.target.value)}
        aria-invalid={error === 'name' ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      <fieldset className="ph-teams">
        <legend className="ph-label">
          <Trans>Your team</Trans>
        </legend>
        {TEAMS.map((option) => (
          <label key={option.id} className={`ph-team-option ph-team-${option.id}${team === option.id ? ' is-chosen' : ''}`}>
            <input type="radio" name="team" value={option.id} checked={team === option.id} onChange={() => setTeam(option.id)} />
            <span aria-hidden="true" className="ph-team-mark">
              {option.mark}
            </span>
            <span>{i18n._(TEAM_LABEL[option.id])}</span>
          </label>
        ))}
      </fieldset>
      {error ? (
        <p id={errorId} className="ph-error" role="alert">
          {error === 'name' ? t`Type your name.` : t`Pick your team.`}
        </p>
      ) : null}
      <div className="ph-actions ph-actions-row">
        <button type="button" className="ph-btn" onClick={onCancel}>
          <Trans>Back to the list</Trans>
        </button>
        <button type="submit" className="ph-btn ph-btn-primary" aria-disabled={busy || undefined} aria-busy={busy || undefined}>
          {busy ? t`Joining…` : t`Join`}
        </button>
      </div>
    </form>
  );
}
