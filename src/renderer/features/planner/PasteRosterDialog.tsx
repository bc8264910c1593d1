import { useMemo, useState } from 'react';
import { useApp } from '../../app/store-context';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { TeamBadge } from '../../../ui/TeamBadge';
import { TextArea } from '../../../ui/TextField';
import { TEAM_LABEL, type Team } from '../../../shared/domain';
import { parseRoster } from '../../../shared/roster-paste';
import { TeamSelect } from './TeamSelect';

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

  async function add() {
    setBusy(true);
    const err = await addParticipants(preview.people);
    setBusy(false);
    if (err) setError(err);
    else onClose();
  }

  return (
    <Dialog
      title="Paste a list of people"
      description={<p>One person per line. Add the team and role after the name, separated by a comma or a tab: “Dana Lee, Sales, AE”.</p>}
      onClose={onClose}
      size="lg"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" onClick={add} disabled={n === 0} busy={busy}>
            {n === 0 ? 'Add people' : `Add ${n} ${n === 1 ? 'person' : 'people'}`}
          </Button>
        </>
      }
    >
      <div className="paste-grid">
        <div className="stack-4">
          <TextArea
            label="Names, one per line"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setError(null);
            }}
            rows={12}
            placeholder={'Dana Lee, Sales, AE\nSam Ortiz, Marketing\nPriya Shah'}
            error={error}
            data-autofocus
            spellCheck={false}
          />
          <TeamSelect label="Team for lines without one" value={team} onChange={setTeam} />
        </div>
        <section className="paste-preview" aria-labelledby="paste-preview-heading">
          <h3 id="paste-preview-heading" className="preview-title">
            Preview
          </h3>
          <p className="muted" aria-live="polite">
            {text.trim() === ''
              ? 'Paste or type names to see who will be added.'
              : `${n} will be added${preview.skipped.length ? `, ${preview.skipped.length} skipped` : ''}.`}
          </p>
          {n > 0 ? (
            <ul className="preview-list" aria-label="Will be added">
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
              <h4 className="preview-subtitle">Check the team</h4>
              <ul className="preview-list preview-skipped" aria-label="Check the team">
                {preview.unsure.map((u) => (
                  <li key={u.line}>
                    <span className="muted">Line {u.line}:</span> “{u.word}” is not a team we know, so {u.name} is added to {TEAM_LABEL[team]}. Write Sales,
                    Marketing or Other, or change it after adding.
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {preview.skipped.length > 0 ? (
            <>
              <h4 className="preview-subtitle">Skipped</h4>
              <ul className="preview-list preview-skipped" aria-label="Skipped lines">
                {preview.skipped.map((s) => (
                  <li key={s.line}>
                    <span className="muted">Line {s.line}:</span> {s.reason}
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
