import { afterEach, describe, expect, it } from 'vitest';
import { adoptDeviceCookie, readFirstScreen } from '../../../src/renderer/phone/first-screen';
import { deviceTokenKey } from '../../../src/renderer/phone/client';

// What the phone's script takes from the room server's first screen (src/main/server/phone-page.ts).

const WELCOME = { workshopTitle: 'Kickoff', roster: [{ id: 'p1', name: 'Dana Whitfield', team: 'sales' }], allowSelfAdd: false };

function page(json: string) {
  document.body.innerHTML = `<div id="root"><main data-cg-server></main><script type="application/json" id="cg-first">${json}</script></div>`;
}

afterEach(() => {
  document.body.innerHTML = '';
  window.history.replaceState({}, '', '/');
});

describe('the first screen the HTML carried', () => {
  it('reads the list of names, or who joined with the form', () => {
    page(JSON.stringify({ welcome: WELCOME }));
    expect(readFirstScreen()).toEqual({ welcome: WELCOME });
    page(JSON.stringify({ me: WELCOME.roster[0] }));
    expect(readFirstScreen()).toEqual({ me: WELCOME.roster[0] });
  });

  it('starts from "Connecting…" as before when there is none, or it is not ours', () => {
    expect(readFirstScreen()).toBeUndefined();
    for (const bad of ['{', '"text"', '{"welcome":{"roster":"x"}}', '{"me":{}}', 'null']) {
      page(bad);
      expect(readFirstScreen(), bad).toBeUndefined();
    }
  });

  it('moves the device token a form join left in a cookie into the script’s storage, and drops the cookie', () => {
    window.history.replaceState({}, '', '/j/ROOM');
    document.cookie = 'cg_device=tok_en-1; Path=/j/ROOM; SameSite=Strict';
    const stored = new Map<string, string>();
    adoptDeviceCookie('ROOM', document, { setItem: (k, v) => void stored.set(k, v) });
    expect(stored.get(deviceTokenKey('ROOM'))).toBe('tok_en-1');
    expect(document.cookie).toBe('');
  });

  it('with no cookie, stores nothing', () => {
    const stored = new Map<string, string>();
    adoptDeviceCookie('ROOM', document, { setItem: (k, v) => void stored.set(k, v) });
    expect(stored.size).toBe(0);
  });
});
