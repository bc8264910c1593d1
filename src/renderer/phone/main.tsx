import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { PhoneApp, roomTokenOf } from './PhoneApp';
import { PhoneClient, socketUrl } from './client';
import { adoptDeviceCookie, afterPress, carryFromServerScreen, readFirstScreen, restoreFocus } from './first-screen';
import { activateLocale, htmlLangOf, initialLocale, WORKSHOP_LANG_ATTR } from './i18n';
import './phone.css';

// The HTML's own first screen may carry the workshop title (put in by the room server): keep
// showing it while connecting, so the screen does not change when React takes over the root.
const shellTitle = document.getElementById('cg-title');
const initialTitle = shellTitle && !shellTitle.hidden ? (shellTitle.textContent ?? undefined) : undefined;

// Open the room's socket before React's first render, so its handshake travels while a slow
// phone is still busy rendering. The client starts from the screen the HTML already shows
// (the list of names, or who joined with the page's form), so React draws the same one.
const roomToken = roomTokenOf(window.location.pathname);
if (roomToken) adoptDeviceCookie(roomToken);
const client = roomToken ? new PhoneClient({ url: socketUrl(window.location, roomToken), roomToken, first: readFirstScreen() }) : undefined;
client?.start();

// React replaces the server's screen with the same markup in one go (flushSync), then the
// keyboard goes back where the person had it; a tap that came while it rendered lands on
// React's button in the same place; one already under way when the script came ends first.
// The phone's language (this person's choice, else the workshop's as the room server wrote it into
// the page, else the browser's): its catalog is fetched first (a small chunk, English too), so the
// first screen React draws is in it.
const locale = initialLocale(document.documentElement.getAttribute(WORKSHOP_LANG_ATTR));
document.documentElement.lang = htmlLangOf(locale);
// Not fetched (Wi-Fi): English, tried once more; the switcher can try again.
const ready = activateLocale(locale)
  .catch(() => activateLocale('en'))
  .catch(() => undefined);

void Promise.all([afterPress(), ready]).then(() => {
  const carried = carryFromServerScreen();
  const root = createRoot(document.getElementById('root')!);
  flushSync(() =>
    root.render(
      <StrictMode>
        <PhoneApp initialTitle={initialTitle} client={client} initialCode={carried.typedCode} />
      </StrictMode>,
    ),
  );
  restoreFocus(carried);
});
