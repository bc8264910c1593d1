import { useId, useRef, useState, type FormEvent } from 'react';
import type { TeamId } from './client';
import { ScreenHeading } from '../../ui/focus-rule';

const TEAMS: { id: TeamId; label: string; mark: string }[] = [
  { id: 'sales', label: 'Sales', mark: '◆' },
  { id: 'marketing', label: 'Marketing', mark: '●' },
  { id: 'other', label: 'Other', mark: '▲' },
];

/** "Not on the list?": a name and a team, then join as that new person. */
export function SelfAdd({ busy, onAdd, onCancel }: { busy: boolean; onAdd(name: string, team: TeamId): void; onCancel(): void }) {
  const [name, setName] = useState('');
  const [team, setTeam] = useState<TeamId | null>(null);
  const [error, setError] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const nameId = useId();
  const errorId = useId();

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (busy) return; // already joining: the button stays focusable (aria-disabled) but does nothing
    const clean = name.trim();
    if (!clean) {
      setError('Type your name.');
      nameRef.current?.focus();
      return;
    }
    if (!team) {
      setError('Pick your team.');
      return;
    }
    setError(null);
    onAdd(clean, team);
  }

  return (
    <form className="ph-form" onSubmit={onSubmit} noValidate>
      <ScreenHeading className="ph-title">Add yourself</ScreenHeading>
      <label htmlFor={nameId} className="ph-label">
        Your name
      </label>
      <input
        id={nameId}
        ref={nameRef}
        className="ph-input"
        value={name}
        maxLength={80}
        autoComplete="name"
        onChange={(e) => setName(e.target.value)}
        aria-invalid={error === 'Type your name.' ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      <fieldset className="ph-teams">
        <legend className="ph-label">Your team</legend>
        {TEAMS.map((t) => (
          <label key={t.id} className={`ph-team-option ph-team-${t.id}${team === t.id ? ' is-chosen' : ''}`}>
            <input type="radio" name="team" value={t.id} checked={team === t.id} onChange={() => setTeam(t.id)} />
            <span aria-hidden="true" className="ph-team-mark">
              {t.mark}
            </span>
            <span>{t.label}</span>
          </label>
        ))}
      </fieldset>
      {error ? (
        <p id={errorId} className="ph-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="ph-actions ph-actions-row">
        <button type="button" className="ph-btn" onClick={onCancel}>
          Back to the list
        </button>
        <button type="submit" className="ph-btn ph-btn-primary" aria-disabled={busy || undefined} aria-busy={busy || undefined}>
          {busy ? 'Joining…' : 'Join'}
        </button>
      </div>
    </form>
  );
}
