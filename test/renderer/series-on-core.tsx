import { render } from '@testing-library/react';
import type { Core } from '../../src/main/core';
import { App } from '../../src/renderer/app/App';
import { createAppStore } from '../../src/renderer/store';
import type { ApiClient } from '../../src/shared/api/contract';
import { call, testCore } from '../helpers/core';

// The facilitator app on the real core (real SQLite in a temp dir) for the series screens (#18):
// the series rules (taken titles, refusing to delete a series with workshops) are the core's own.

/** An ApiClient straight onto the core, change events included. */
export function apiOnCore(core: Core): ApiClient {
  return {
    invoke: async (op, input) => core.dispatch(op, input) as never,
    on: (event, listener) => core.subscribe((e, payload) => e === event && listener(payload as never)),
  };
}

export function renderOnCore(core: Core, hash: string) {
  window.location.hash = hash;
  const root = document.body.appendChild(document.createElement('div'));
  root.id = 'root';
  const store = createAppStore({ api: apiOnCore(core), retryBaseMs: 5, retryMaxMs: 20 });
  return { store, ...render(<App store={store} />, { container: root }) };
}

/** "ACME alignment 2027": two workshops two weeks apart, two people, one activity. */
export function acmeSeries(core: Core = testCore()) {
  const first = call(core, 'workshop:create', { title: 'ACME joint meeting 1', date: '2027-03-03' });
  call(core, 'participant:addMany', {
    workshopId: first.id,
    people: [
      { name: 'Dana Whitfield', team: 'sales' },
      { name: 'Priya Raman', team: 'marketing' },
    ],
  });
  call(core, 'activity:add', { workshopId: first.id, kind: 'leadsort' });
  const series = call(core, 'series:create', { title: 'ACME alignment 2027', workshopId: first.id });
  const second = call(core, 'series:nextWorkshop', { workshopId: first.id });
  return { core, seriesId: series.id, first: first.id, second: second.id };
}
