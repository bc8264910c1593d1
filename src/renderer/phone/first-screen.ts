import { deviceTokenKey, FIRST_SCREEN_ID, type FirstScreen } from './client';

// The room server's own first screen (src/main/server/phone-page.ts): the list of names or the
// code form, as real forms, shown before this script arrives on slow Wi-Fi. What the script takes
// from it when it takes over, so nothing the person did on it is lost.

/** What the HTML showed (the list, or who joined with no script), or undefined. */
export function readFirstScreen(doc: Document = document): FirstScreen | undefined {
  const text = doc.getElementById(FIRST_SCREEN_ID)?.textContent;
  if (!text) return undefined;
  try {
    const first = JSON.parse(text) as Partial<{ welcome: { roster?: unknown }; me: { id?: unknown } }>;
    if (first.welcome && Array.isArray(first.welcome.roster)) return first as FirstScreen;
    if (first.me && typeof first.me.id === 'string') return first as FirstScreen;
  } catch {
    /* not ours: start from "Connecting…" as before */
  }
  return undefined;
}

const DEVICE_COOKIE = 'cg_device';

/**
 * A join made with the page's form (a tap before the script arrived) left this phone's device
 * token in a cookie for the room's page: keep it where the script keeps it (as a join on the
 * socket does), and drop the cookie.
 */
export function adoptDeviceCookie(roomToken: string, doc: Document = document, storage: Pick<Storage, 'setItem'> | null = safeStorage()): void {
  const value = new RegExp(`(?:^|;\\s*)${DEVICE_COOKIE}=([^;]*)`).exec(doc.cookie)?.[1];
  if (!value) return;
  try {
    storage?.setItem(deviceTokenKey(roomToken), decodeURIComponent(value));
  } catch {
    /* private mode: this phone picks its name again after a reload */
  }
  // eslint-disable-next-line lingui/no-unlocalized-strings -- a cookie, not text
  doc.cookie = `${DEVICE_COOKIE}=; Path=/j/${roomToken}; Max-Age=0; SameSite=Strict`;
}

function safeStorage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

/** Where the person was on the server's screen: typing the code (what they typed), or on a name. */
export interface Carried {
  typedCode?: string;
  focus?: { kind: 'code'; selection: number } | { kind: 'name'; text: string };
}

export function carryFromServerScreen(doc: Document = document): Carried {
  const carried: Carried = {};
  const field = doc.querySelector<HTMLInputElement>('[data-cg-server] input[name="code"]');
  if (field?.value) carried.typedCode = field.value;
  const active = doc.activeElement;
  if (active && active.closest('[data-cg-server]')) {
    if (active === field) carried.focus = { kind: 'code', selection: field.selectionStart ?? field.value.length };
    else if (active instanceof HTMLButtonElement && active.name === 'participant') carried.focus = { kind: 'name', text: active.textContent ?? '' };
  }
  return carried;
}

/** After the script's first screen replaced the server's: the keyboard back where the person had it. */
export function restoreFocus(carried: Carried, doc: Document = document): void {
  const focus = carried.focus;
  if (!focus) return;
  if (focus.kind === 'code') {
    const field = doc.querySelector<HTMLInputElement>('input.ph-code-input');
    field?.focus();
    field?.setSelectionRange(focus.selection, focus.selection);
    return;
  }
  const same = [...doc.querySelectorAll<HTMLButtonElement>('button.pick-name')].find((b) => b.textContent === focus.text);
  same?.focus();
}

const RELEASES = ['pointerup', 'pointercancel', 'touchend', 'touchcancel', 'mouseup'] as const;

/**
 * A finger (or mouse) still down on the server's screen as the script arrives: wait until the
 * press has ended and made its click, so the tap lands on the button it began on (replaced in
 * mid-press, it would make no click at all). A click on a name sends the server's form.
 */
export function afterPress(doc: Document = document, maxMs = 3000): Promise<void> {
  if (!doc.querySelector('[data-cg-server] :active')) return Promise.resolve();
  return new Promise((resolve) => {
    let timer = setTimeout(done, maxMs);
    function done() {
      clearTimeout(timer);
      for (const type of RELEASES) doc.removeEventListener(type, released, true);
      doc.removeEventListener('click', clicked, true);
      setTimeout(resolve, 0); // after the click's own handling (a form sent, a page leaving)
    }
    function released() {
      clearTimeout(timer);
      timer = setTimeout(done, 300); // a touch's click follows its release, in a task of its own
    }
    function clicked() {
      done();
    }
    for (const type of RELEASES) doc.addEventListener(type, released, true);
    doc.addEventListener('click', clicked, true);
  });
}
