import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { defaultSignals } from '../../src/activities/leadsort/signals';
import { createFakeApi } from '../helpers/fake-api';
import { renderApp } from './render-app';

// #19: the planner hands the open workshop's language to an exercise's editor, so starting again from
// the examples brings them in the room's language while the planner itself speaks the facilitator's.

describe('an exercise editor in the planner', () => {
  it('starts a German workshop’s lead sort again from the German example signals, in an English planner', async () => {
    const user = userEvent.setup();
    const api = createFakeApi();
    const w = api.seedWorkshop({ title: 'Kickoff', language: 'de' }, { activities: [{ kind: 'leadsort', title: 'Leads' }] });
    renderApp(`#/w/${w.id}`, api);
    await user.click(await screen.findByRole('button', { name: 'Settings and notes for Leads' }));
    await user.click(screen.getByRole('button', { name: 'Start again from the 26 example signals' }));
    await user.click(screen.getByRole('button', { name: 'Replace' }));
    await waitFor(() => {
      const config = api.db.activities.find((a) => a.kind === 'leadsort')!.config as { cards: { text: string }[] };
      expect(config.cards).toEqual(defaultSignals('de'));
    });
  });
});
