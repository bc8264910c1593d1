import type { I18n } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useAppStore } from '../../app/store-context';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { Icon } from '../../../ui/Icon';
import { TextField } from '../../../ui/TextField';
import { titleConfirms, type AnonymiseSummary } from '../../../shared/anonymise';
import type { Workshop } from '../../../shared/domain';
import { formatDayOf } from '../planner/words';
import './anonymise.css';

/** "Names were removed on 27 Nov 2026.", in the interface language. */
export function useNamesRemovedLine(): (anonymisedAt: string) => string {
  const { t, i18n } = useLingui();
  return (anonymisedAt) => {
    const day = formatDayOf(i18n, anonymisedAt) ?? anonymisedAt.slice(0, 10);
    return t`Names were removed on ${day}.`;
  };
}

/** "2 people renamed by team. 1 action owner renamed, 0 set to “Someone”. Names replaced in 3 texts." */
function summaryLine(i18n: I18n, s: AnonymiseSummary): string {
  const people = s.people;
  const renamed = s.owners.renamed;
  const someone = s.owners.someone;
  const texts = s.texts;
  const lines = [i18n._(msg`${plural(people, { one: '# person renamed by team.', other: '# people renamed by team.' })}`)];
  if (renamed + someone > 0) {
    lines.push(
      i18n._(
        msg`${plural(renamed, { one: '# action owner renamed', other: '# action owners renamed' })}, ${plural(someone, { one: '# set to “Someone”.', other: '# set to “Someone”.' })}`,
      ),
    );
  }
  lines.push(i18n._(msg`Names replaced in ${plural(texts, { one: '# text', other: '# texts' })}.`));
  return lines.join(' ');
}

/** "Forget names after the workshop": on the export screen, once the workshop is finished. */
export function AnonymiseSection({ workshop }: { workshop: Workshop }) {
  const [open, setOpen] = useState(false);
  const [summary, setSummary] = useState<AnonymiseSummary | null>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const { i18n } = useLingui();
  const namesRemovedLine = useNamesRemovedLine();

  useEffect(() => {
    if (summary) doneRef.current?.focus();
  }, [summary]);

  return (
    <section className="export-card anonymise-card" aria-labelledby="anonymise-heading">
      <h2 id="anonymise-heading">
        <Trans>Forget names</Trans>
      </h2>
      {workshop.anonymisedAt ? (
        <>
          <p ref={doneRef} tabIndex={-1} className="export-state export-state-done" role="status">
            <Icon name="check" /> {namesRemovedLine(workshop.anonymisedAt)} {summary ? summaryLine(i18n, summary) : ''}
          </p>
          <p className="anonymise-detail">
            <Trans>
              The roster now reads “Sales&nbsp;1”, “Marketing&nbsp;1”, … Teams, answers and results are unchanged, and every export of this workshop, the JSON
              file included, holds no participant names.
            </Trans>
          </p>
        </>
      ) : workshop.status === 'finished' ? (
        <>
          <p className="anonymise-detail">
            <Trans>
              When the report is out, replace every participant’s name with their team and a number (“Sales&nbsp;1”, “Marketing&nbsp;2”, …). Teams and answers
              stay, so the results and the report come out the same.
            </Trans>
          </p>
          <Button variant="danger" icon="lock" onClick={() => setOpen(true)}>
            <Trans>Anonymise this workshop…</Trans>
          </Button>
        </>
      ) : (
        <p className="anonymise-detail">
          <Trans>Once the workshop is finished you can replace every participant’s name with their team and a number, for good.</Trans>
        </p>
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
  const { t } = useLingui();
  const title = workshop.title;

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
      title={t`Anonymise this workshop`}
      role="alertdialog"
      onClose={onClose}
      size="md"
      description={
        <div className="anonymise-what">
          <p>
            <Trans>
              <strong>This cannot be undone.</strong> Export the report or the JSON file first if you still need the names.
            </Trans>
          </p>
          <ul>
            <li>
              <Trans>
                Every participant’s name becomes their team and a number: “Sales&nbsp;1”, “Sales&nbsp;2”, “Marketing&nbsp;1”, … Roles, in-room PINs and phone
                sign-ins are removed.
              </Trans>
            </li>
            <li>
              <Trans>Teams, answers, results and the run stay as they are, so the report comes out the same, without names.</Trans>
            </li>
            <li>
              <Trans>Action item owners who are on the roster get their new label; a team name stays; any other owner becomes “Someone”.</Trans>
            </li>
            <li>
              <Trans>
                In notes, boards, answers and action items, a name is replaced only where it is written exactly as on the roster, as a whole word. A first name
                alone, a nickname or someone not on the roster stays as typed.
              </Trans>
            </li>
            <li>
              <Trans>
                Your name as the facilitator stays on the workshop. Backups made before today still hold the names until newer backups replace them.
              </Trans>
            </li>
          </ul>
        </div>
      }
      footer={
        <>
          <Button onClick={onClose}>
            <Trans>Cancel</Trans>
          </Button>
          <Button type="submit" form="anonymise-form" variant="danger" disabled={!matches} busy={busy}>
            <Trans>Anonymise for good</Trans>
          </Button>
        </>
      }
    >
      <form id="anonymise-form" onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          label={t`Type the workshop title to confirm`}
          hint={<Trans>Type “{title}” exactly.</Trans>}
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
