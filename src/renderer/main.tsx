import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api';
import { createWorkshopUploader } from './api/import-upload';
import { App } from './app/App';
import { createAppStore } from './store';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import './styles/screens.css';

// Browser mode uploads workshop files over HTTP; the desktop app sends them over IPC.
const store = createAppStore({ api: createApiClient(), uploadWorkshop: window.commonGround ? undefined : createWorkshopUploader() });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
