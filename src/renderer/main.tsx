import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api';
import { createSeriesUploader, createWorkshopUploader } from './api/import-upload';
import { App } from './app/App';
import { createAppStore } from './store';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import './styles/screens.css';

// Browser mode uploads workshop and series files over HTTP; the desktop app sends them over IPC.
const store = createAppStore({
  api: createApiClient(),
  ...(window.commonGround ? {} : { uploadWorkshop: createWorkshopUploader(), uploadSeries: createSeriesUploader() }),
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
