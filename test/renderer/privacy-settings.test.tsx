import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeApi } from '../helpers/fake-api';
import { renderApp } from './render-app';

// The planner's privacy settings: "Names in the report and exports" and each
// activity's naming. Nobody answered yet: the change is saved at once. People
// answered: the facilitator is asked first, and Cancel changes nothing.

function seeded() {
  const api = createFakeApi();
  const w = api.seedWorkshop(
    { title: 'Kickoff' },
    {
      participants: [{ name: 'Dana Lee', team: 'sales' }],
      activities: [
        { kind: 'dotvote', title: 'Where it hurts', minutes: 15 },
        { kind: 'retro', title: 'Trust retro', minutes: 20 },
        { kind: 'commitments', title: 'What we commit to', minutes: 20 },
      ],
    },
  );
  const idOf = (title: string) => api.db.activities.find((a) => a.title === title)!.id;
  return { api, w, idOf };
}

const namesSwitch = () => screen.findByRole('switch', { name: 'Names in the report and exports' });

describe('privacy settings in the planner', () => {
  it('turns names on at once when nobody has answered yet', async () => {
    const user = userEvent.setup();
    const { api, w } = seeded();
    renderApp(`#/w/${w.id}`, api);
    const toggle = await namesSwitch();
    expect(toggle).toHaveProperty('checked', false);
    await user.click(toggle);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(api.callsOf('workshop:update')).toEqual([{ id: w.id, patch: { namesInExports: true } }]));
    expect(api.db.workshops.get(w.id)!.namesInExports).toBe(true);
  });

  it('asks before turning names on once people have answered; Cancel changes nothing, confirming saves it', async () => {
    const user = userEvent.setup();
    const { api, w, idOf } = seeded();
    api.db.answerCounts.set(idOf('Where it hurts'), 7);
    renderApp(`#/w/${w.id}`, api);
    await user.click(await namesSwitch());

    const dialog = await screen.findByRole('alertdialog', { name: 'Show names in the report and exports?' });
    expect(dialog.textContent).toContain('7 answers were given under the current setting.');
    expect(dialog.textContent).toContain('privacy log');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await namesSwitch()).toHaveProperty('checked', false);
    expect(api.callsOf('workshop:update')).toEqual([]);

    await user.click(await namesSwitch());
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Show names' }));
    await waitFor(() => expect(api.db.workshops.get(w.id)!.namesInExports).toBe(true));
    expect(await namesSwitch()).toHaveProperty('checked', true);
  });

  it('offers a per-activity naming only where the kind follows the workshop, and asks once that activity has answers', async () => {
    const user = userEvent.setup();
    const { api, w, idOf } = seeded();
    api.db.answerCounts.set(idOf('Where it hurts'), 1);
    renderApp(`#/w/${w.id}`, api);

    await user.click(await screen.findByRole('button', { name: 'Settings and notes for Trust retro' }));
    expect(await screen.findByText(/Anonymous: no name and no team next to an answer, even when names are on/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Settings and notes for What we commit to' }));
    expect(await screen.findByText(/Named: pairs, reports and promises go with people’s names, whatever the workshop setting/)).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Names in the report' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Settings and notes for Where it hurts' }));
    const naming = (await screen.findByRole('combobox', { name: 'Names in the report' })) as HTMLSelectElement;
    expect(naming.value).toBe('follow');
    expect(naming.selectedOptions[0]!.textContent).toBe('Follow the workshop (now: Team only)');

    await user.selectOptions(naming, 'named');
    const dialog = await screen.findByRole('alertdialog', { name: 'Change names for “Where it hurts”?' });
    expect(dialog.textContent).toContain('1 answer was given under the current setting.');
    expect(dialog.textContent).toContain('People answered being told “Team only”. The report and the CSV will show their answers as “Named”.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(naming.value).toBe('follow');
    expect(api.callsOf('activity:update')).toEqual([]);

    await user.selectOptions(naming, 'named');
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Use Named' }));
    await waitFor(() => expect(api.db.activities.find((a) => a.title === 'Where it hurts')!.naming).toBe('named'));
    expect(api.callsOf('activity:update')).toEqual([{ id: idOf('Where it hurts'), patch: { naming: 'named' } }]);
  });

  it('asks anyway when the answer count cannot be read', async () => {
    const user = userEvent.setup();
    const { api, w } = seeded();
    renderApp(`#/w/${w.id}`, api);
    api.failNext('workshop:answerCounts', { code: 'UNAVAILABLE', message: 'Not answering.' });
    await user.click(await namesSwitch());
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('People may already have answered under the current setting.');
  });
});

describe('export screen: where names end up', () => {
  it('says the JSON holds names and the PDF does not when names are off, and what is named when on', async () => {
    const { api, w } = seeded();
    renderApp(`#/export/${w.id}`, api);
    expect((await screen.findByTestId('export-names-note')).textContent).toContain(
      'The JSON file holds everyone’s names; the PDF report and the CSV show them only in activities marked Named',
    );
  });

  it('with names on, says the PDF and CSV show names where an activity is Named', async () => {
    const api = createFakeApi();
    const w = api.seedWorkshop({ title: 'Named day', namesInExports: true });
    renderApp(`#/export/${w.id}`, api);
    expect((await screen.findByTestId('export-names-note')).textContent).toContain(
      'Names are on: the PDF and the CSV show who gave each answer in activities marked Named.',
    );
  });
});
