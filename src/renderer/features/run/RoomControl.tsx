import { useState } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { Button } from '../../../ui/Button';
import { Icon } from '../../../ui/Icon';
import { useApp, useAppStore } from '../../app/store-context';
import { groupJoinCode } from '../../components/run/join-code';
import { useFocusHandOff } from '../../../ui/focus-rule';

/** "Let more people add themselves" raises the ceiling by this many names. */
const MORE_SELF_ADDS = 100;

/** "Open for phones": the room's address, code and state, for the facilitator. */
export function RoomControl() {
  const room = useApp((s) => s.runView.room);
  const store = useAppStore();
  const { i18n } = useLingui();
  const [busy, setBusy] = useState(false);
  const [hosts, setHosts] = useState<{ address: string; label: string }[]>([]);
  const [host, setHost] = useState('');

  const handFocusTo = useFocusHandOff();
  /** Opening replaces the panel (and its button) with the open room's, closing the other way: the keyboard goes to `next`. */
  const run = async (fn: () => Promise<void>, next: 'open' | 'close') => {
    handFocusTo(`[data-room-action="${next}"]`);
    setBusy(true);
    try {
      await fn();
    } finally {
      setBusy(false);
    }
  };

  if (room) {
    const hostLabel = room.hostLabel;
    const connected = i18n.number(room.connections);
    const added = i18n.number(room.selfAdded);
    const limit = i18n.number(room.selfAddLimit);
    const more = i18n.number(MORE_SELF_ADDS);
    return (
      <section className="panel room-panel is-open" aria-labelledby="room-heading">
        <div className="panel-header">
          <h2 id="room-heading" className="panel-title">
            <Icon name="phone" /> <Trans>Open for phones</Trans>
          </h2>
          <span className="room-connections tabular">
            <Trans>{connected} connected</Trans>
          </span>
        </div>
        <p className="room-address">
          <span className="room-url">{room.origin.replace(/^http:\/\//, '')}</span> · <Trans>code</Trans>{' '}
          <strong className="room-code">{groupJoinCode(room.joinCode)}</strong>
        </p>
        <p className="console-hint">
          <Trans>On {hostLabel}. The presenter view shows the QR code.</Trans>
        </p>
        {room.allowSelfAdd ? (
          <p className="console-hint" data-testid="self-add-count">
            {room.selfAdded >= room.selfAddLimit ? (
              <Trans>
                {added} of {limit} people added themselves from a phone. The list is full for phones: add people here, or let more add themselves.
              </Trans>
            ) : (
              <Trans>
                {added} of {limit} people added themselves from a phone.
              </Trans>
            )}
          </p>
        ) : null}
        {room.allowSelfAdd && room.selfAdded >= room.selfAddLimit * 0.8 ? (
          <Button
            size="sm"
            variant="ghost"
            busy={busy}
            onClick={() => void run(() => store.getState().openRoom(undefined, room.selfAddLimit + MORE_SELF_ADDS), 'close')}
          >
            <Trans>Let {more} more people add themselves</Trans>
          </Button>
        ) : null}
        <Button variant="danger" size="sm" busy={busy} data-room-action="close" onClick={() => void run(() => store.getState().closeRoom(), 'open')}>
          <Trans>Close for phones</Trans>
        </Button>
      </section>
    );
  }
  return (
    <section className="panel room-panel" aria-labelledby="room-heading">
      <div className="panel-header">
        <h2 id="room-heading" className="panel-title">
          <Icon name="phone" /> <Trans>Phones</Trans>
        </h2>
      </div>
      <p className="console-hint">
        <Trans>Let people answer from their own phones over this room’s Wi-Fi. No internet or app needed.</Trans>
      </p>
      {hosts.length > 1 ? (
        <label className="field">
          <span className="field-label">
            <Trans>Network</Trans>
          </span>
          <select className="input" value={host} onChange={(e) => setHost(e.target.value)}>
            {hosts.map((h) => (
              <option key={h.address} value={h.address}>
                {h.label} · {h.address}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <div className="room-actions">
        <Button
          size="sm"
          icon="phone"
          busy={busy}
          data-room-action="open"
          onClick={() => void run(() => store.getState().openRoom(host || undefined), 'close')}
        >
          <Trans>Open for phones</Trans>
        </Button>
        <Button
          size="sm"
          variant="ghost"
          onClick={() =>
            void store
              .getState()
              .listRoomHosts()
              .then((list) => {
                setHosts(list);
                setHost(list[0]?.address ?? '');
              })
          }
        >
          <Trans>Choose network</Trans>
        </Button>
      </div>
    </section>
  );
}
