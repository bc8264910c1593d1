import { Trans, useLingui } from '@lingui/react/macro';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useApp } from '../../app/store-context';
import { AutoTextField } from '../../components/AutoField';
import { Button, IconButton } from '../../../ui/Button';
import { TeamCounts } from '../../../ui/TeamBadge';
import { TextField } from '../../../ui/TextField';
import type { Participant, Team } from '../../../shared/domain';
import { PasteRosterDialog } from './PasteRosterDialog';
import { TeamSelect } from './TeamSelect';
import { NamesRemovedNote } from './NamesRemovedNote';
import { CarriedOverNote } from './CarriedOverNote';

export function RosterPanel() {
  const people = useApp((s) => s.planner.detail!.participants);
  const workshopId = useApp((s) => s.planner.detail!.workshop.id);
  const addParticipant = useApp((s) => s.addParticipant);
  const [pasting, setPasting] = useState(false);
  const { t } = useLingui();
  const counts = useMemo(() => {
    const c: Record<Team, number> = { sales: 0, marketing: 0, other: 0 };
    for (const p of people) c[p.team] += 1;
    return c;
  }, [people]);

  return (
    <section className="panel" aria-labelledby="roster-heading">
      <div className="panel-header">
        <h2 id="roster-heading" className="panel-title">
          <Trans>Roster</Trans> <span className="panel-count tabular">{people.length}</span>
        </h2>
        <Button size="sm" icon="paste" onClick={() => setPasting(true)}>
          <Trans>Paste a list</Trans>
        </Button>
      </div>
      <div className="panel-body">
        <CarriedOverNote workshopId={workshopId} />
        <NamesRemovedNote />
        {people.length > 0 ? (
          <p className="roster-summary">
            <TeamCounts counts={counts} />
          </p>
        ) : (
          <p className="muted roster-empty">
            <Trans>Add the people who will take part. Their team is what lets you compare how Sales and Marketing see things.</Trans>
          </p>
        )}
        {people.length > 0 ? (
          <ul className="roster-list" aria-label={t`People`}>
            {people.map((p) => (
              <RosterRow key={p.id} person={p} />
            ))}
          </ul>
        ) : null}
        <AddPersonForm onAdd={addParticipant} />
      </div>
      {pasting ? <PasteRosterDialog onClose={() => setPasting(false)} /> : null}
    </section>
  );
}

function RosterRow({ person }: { person: Participant }) {
  const update = useApp((s) => s.updateParticipant);
  const remove = useApp((s) => s.removeParticipant);
  const nameError = useApp((s) => s.planner.fieldErrors[`participant.${person.id}.name`]);
  const { t } = useLingui();
  const name = person.name;
  return (
    <li className="roster-row" data-testid="roster-row" data-participant-id={person.id}>
      <AutoTextField
        label={t`Name of ${name}`}
        hideLabel
        value={person.name}
        onCommit={(name) => update(person.id, { name })}
        error={nameError}
        className="input-quiet"
        fieldClassName="roster-name"
        maxLength={80}
        autoComplete="off"
      />
      <TeamSelect label={t`Team of ${name}`} hideLabel value={person.team} onChange={(team) => update(person.id, { team })} fieldClassName="roster-team" />
      <AutoTextField
        label={t`Role of ${name}`}
        hideLabel
        value={person.role}
        onCommit={(role) => update(person.id, { role })}
        placeholder={t`Role`}
        className="input-quiet"
        fieldClassName="roster-role"
        maxLength={200}
        autoComplete="off"
      />
      <IconButton label={t`Remove ${name}`} icon="x" size="sm" onClick={() => remove(person.id)} />
    </li>
  );
}

function AddPersonForm({ onAdd }: { onAdd(p: { name: string; team: Team; role?: string }): Promise<string | null> }) {
  const [name, setName] = useState('');
  const [team, setTeam] = useState<Team>('sales');
  const [role, setRole] = useState('');
  const [error, setError] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const { t } = useLingui();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const err = await onAdd({ name, team, role });
    if (err) {
      setError(err);
    } else {
      setName('');
      setRole('');
      setError(null);
    }
    nameRef.current?.focus();
  }

  return (
    <form className="add-person" onSubmit={submit} aria-label={t`Add a person`} noValidate>
      <TextField
        ref={nameRef}
        label={t`Name`}
        value={name}
        onChange={(e) => {
          setName(e.target.value);
          setError(null);
        }}
        error={error}
        placeholder={t`Full name`}
        maxLength={80}
        autoComplete="off"
        fieldClassName="add-name"
      />
      <TeamSelect label={t`Team`} value={team} onChange={setTeam} fieldClassName="add-team" />
      <TextField
        label={t`Role`}
        value={role}
        onChange={(e) => setRole(e.target.value)}
        placeholder={t`e.g. AE`}
        maxLength={200}
        autoComplete="off"
        fieldClassName="add-role"
      />
      <Button type="submit" icon="plus" className="add-submit">
        <Trans>Add</Trans>
      </Button>
    </form>
  );
}
