import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@lingui/core';
import { deviceTokenKey, PhoneClient, SOCKET_PATH, socketUrl } from '../../../src/renderer/phone/client';
import { FakeSocket } from './fake-socket';
import { participantViewFor } from '../../../src/activities/participant-views';
import { ACTIVITY_DEFINITIONS } from '../../../src/activities/registry';
import { viewsFor } from '../../../src/activities/views';
import { viewInside } from '../../../src/activities/kit/views/speaking';
import { PARTICIPANT_SOCKET_PATH, type ParticipantServerMessage } from '../../../src/shared/participant-protocol';

const latest = () => FakeSocket.all.at(-1)!;
const DANA = { id: 'p1', name: 'Dana Whitfield', team: 'sales' as const };
const TOKEN = 'd'.repeat(43);
const state = (mine: Record<string, unknown> = {}): ParticipantServerMessage => ({
  t: 'state',
  stage: 'activity',
  activity: { id: 'a1', kind: 'cardsort', title: 'What makes a quality lead?', naming: 'team', config: {} },
  locked: false,
  mine,
});

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), m };
}

function setup(storage = memoryStorage()) {
  const client = new PhoneClient({
    url: 'ws://127.0.0.1:5123/p/ws?room=ROOM',
    roomToken: 'ROOM',
    createSocket: (url) => new FakeSocket(url),
    storage,
    backoff: { baseMs: 100, maxMs: 1000 },
    heartbeatMs: 10_000,
    random: () => 1,
  });
  client.start();
  return { client, storage };
}

