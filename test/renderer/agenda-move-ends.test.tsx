import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeApi } from '../helpers/fake-api';
import { renderApp } from './render-app';

// The focus rule (#15) on the agenda: "Move up" that brings an activity to the top (and "Move
// down" to the bottom) keeps the keyboard: aria-disabled, never disabled; a press there moves
// nothing and says where the activity already is, in the planner's own announcement.

const said = () => screen.getByTestId('agenda-announcer').textContent!.replace(/\u200b/g, '');
const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;
const order = () => screen.getAllByTestId('agenda-row').map((row) => row.getAttribute('data-activity-id'));

function expectKeptAndUnusable(el: HTMLButtonElement) {
  expect(document.activeElement).toBe(el);
  expect(el.disabled).toBe(false);
  expect(el.getAttribute('aria-disabled')).toBe('true');
}

describe('agenda Move up / Move down at the ends', () => {
  it('keep the keyboard at the top and the bottom, and a press there says so and moves nothing', async () => {
    const user = userEvent.setup();
    const api = createFakeApi();
    const w = api.seedWorkshop(
      { title: 'Kickoff' },
      {
        activities: [
          { kind: 'slide', title: 'Welcome', minutes: 10 },
          { kind: 'dotvote', title: 'Dot vote', minutes: 30 },
          { kind: 'slide', title: 'Wrap-up', minutes: 5 },
        ],
      },
    );
    renderApp(`#/w/${w.id}`, api);
    await screen.findAllByTestId('agenda-row');

    button('Move Dot vote up').focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(said()).toBe('Dot vote moved to position 1 of 3.'));
    await waitFor(() => expectKeptAndUnusable(button('Move Dot vote up')));
    const top = order();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(said()).toBe('Dot vote is already at the top, position 1 of 3.'));
    expect(order()).toEqual(top);
    expectKeptAndUnusable(button('Move Dot vote up'));

    button('Move Welcome down').focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(said()).toBe('Welcome moved to position 3 of 3.'));
    await waitFor(() => expectKeptAndUnusable(button('Move Welcome down')));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(said()).toBe('Welcome is already at the bottom, position 3 of 3.'));
    expect(order()[2]).toBe(top[1]);
  });
});
