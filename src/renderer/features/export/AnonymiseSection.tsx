import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useAppStore } from '../../app/store-context';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { Icon } from '../../../ui/Icon';
import { TextField } from '../../../ui/TextField';
import { titleConfirms, type AnonymiseSummary } from '../../../shared/anonymise';
import type { Workshop } from '../../../shared/domain';
import { formatDay, plural } from '../workshops/format';
import './anonymise.css';

/** "Names were removed on 27 Nov 2026." */
export const namesRemovedLine = (anonymisedAt: string) => `Names were removed on ${formatDay(anonymisedAt) ?? anonymisedAt.slice(0, 10)}.`;

function summaryLine(s: AnonymiseSummary): string {
  const owners = s.owners.renamed + s.owners.someone > 0 ? ` ${plural(s.owners.renamed, 'action owner')} renamed, ${s.owners.someone} set to “Someone”.` : '';
  return `${plural(s.people, 'person', 'people')} renamed by team.${owners} Names replaced in ${plural(s.texts, 'text')}.`;
}

/** "Forget names after the workshop": on the export screen, once the workshop is finished. */
export function AnonymiseSection({ workshop }: { workshop: Workshop }) {
  const [open, setOpen] = useState(false);
  const [summary, setSummary] = useState<AnonymiseSummary | null>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (summary) doneRef.current?.focus();
  }, [summary]);

  return (
    <section className="export-card anonymise-card" aria-labelledby="anonymise-heading">
      <h2 id="anonymise-heading">Forget names</h2>
      {workshop.anonymisedAt ? (
        <>
          <p ref={doneRef} tabIndex={-1} className="export-state export-state-done" role="status">
            <Icon name="check" /> {namesRemovedLine(workshop.anonymisedAt)} {summary ? summaryLine(summary) : ''}
          </p>
          <p className="anonymise-detail">
            The roster now reads “Sales&nbsp;1”, “Marketing&nbsp;1”, … Teams, answers and results are unchanged, and every export of this workshop, the JSON
            file included, holds no participant names.
          </p>
        </>
      ) : workshop.status === 'finished' ? (
        <>
          <p className="anonymise-detail">
            When the report is out, replace every participant’s name with their team and a number (“Sales&nbsp;1”, “Marketing&nbsp;2”, …). Teams and answers
            stay, so the results and the report come out the same.
          </p>
          <Button variant="danger" icon="lock" onClick={() => setOpen(true)}>
            Anonymise this workshop…
          </Button>
        </>
      ) : (
        <p className="anonymise-detail">Once the workshop is finished you can replace every participant’s name with their team and a number, for good.</p>
      )}
      {open ? (
        <AnonymiseDialog
          workshop={workshop}
          onClose={() => setOpen(false)}
          onDone={(s) => {
            setOpen(false);
            setSummary(s);
          }}
        />
      ) : null}
    </section>
  );
}

function AnonymiseDialog({ workshop, onClose, onDone }: { workshop: Workshop; onClose(): void; onDone(s: AnonymiseSummary): void }) {
  const store = useAppStore();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const matches = titleConfirms(typed, workshop.title);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!matches || busy) return;
    setBusy(true);
    const r = await store.getState().anonymiseWorkshop(workshop.id, typed);
    setBusy(false);
    if ('error' in r) setError(r.error);
    else onDone(r.summary);
  }

  return (
    <Dialog
      title="Anonymise this workshop"
      role="alertdialog"
      onClose={onClose}
      size="md"
      description={
        <div className="anonymise-what">
          <p>
            <strong>This cannot be undone.</strong> Export the report or the JSON file first if you still need the names.
          </p>
          <ul>
            <li>
              Every participant’s name becomes their team and a number: “Sales&nbsp;1”, “Sales&nbsp;2”, “Marketing&nbsp;1”, … Roles, in-room PINs and phone
              sign-ins are removed.
            </li>
            <li>Teams, answers, results and the run stay as they are, so the report comes out the same, without names.</li>
            <li>Action item owners who are on the roster get their new label; a team name stays; any other owner becomes “Someone”.</li>
            <li>
              In notes, boards, answers and action items, a name is replaced only where it is written exactly as on the roster, as a whole word. A first name
              alone, a nickname or someone not on the roster stays as typed.
            </li>
            <li>Your name as the facilitator stays on the workshop. Backups made before today still hold the names until newer backups replace them.</li>
          </ul>
        </div>
      }
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" form="anonymise-form" variant="danger" disabled={!matches} busy={busy}>
            Anonymise for good
          </Button>
        </>
      }
    >
      <form id="anonymise-form" onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          label="Type the workshop title to confirm"
          hint={<>Type “{workshop.title}” exactly.</>}
          value={typed}
          onChange={(e) => {
            setTyped(e.target.value);
            setError(null);
          }}
          error={error}
          autoComplete="off"
          spellCheck={false}
          maxLength={400}
          data-autofocus
        />
      </form>
    </Dialog>
  );
}
