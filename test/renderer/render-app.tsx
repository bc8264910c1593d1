import { render } from '@testing-library/react';
import { App } from '../../src/renderer/app/App';
import { createAppStore } from '../../src/renderer/store';
import { createFakeApi, type FakeApi } from '../helpers/fake-api';

/** Mount the whole facilitator app on a fake API at a hash route. */
export function renderApp(hash = '#/', api: FakeApi = createFakeApi()) {
  window.location.hash = hash;
  const root = document.createElement('div');
  root.id = 'root';
  document.body.appendChild(root);
  const store = createAppStore({ api, retryBaseMs: 5, retryMaxMs: 20 });
  const utils = render(<App store={store} />, { container: root });
  return { api, store, ...utils };
}
