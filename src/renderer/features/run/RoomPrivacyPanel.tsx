import { useEffect, useState } from 'react';
import type { I18n } from '@lingui/core';
import { t as tr } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { intlOf } from '../../i18n/format';
import { useApp, useAppStore } from '../../app/store-context';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/Dialog';
import { TeamMark } from '../../../ui/TeamBadge';
import type { Participant } from '../../../shared/domain';
import { ROOM_LOG_ACTIONS, type PrivacyLogEntry } from '../../../shared/room-privacy';
import './room-privacy.css';

const timeOf = (i18n: I18n, iso: string) => new Date(iso).toLocaleTimeString(intlOf(i18n), { hour: '2-digit', minute: '2-digit' });

/** One log line in words; the in-room page's entries name the person by id, so an anonymised workshop shows its labels. */
function describe(i18n: I18n, entry: PrivacyLogEntry, people: readonly Participant[]): string {
  const who = people.find((p) => p.id === entry.detail)?.name ?? tr(i18n)`someone no longer on the list`;
  if (entry.action === ROOM_LOG_ACTIONS.override) return tr(i18n)`Opened ${who}’s answers without their PIN (PIN removed).`;
  if (entry.action === ROOM_LOG_ACTIONS.lockout) return tr(i18n)`Too many wrong PINs for ${who}: a wait started.`;
  return entry.detail || entry.action;
}

/**
 * The console's view of privacy on the shared screen: who locked their answers
 * with a PIN, the facilitator's override ("Open without PIN"), and the privacy log.
 */
export function RoomPrivacyPanel({ workshopId, participants }: { workshopId: string; participants: readonly Participant[] }) {
  const store = useAppStore();
  const { t, i18n } = useLingui();
  const privacy = useApp((s) => s.roomPrivacy);
  const [confirm, setConfirm] = useState<Participant | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void store.getState().watchRoomPrivacy(workshopId);
  }, [store, workshopId]);

  const mine = privacy.workshopId === workshopId;
  const withPin = mine ? participants.filter((p) => privacy.handOvers[p.id]?.hasPin) : [];
  const log = mine ? privacy.log : [];
  const confirmName = confirm?.name ?? '';
  const pinCount = i18n.number(withPin.length);

  return (
    <section className="panel room-privacy" aria-labelledby="room-privacy-heading">
      <div className="panel-header">
        <h2 id="room-privacy-heading" className="panel-title">
          <Trans>Privacy log</Trans>
        </h2>
      </div>
      <div className="room-privacy-body">
        <h3 className="respondent-heading">
          <Trans>People who set a PIN ({pinCount})</Trans>
        </h3>
        {withPin.length === 0 ? (
          <p className="console-hint">
            <Trans>Nobody has locked their answers on the in-room page.</Trans>
          </p>
        ) : (
          <ul className="room-privacy-people" aria-label={t`People who set a PIN`}>
            {withPin.map((p) => {
              const name = p.name;
              return (
                <li key={p.id}>
                  <span>
                    <TeamMark team={p.team} /> {p.name}
                  </span>
                  <Button size="sm" variant="ghost" onClick={() => setConfirm(p)} aria-label={t`Open without PIN: ${name}`}>
                    <Trans>Open without PIN</Trans>
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
        {error ? (
          <p className="callout callout-error" role="alert">
            {error}
          </p>
        ) : null}
        <h3 className="respondent-heading">
          <Trans>Log</Trans>
        </h3>
        {log.length === 0 ? (
          <p className="console-hint">
            <Trans>Nothing yet. Overrides and privacy changes are listed here.</Trans>
          </p>
        ) : (
          <ol className="room-privacy-log" aria-label={t`Privacy log`} data-testid="privacy-log">
            {log.map((entry) => (
              <li key={entry.id}>
                <time dateTime={entry.at}>{timeOf(i18n, entry.at)}</time> {describe(i18n, entry, participants)}
              </li>
            ))}
          </ol>
        )}
      </div>
      {confirm ? (
        <ConfirmDialog
          title={t`Open ${confirmName}’s answers without their PIN?`}
          message={t`Only do this for ${confirmName}, in person (a forgotten PIN). Their PIN is removed: on the in-room page they tap their name, “It’s me”, then “Show my answers”, and can set a new PIN when they hand over. This is written to the privacy log.`}
          confirmLabel={t`Open without PIN`}
          danger
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            const who = confirm;
            setConfirm(null);
            setError(null);
            store
              .getState()
              .openWithoutPin(who.id)
              .catch((e: unknown) => {
                const name = who.name;
                const reason = e instanceof Error ? e.message : String(e);
                setError(t`${name}’s PIN was not removed: ${reason}`);
              });
          }}
        />
      ) : null}
    </section>
  );
}
