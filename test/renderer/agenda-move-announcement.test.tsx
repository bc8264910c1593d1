import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeApi } from '../helpers/fake-api';
import { renderApp } from './render-app';

// "Move up" / "Move down" on the agenda say where the activity went, in words.

const said = () => screen.getByTestId('agenda-announcer').textContent!.replace(/\u200b/g, '');

describe('agenda Move up / Move down', () => {
  it('says the activity’s new position, each time, each time it moves', async () => {
    const user = userEvent.setup();
    const api = createFakeApi();
    const w = api.seedWorkshop(
      { title: 'Kickoff' },
      {
        activities: [
          { kind: 'slide', title: 'Welcome', minutes: 10 },
          { kind: 'dotvote', title: 'Dot vote', minutes: 30 },
          { kind: 'break', title: 'Coffee', minutes: 15 },
          { kind: 'slide', title: 'Wrap-up', minutes: 5 },
        ],
      },
    );
    renderApp(`#/w/${w.id}`, api);
    await screen.findAllByTestId('agenda-row');
    expect(said()).toBe('');

    await user.click(screen.getByRole('button', { name: 'Move Dot vote down' }));
    await waitFor(() => expect(said()).toBe('Dot vote moved to position 3 of 4.'));
    await user.click(screen.getByRole('button', { name: 'Move Dot vote down' }));
    await waitFor(() => expect(said()).toBe('Dot vote moved to position 4 of 4.'));
    await user.click(screen.getByRole('button', { name: 'Move Dot vote up' }));
    await waitFor(() => expect(said()).toBe('Dot vote moved to position 3 of 4.'));
    await user.click(screen.getByRole('button', { name: 'Move Coffee down' }));
    await waitFor(() => expect(said()).toBe('Coffee moved to position 3 of 4.'));
    await user.click(screen.getByRole('button', { name: 'Move Coffee up' }));
    await waitFor(() => expect(said()).toBe('Coffee moved to position 2 of 4.'));
    await user.click(screen.getByRole('button', { name: 'Move Dot vote up' }));
    await waitFor(() => expect(said()).toBe('Dot vote moved to position 2 of 4.'));
    await user.click(screen.getByRole('button', { name: 'Move Dot vote down' }));
    await waitFor(() => expect(said()).toBe('Dot vote moved to position 3 of 4.'));
  });
});
