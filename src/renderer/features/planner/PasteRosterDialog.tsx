import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useMemo, useState } from 'react';
import { useApp } from '../../app/store-context';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { TeamBadge } from '../../../ui/TeamBadge';
import { TextArea } from '../../../ui/TextField';
import type { Team } from '../../../shared/domain';
import { parseRoster, type SkipReason } from '../../../shared/roster-paste';
import { TeamSelect } from './TeamSelect';
import { TEAM_NAME } from './words';

/** Paste a column from a spreadsheet or a list from an email; see who will be added before adding. */
export function PasteRosterDialog({ onClose }: { onClose(): void }) {
  const existing = useApp((s) => s.planner.detail?.participants ?? []);
  const addParticipants = useApp((s) => s.addParticipants);
  const [text, setText] = useState('');
  const [team, setTeam] = useState<Team>('sales');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const preview = useMemo(
    () =>
      parseRoster(
        text,
        team,
        existing.map((p) => p.name),
      ),
    [text, team, existing],
  );
  const n = preview.people.length;
  const skipped = preview.skipped.length;
  const { t, i18n } = useLingui();
  const teamName = i18n._(TEAM_NAME[team]);

  async function add() {
    setBusy(true);
    const err = await addParticipants(preview.people);
    setBusy(false);
    if (err) setError(err);
    else onClose();
  }

  return (
    <Dialog
      title={t`Paste a list of people`}
      description={
        <p>
          <Trans>One person per line. Add the team and role after the name, separated by a comma or a tab: “Dana Lee, Sales, AE”.</Trans>
        </p>
      }
      onClose={onClose}
      size="lg"
      footer={
        <>
          <Button onClick={onClose}>
            <Trans>Cancel</Trans>
          </Button>
          <Button variant="primary" onClick={add} disabled={n === 0} busy={busy}>
            {n === 0 ? t`Add people` : t`Add ${plural(n, { one: '# person', other: '# people' })}`}
          </Button>
        </>
      }
    >
      <div className="paste-grid">
        <div className="stack-4">
          <TextArea
            label={t`Names, one per line`}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setError(null);
            }}
            rows={12}
            placeholder={t`Dana Lee, Sales, AE
Sam Ortiz, Marketing
Priya Shah`}
            error={error}
            data-autofocus
            spellCheck={false}
          />
          <TeamSelect label={t`Team for lines without one`} value={team} onChange={setTeam} />
        </div>
        <section className="paste-preview" aria-labelledby="paste-preview-heading">
          <h3 id="paste-preview-heading" className="preview-title">
            <Trans>Preview</Trans>
          </h3>
          <p className="muted" aria-live="polite">
            {text.trim() === ''
              ? t`Paste or type names to see who will be added.`
              : skipped
                ? t`${plural(n, { one: '# will be added', other: '# will be added' })}, ${plural(skipped, { one: '# skipped', other: '# skipped' })}.`
                : t`${plural(n, { one: '# will be added.', other: '# will be added.' })}`}
          </p>
          {n > 0 ? (
            <ul className="preview-list" aria-label={t`Will be added`}>
              {preview.people.map((p, i) => (
                <li key={`${p.name}-${i}`} className="preview-person">
                  <span className="preview-name">{p.name}</span>
                  <TeamBadge team={p.team} />
                  {p.role ? <span className="muted">{p.role}</span> : null}
                </li>
              ))}
            </ul>
          ) : null}
          {preview.unsure.length > 0 ? (
            <>
              <h4 className="preview-subtitle">
                <Trans>Check the team</Trans>
              </h4>
              <ul className="preview-list preview-skipped" aria-label={t`Check the team`}>
                {preview.unsure.map((u) => (
                  <li key={u.line}>
                    <UnsureLine line={u.line} word={u.word} name={u.name} team={teamName} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {preview.skipped.length > 0 ? (
            <>
              <h4 className="preview-subtitle">
                <Trans>Skipped</Trans>
              </h4>
              <ul className="preview-list preview-skipped" aria-label={t`Skipped lines`}>
                {preview.skipped.map((s) => (
                  <li key={s.line}>
                    <LineNumber line={s.line} /> <SkipLine why={s.why} name={s.name} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      </div>
    </Dialog>
  );
}

const LineNumber = ({ line }: { line: number }) => (
  <span className="muted">
    <Trans>Line {line}:</Trans>
  </span>
);

/** A line whose team word is not one we know: who goes to which team instead. */
function UnsureLine({ line, word, name, team }: { line: number; word: string; name: string; team: string }) {
  return (
    <>
      <LineNumber line={line} />{' '}
      <Trans>
        “{word}” is not a team we know, so {name} is added to {team}. Write Sales, Marketing or Other, or change it after adding.
      </Trans>
    </>
  );
}

/** Why a line was skipped, in the interface language. */
function SkipLine({ why, name }: { why: SkipReason; name: string }) {
  if (why === 'header') return <Trans>Looks like a header row (column names), not a person</Trans>;
  if (why === 'too-long') return <Trans>Name is longer than 80 characters</Trans>;
  return <Trans>{name} is already on the roster</Trans>;
}
