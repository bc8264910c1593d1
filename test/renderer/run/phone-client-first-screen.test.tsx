import { beforeEach, describe, expect, it } from 'vitest';
import { deviceTokenKey, FIRST_SCREEN_ID, PhoneClient } from '../../../src/renderer/phone/client';
import { FIRST_SCREEN_ID as SERVER_FIRST_SCREEN_ID } from '../../../src/main/server/phone-page';
import { FakeSocket } from './fake-socket';

// The phone page's HTML already shows the list of names (or "You're in") before its script
// arrives (src/main/server/phone-page.ts). The client starts from what the HTML showed, and a
// name tapped on it before the room's socket is open is sent as soon as it is.

const latest = () => FakeSocket.all.at(-1)!;
const DANA = { id: 'p1', name: 'Dana Whitfield', team: 'sales' as const };
const SAM = { id: 'p2', name: 'Sam Ortiz', team: 'marketing' as const };
const WELCOME = { workshopTitle: 'Kickoff', roster: [DANA, SAM], allowSelfAdd: true };
const TOKEN = 'd'.repeat(43);

function memoryStorage(entries: Record<string, string> = {}) {
  const m = new Map(Object.entries(entries));
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
}

const client = (first: ConstructorParameters<typeof PhoneClient>[0]['first'], storage = memoryStorage()) =>
  new PhoneClient({ url: 'ws://127.0.0.1:5123/p/ws?room=ROOM', roomToken: 'ROOM', createSocket: (url) => new FakeSocket(url), storage, first });

describe('phone client: the first screen the HTML showed', () => {
  beforeEach(() => {
    FakeSocket.all = [];
  });

  it('reads the same element the server writes', () => {
    expect(FIRST_SCREEN_ID).toBe(SERVER_FIRST_SCREEN_ID);
  });

  it('shows the list of names the HTML carried before the socket has said anything', () => {
    const c = client({ welcome: WELCOME });
    c.start();
    expect(c.getSnapshot()).toMatchObject({ connection: 'connecting', welcome: WELCOME, me: null, resuming: false });
  });

  it('sends a name tapped before the socket opened right after hello, and shows who joined', () => {
    const c = client({ welcome: WELCOME });
    c.start();
    c.join(SAM.id);
    expect(c.getSnapshot().joining).toBe(true);
    latest().open();
    expect(latest().sent).toEqual([{ t: 'hello' }, { t: 'join', participantId: SAM.id }]);
    latest().say({ t: 'welcome', ...WELCOME });
    latest().say({ t: 'joined', participant: SAM, deviceToken: TOKEN });
    expect(c.getSnapshot()).toMatchObject({ me: SAM, joining: false });
    // Sent once: a reconnect later resumes with the device token instead.
    latest().drop();
    expect(FakeSocket.all.flatMap((s) => s.sent).filter((m) => m.t === 'join')).toHaveLength(1);
  });

  it('a phone with a device token stored shows "Connecting…" (resuming), not the list it would leave at once', () => {
    const c = client({ welcome: WELCOME }, memoryStorage({ [deviceTokenKey('ROOM')]: TOKEN }));
    c.start();
    expect(c.getSnapshot().resuming).toBe(true);
    latest().open();
    expect(latest().sent).toEqual([{ t: 'hello', deviceToken: TOKEN }]);
  });

  it('after a join without the script, starts as that person and resumes with the token', () => {
    const c = client({ me: DANA }, memoryStorage({ [deviceTokenKey('ROOM')]: TOKEN }));
    c.start();
    expect(c.getSnapshot().me).toEqual(DANA);
    latest().open();
    expect(latest().sent).toEqual([{ t: 'hello', deviceToken: TOKEN }]);
    latest().say({ t: 'joined', participant: DANA, deviceToken: TOKEN });
    expect(c.getSnapshot().me).toEqual(DANA);
  });

  it('when that token is not known to the room any more, goes back to the list', () => {
    const c = client({ me: DANA }, memoryStorage({ [deviceTokenKey('ROOM')]: TOKEN }));
    c.start();
    latest().open();
    latest().say({ t: 'welcome', ...WELCOME });
    expect(c.getSnapshot()).toMatchObject({ me: null, welcome: WELCOME });
  });
});
