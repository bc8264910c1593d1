import { i18n } from '@lingui/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api';
import { createSeriesUploader, createWorkshopUploader } from './api/import-upload';
import { App } from './app/App';
import { InterfaceI18n } from './i18n/InterfaceI18n';
import { activateInterfaceLocale, initialInterfaceLocale } from './i18n/interface-language';
import { createAppStore } from './store';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import './styles/screens.css';

// Browser mode uploads workshop and series files over HTTP; the desktop app sends them over IPC.
// The store's toasts and errors speak the interface language: Lingui's global instance, which the interface language activates.
const store = createAppStore({
  api: createApiClient(),
  i18n: () => i18n,
  ...(window.commonGround ? {} : { uploadWorkshop: createWorkshopUploader(), uploadSeries: createSeriesUploader() }),
});

// The interface language's catalog comes first (English is in the bundle), so the first screen React draws is in it.
// A catalog that cannot load leaves the interface in English.
void activateInterfaceLocale(initialInterfaceLocale())
  .catch(() => activateInterfaceLocale('en'))
  .then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <InterfaceI18n>
          <App store={store} />
        </InterfaceI18n>
      </StrictMode>,
    ),
  );
