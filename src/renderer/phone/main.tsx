import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PhoneApp } from './PhoneApp';
import './phone.css';

// The HTML's own first screen may carry the workshop title (put in by the room server): keep
// showing it while connecting, so the screen does not change when React takes over the root.
const shellTitle = document.getElementById('cg-title');
const initialTitle = shellTitle && !shellTitle.hidden ? (shellTitle.textContent ?? undefined) : undefined;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PhoneApp initialTitle={initialTitle} />
  </StrictMode>,
);