describe('phone client', () => {
  beforeEach(() => {
    FakeSocket.all = [];
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('resends an unacknowledged answer with the same seq after reconnecting, until it is acked; saved only on the ack', async () => {
    const storage = memoryStorage();
    storage.setItem(deviceTokenKey('ROOM'), TOKEN);
    const { client } = setup(storage);
    latest().open();
    expect(latest().sent).toEqual([{ t: 'hello', deviceToken: TOKEN }]);
    latest().say({ t: 'joined', participant: DANA, deviceToken: TOKEN });
    latest().say(state());
    expect(client.getSnapshot().me).toEqual(DANA);

    let saved: Record<string, unknown> | null = null;
    void client.submit('a1', 'sig1', { column: 'col1' }).then((m) => (saved = m));
    const [first] = latest().submits();
    expect(first).toMatchObject({ t: 'submit', activityId: 'a1', itemKey: 'sig1', value: { column: 'col1' } });
    expect(client.getSnapshot().unsent).toBe(1);

    // The Wi-Fi drops before the ack.
    latest().drop();
    expect(client.getSnapshot().connection).toBe('reconnecting');
    await vi.advanceTimersByTimeAsync(100);
    expect(FakeSocket.all).toHaveLength(2);
    latest().open();
    expect(latest().sent).toEqual([{ t: 'hello', deviceToken: TOKEN }]); // nothing before we are known again
    latest().say({ t: 'joined', participant: DANA, deviceToken: TOKEN });
    expect(latest().submits()).toEqual([first]); // same seq, same answer

    // Dropped again, still no ack: sent once more, still the same seq.
    latest().drop();
    await vi.advanceTimersByTimeAsync(200);
    latest().open();
    latest().say({ t: 'joined', participant: DANA, deviceToken: TOKEN });
    expect(latest().submits()).toEqual([first]);
    expect(saved).toBeNull();

    latest().say({ t: 'ack', seq: first!.seq as number, mine: { sig1: { column: 'col1' } } });
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual({ sig1: { column: 'col1' } });
    expect(client.getSnapshot().unsent).toBe(0);
    expect(client.getSnapshot().state!.mine).toEqual({ sig1: { column: 'col1' } });

    // A late duplicate ack changes nothing.
    latest().say({ t: 'ack', seq: first!.seq as number, mine: {} });
    expect(client.getSnapshot().state!.mine).toEqual({ sig1: { column: 'col1' } });
    client.stop();
  });

  it('queues answers given while offline and sends them, oldest first, once joined', async () => {
    const { client, storage } = setup();
    latest().open();
    expect(latest().sent).toEqual([{ t: 'hello' }]);
    latest().say({ t: 'welcome', workshopTitle: 'Q3', roster: [DANA], allowSelfAdd: true });
    client.join('p1');
    expect(latest().sent.at(-1)).toEqual({ t: 'join', participantId: 'p1' });
    latest().say({ t: 'joined', participant: DANA, deviceToken: TOKEN });
    expect(storage.m.get(deviceTokenKey('ROOM'))).toBe(TOKEN);

    latest().drop();
    const a = client.submit('a1', 'sig1', { column: 'col1' });
    const b = client.submit('a1', 'sig2', { column: 'col2' });
    await vi.advanceTimersByTimeAsync(100);
    latest().open();
    latest().say({ t: 'joined', participant: DANA, deviceToken: TOKEN });
    const sent = latest().submits();
    expect(sent.map((m) => m.itemKey)).toEqual(['sig1', 'sig2']);
    expect((sent[0]!.seq as number) < (sent[1]!.seq as number)).toBe(true);
    latest().say({ t: 'ack', seq: sent[1]!.seq as number, mine: { sig2: { column: 'col2' } } });
    latest().say({ t: 'error', seq: sent[0]!.seq as number, code: 'CONFLICT', message: 'This activity is no longer open.' });
    await expect(b).resolves.toEqual({ sig2: { column: 'col2' } });
    await expect(a).rejects.toThrow('This activity is no longer open.');
    client.stop();
  });

  it('sends the language the phone shows with each answer, for the room to say a refusal in', () => {
    const storage = memoryStorage();
    storage.setItem(deviceTokenKey('ROOM'), TOKEN);
    const { client } = setup(storage);
    latest().open();
    latest().say({ t: 'joined', participant: DANA, deviceToken: TOKEN });
    const shown = i18n.locale;
    i18n.load('de', {});
    i18n.activate('de');
    try {
      void client.submit('a1', 'sig1', { column: 'col1' });
    } finally {
      i18n.activate(shown);
    }
    expect(latest().submits()).toEqual([{ t: 'submit', seq: expect.any(Number), activityId: 'a1', itemKey: 'sig1', value: { column: 'col1' }, locale: 'de' }]);
    client.stop();
  });

  it('backs off between attempts, forgets a token the room no longer knows, and stops for good when the room closes', async () => {
    const storage = memoryStorage();
    storage.setItem(deviceTokenKey('ROOM'), TOKEN);
    const { client } = setup(storage);
    latest().drop(); // refused
    await vi.advanceTimersByTimeAsync(99);
    expect(FakeSocket.all).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(FakeSocket.all).toHaveLength(2);
    latest().drop();
    await vi.advanceTimersByTimeAsync(199);
    expect(FakeSocket.all).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(FakeSocket.all).toHaveLength(3);

    latest().open();
    latest().say({ t: 'welcome', workshopTitle: 'Q3', roster: [DANA], allowSelfAdd: false });
    expect(storage.getItem(deviceTokenKey('ROOM'))).toBeNull();
    expect(client.getSnapshot()).toMatchObject({ me: null, resuming: false, welcome: { workshopTitle: 'Q3' } });

    latest().say({ t: 'closed', message: 'The facilitator closed the room for phones. Thank you for taking part!' });
    expect(client.getSnapshot()).toMatchObject({ connection: 'closed', closedMessage: expect.stringContaining('closed the room') });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(FakeSocket.all).toHaveLength(3);
    await expect(client.submit('a1', 'sig1', null)).rejects.toThrow('closed the room');
  });

  it('redials a connection that went silent (no pong)', async () => {
    setup();
    latest().open();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(latest().sent.at(-1)).toEqual({ t: 'ping' });
    await vi.advanceTimersByTimeAsync(20_000);
    await vi.advanceTimersByTimeAsync(100);
    expect(FakeSocket.all).toHaveLength(2);
  });
});

describe('phone wiring', () => {
  it('uses the protocol socket path and the room token in the URL', () => {
    expect(SOCKET_PATH).toBe(PARTICIPANT_SOCKET_PATH);
    expect(socketUrl({ protocol: 'http:', host: '192.168.1.20:5123' }, 'abc_-1')).toBe('ws://192.168.1.20:5123/p/ws?room=abc_-1');
    expect(socketUrl({ protocol: 'https:', host: 'h:1' }, 't')).toBe('wss://h:1/p/ws?room=t');
  });

  it('has a Participant view for every kind that takes answers (the same one the shared screen uses), none for slides and breaks', () => {
    for (const def of ACTIVITY_DEFINITIONS) {
      const view = participantViewFor(def.kind);
      if (def.responses) expect(view, def.kind).toBeDefined();
      else expect(view, def.kind).toBeUndefined();
      // The shared screen's is the phone's view, under a Lingui provider where the screen has none (kit/views/speaking.tsx).
      const shared = viewsFor(def.kind)?.Participant;
      expect(shared && viewInside(shared), def.kind).toBe(view);
    }
    expect(participantViewFor('toString')).toBeUndefined();
  });
});
