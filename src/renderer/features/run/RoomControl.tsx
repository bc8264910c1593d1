import { useState } from 'react';
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
    return (
      <section className="panel room-panel is-open" aria-labelledby="room-heading">
        <div className="panel-header">
          <h2 id="room-heading" className="panel-title">
            <Icon name="phone" /> Open for phones
          </h2>
          <span className="room-connections tabular">{room.connections} connected</span>
        </div>
        <p className="room-address">
          <span className="room-url">{room.origin.replace(/^http:\/\//, '')}</span> · code <strong className="room-code">{groupJoinCode(room.joinCode)}</strong>
        </p>
        <p className="console-hint">On {room.hostLabel}. The presenter view shows the QR code.</p>
        {room.allowSelfAdd ? (
          <p className="console-hint" data-testid="self-add-count">
            {room.selfAdded} of {room.selfAddLimit} people added themselves from a phone
            {room.selfAdded >= room.selfAddLimit ? '. The list is full for phones: add people here, or let more add themselves.' : '.'}
          </p>
        ) : null}
        {room.allowSelfAdd && room.selfAdded >= room.selfAddLimit * 0.8 ? (
          <Button
            size="sm"
            variant="ghost"
            busy={busy}
            onClick={() => void run(() => store.getState().openRoom(undefined, room.selfAddLimit + MORE_SELF_ADDS), 'close')}
          >
            Let {MORE_SELF_ADDS} more people add themselves
          </Button>
        ) : null}
        <Button variant="danger" size="sm" busy={busy} data-room-action="close" onClick={() => void run(() => store.getState().closeRoom(), 'open')}>
          Close for phones
        </Button>
      </section>
    );
  }
  return (
    <section className="panel room-panel" aria-labelledby="room-heading">
      <div className="panel-header">
        <h2 id="room-heading" className="panel-title">
          <Icon name="phone" /> Phones
        </h2>
      </div>
      <p className="console-hint">Let people answer from their own phones over this room’s Wi-Fi. No internet or app needed.</p>
      {hosts.length > 1 ? (
        <label className="field">
          <span className="field-label">Network</span>
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
          Open for phones
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
          Choose network
        </Button>
      </div>
    </section>
  );
}
