import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import { App } from '../../src/renderer/app/App';
import { createAppStore } from '../../src/renderer/store';
import type { ApiClient } from '../../src/shared/api/contract';
import { call, testCore } from '../helpers/core';

// The empty workshop list describes the sample. Its words come from the
// template the sample is made of, so they list exactly what the sample holds.

let core: Core | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

/** The facilitator app on the real core (its templates and sample), not a fake. */
function renderOnCore(c: Core) {
  const api: ApiClient = { invoke: async (op, input) => c.dispatch(op, input) as never, on: () => () => undefined };
  window.location.hash = '#/';
  const root = document.body.appendChild(document.createElement('div'));
  root.id = 'root';
  return render(<App store={createAppStore({ api, retryBaseMs: 5, retryMaxMs: 20 })} />, { container: root });
}

describe('the empty workshop list', () => {
  it('lists exactly the activities the sample workshop gets, in order', async () => {
    core = testCore();
    renderOnCore(core);
    const agenda = await screen.findByRole('list', { name: 'The sample’s agenda' });
    const described = within(agenda)
      .getAllByRole('listitem')
      .map((li) => li.textContent);

    // Now make the sample the button makes, and read back its agenda.
    const sample = call(core, 'workshop:createSample', {});
    const made = call(core, 'workshop:get', { id: sample.id }).activities.map((a) => a.title);
    expect(described).toEqual(made);
    expect(described.length).toBeGreaterThan(3);
    expect(screen.getByText(/Start from a ready-made 1 h 30 min kickoff/)).toBeTruthy();
  });
});
