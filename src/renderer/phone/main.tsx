import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PhoneApp, roomTokenOf } from './PhoneApp';
import { PhoneClient, socketUrl } from './client';
import './phone.css';

// The HTML's own first screen may carry the workshop title (put in by the room server): keep
// showing it while connecting, so the screen does not change when React takes over the root.
const shellTitle = document.getElementById('cg-title');
const initialTitle = shellTitle && !shellTitle.hidden ? (shellTitle.textContent ?? undefined) : undefined;

// Open the room's socket before React's first render, so its handshake and the welcome (the
// list of names) travel while a slow phone is still busy rendering.
const roomToken = roomTokenOf(window.location.pathname);
const client = roomToken ? new PhoneClient({ url: socketUrl(window.location, roomToken), roomToken }) : undefined;
client?.start();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PhoneApp initialTitle={initialTitle} client={client} />
  </StrictMode>,
);
