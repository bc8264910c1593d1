import { useEffect, useState } from 'react';
import { useApp, useAppStore } from '../../app/store-context';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/Dialog';
import { TeamMark } from '../../../ui/TeamBadge';
import type { Participant } from '../../../shared/domain';
import { ROOM_LOG_ACTIONS, type PrivacyLogEntry } from '../../../shared/room-privacy';
import './room-privacy.css';

const timeOf = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** One log line in words; the in-room page's entries name the person by id, so an anonymised workshop shows its labels. */
function describe(entry: PrivacyLogEntry, people: readonly Participant[]): string {
  const who = people.find((p) => p.id === entry.detail)?.name ?? 'someone no longer on the list';
  if (entry.action === ROOM_LOG_ACTIONS.override) return `Opened ${who}’s answers without their PIN (PIN removed).`;
  if (entry.action === ROOM_LOG_ACTIONS.lockout) return `Too many wrong PINs for ${who}: a wait started.`;
  return entry.detail || entry.action;
}

/**
 * The console's view of privacy on the shared screen: who locked their answers
 * with a PIN, the facilitator's override ("Open without PIN"), and the privacy log.
 */
export function RoomPrivacyPanel({ workshopId, participants }: { workshopId: string; participants: readonly Participant[] }) {
  const store = useAppStore();
  const privacy = useApp((s) => s.roomPrivacy);
  const [confirm, setConfirm] = useState<Participant | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void store.getState().watchRoomPrivacy(workshopId);
  }, [store, workshopId]);

  const mine = privacy.workshopId === workshopId;
  const withPin = mine ? participants.filter((p) => privacy.handOvers[p.id]?.hasPin) : [];
  const log = mine ? privacy.log : [];

  return (
    <section className="panel room-privacy" aria-labelledby="room-privacy-heading">
      <div className="panel-header">
        <h2 id="room-privacy-heading" className="panel-title">
          Privacy log
        </h2>
      </div>
      <div className="room-privacy-body">
        <h3 className="respondent-heading">People who set a PIN ({withPin.length})</h3>
        {withPin.length === 0 ? (
          <p className="console-hint">Nobody has locked their answers on the in-room page.</p>
        ) : (
          <ul className="room-privacy-people" aria-label="People who set a PIN">
            {withPin.map((p) => (
              <li key={p.id}>
                <span>
                  <TeamMark team={p.team} /> {p.name}
                </span>
                <Button size="sm" variant="ghost" onClick={() => setConfirm(p)} aria-label={`Open without PIN: ${p.name}`}>
                  Open without PIN
                </Button>
              </li>
            ))}
          </ul>
        )}
        {error ? (
          <p className="callout callout-error" role="alert">
            {error}
          </p>
        ) : null}
        <h3 className="respondent-heading">Log</h3>
        {log.length === 0 ? (
          <p className="console-hint">Nothing yet. Overrides and privacy changes are listed here.</p>
        ) : (
          <ol className="room-privacy-log" aria-label="Privacy log" data-testid="privacy-log">
            {log.map((entry) => (
              <li key={entry.id}>
                <time dateTime={entry.at}>{timeOf(entry.at)}</time> {describe(entry, participants)}
              </li>
            ))}
          </ol>
        )}
      </div>
      {confirm ? (
        <ConfirmDialog
          title={`Open ${confirm.name}’s answers without their PIN?`}
          message={`Only do this for ${confirm.name}, in person (a forgotten PIN). Their PIN is removed: on the in-room page they tap their name, “It’s me”, then “Show my answers”, and can set a new PIN when they hand over. This is written to the privacy log.`}
          confirmLabel="Open without PIN"
          danger
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            const who = confirm;
            setConfirm(null);
            setError(null);
            store
              .getState()
              .openWithoutPin(who.id)
              .catch((e: unknown) => setError(`${who.name}’s PIN was not removed: ${e instanceof Error ? e.message : String(e)}`));
          }}
        />
      ) : null}
    </section>
  );
}
