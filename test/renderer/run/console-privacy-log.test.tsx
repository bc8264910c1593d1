import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ROOM_LOG_ACTIONS } from '../../../src/shared/room-privacy';
import { createRunFake, renderRunPage } from './run-fake';

// The console lists who locked their answers on the in-room page; the
// facilitator's "Open without PIN" asks first and lands in the privacy log.

describe('console: privacy log', () => {
  it('opens a person’s answers without their PIN only after confirming, and logs it', async () => {
    const user = userEvent.setup();
    const fake = createRunFake();
    const [dana, marcus] = fake.people;
    fake.goTo(fake.activityIds[1]!);
    fake.handOvers.set(dana!.id, { at: new Date().toISOString(), pin: '2580' });
    fake.handOvers.set(marcus!.id, { at: new Date().toISOString(), pin: null });
    fake.privacyLog.push({ id: 1, at: '2026-11-27T09:00:00.000Z', action: 'anonymised', detail: 'Names removed: 6 people renamed by team.' });
    renderRunPage(`#/run/${fake.workshopId}`, fake);

    const panel = (await screen.findByRole('heading', { level: 2, name: 'Privacy log' })).closest('section')!;
    const locked = await within(panel).findByRole('list', { name: 'People who set a PIN' });
    expect(
      within(locked)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringContaining('Dana Whitfield')]);
    expect(within(panel).getByTestId('privacy-log').textContent).toContain('Names removed: 6 people renamed by team.');

    // Cancel changes nothing.
    await user.click(within(panel).getByRole('button', { name: 'Open without PIN: Dana Whitfield' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Open Dana Whitfield’s answers without their PIN?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(fake.api.callsOf('handover:openWithoutPin')).toEqual([]);

    await user.click(within(panel).getByRole('button', { name: 'Open without PIN: Dana Whitfield' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Open without PIN' }));
    expect(fake.api.callsOf('handover:openWithoutPin')).toEqual([{ participantId: dana!.id }]);
    expect(fake.privacyLog.at(-1)).toMatchObject({ action: ROOM_LOG_ACTIONS.override, detail: dana!.id });
    await waitFor(() =>
      expect(within(panel).getByTestId('privacy-log').textContent).toContain('Opened Dana Whitfield’s answers without their PIN (PIN removed).'),
    );
    expect(within(panel).getByText('Nobody has locked their answers on the in-room page.')).toBeTruthy();
  });
});
