import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeApi } from '../helpers/fake-api';
import { renderApp } from './render-app';

function seeded(fields: { startTime?: string | null; plannedEnd?: string | null } = {}) {
  const api = createFakeApi();
  const w = api.seedWorkshop(
    { title: 'Kickoff', startTime: '09:00', plannedEnd: '10:00', ...fields },
    {
      participants: [
        { name: 'Dana Lee', team: 'sales' },
        { name: 'Sam Ortiz', team: 'marketing' },
      ],
      activities: [
        { kind: 'slide', title: 'Welcome and why we are here', minutes: 10 },
        { kind: 'dotvote', title: 'Dot vote: top priorities', minutes: 30 },
        { kind: 'break', title: 'Coffee', minutes: 15 },
      ],
    },
  );
  return { api, w };
}

const rows = () => screen.getAllByTestId('agenda-row');
const rowTitles = () => rows().map((r) => (within(r).getByRole('textbox', { name: /Title of activity/ }) as HTMLInputElement).value);

describe('planner', () => {
  it('sets the workshop’s language next to its currency, saved like any other detail', async () => {
    const user = userEvent.setup();
    const { api, w } = seeded();
    renderApp(`#/w/${w.id}`, api);
    const language = (await screen.findByRole('combobox', { name: 'Workshop language' })) as HTMLSelectElement;
    expect(language.value).toBe('en');
    await user.selectOptions(language, 'fr');
    await waitFor(() => expect(api.callsOf('workshop:update')).toContainEqual({ id: w.id, patch: { language: 'fr' } }));
    expect(api.db.workshops.get(w.id)!.language).toBe('fr');
    expect(language.value).toBe('fr');
  });

  it('shows computed clock times from the start time and the total', async () => {
    const { api, w } = seeded();
    renderApp(`#/w/${w.id}`, api);
    await screen.findAllByTestId('agenda-row');
    expect(rows().map((r) => within(r).getByTestId('agenda-time').textContent)).toEqual(['09:00–09:10', '09:10–09:40', '09:40–09:55']);
    expect(screen.getByTestId('agenda-total').textContent).toContain('55 min');
    expect(screen.getByTestId('agenda-total').textContent).toContain('09:00–09:55');
    expect(screen.queryByText(/over your planned end/)).toBeNull();
  });

  it('warns when the agenda runs past the planned end, and updates when minutes change', async () => {
    const user = userEvent.setup();
    const { api, w } = seeded({ plannedEnd: '09:50' });
    renderApp(`#/w/${w.id}`, api);
    expect((await screen.findByText(/over your planned end/)).textContent).toContain('Runs 5 min over your planned end at 09:50');
    const minutes = screen.getByRole('spinbutton', { name: 'Minutes for Dot vote: top priorities' });
    await user.clear(minutes);
    await user.type(minutes, '20');
    await user.tab();
    await waitFor(() => expect(screen.queryByText(/over your planned end/)).toBeNull());
    await waitFor(() => expect(api.db.activities.find((a) => a.title === 'Dot vote: top priorities')!.minutes).toBe(20));
  });

  it('Move up / Move down send one reorder with the full new order', async () => {
    const user = userEvent.setup();
    const { api, w } = seeded();
    renderApp(`#/w/${w.id}`, api);
    await screen.findAllByTestId('agenda-row');
    const ids = rows().map((r) => r.dataset.activityId!);
    expect(screen.getByRole('button', { name: 'Move Welcome and why we are here up' }).getAttribute('aria-disabled')).toBe('true'); // focusable at the top (#15)
    await user.click(screen.getByRole('button', { name: 'Move Coffee up' }));
    expect(rowTitles()).toEqual(['Welcome and why we are here', 'Coffee', 'Dot vote: top priorities']);
    await waitFor(() => expect(api.callsOf('activity:reorder')).toEqual([{ workshopId: w.id, orderedIds: [ids[0], ids[2], ids[1]] }]));
    await user.click(screen.getByRole('button', { name: 'Move Welcome and why we are here down' }));
    await waitFor(() => expect(api.callsOf('activity:reorder')).toHaveLength(2));
    expect(api.callsOf('activity:reorder')[1]!.orderedIds).toEqual([ids[2], ids[0], ids[1]]);
    // Times follow the new order.
    expect(within(rows()[0]!).getByTestId('agenda-time').textContent).toBe('09:00–09:15');
  });

  it('has a labelled drag handle per row', async () => {
    const { api, w } = seeded();
    renderApp(`#/w/${w.id}`, api);
    const handle = await screen.findByRole('button', { name: 'Reorder Dot vote: top priorities' });
    expect(handle.getAttribute('aria-roledescription')).toBe('sortable');
  });

  it('previews a pasted roster (who is added, which lines are skipped) and adds it in one call', async () => {
    const user = userEvent.setup();
    const { api, w } = seeded();
    renderApp(`#/w/${w.id}`, api);
    await user.click(await screen.findByRole('button', { name: 'Paste a list' }));
    const dialog = screen.getByRole('dialog', { name: 'Paste a list of people' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Team for lines without one' }), 'marketing');
    const area = within(dialog).getByRole('textbox', { name: 'Names, one per line' });
    await user.click(area);
    await user.paste('Ana Gomez, Sales, AE\nBen Wu\ndana lee\n');
    const added = within(dialog).getByRole('list', { name: 'Will be added' });
    expect(
      within(added)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Ana GomezSales◆AE', 'Ben WuMarketing●']);
    expect(within(dialog).getByRole('list', { name: 'Skipped lines' }).textContent).toContain('Line 3: dana lee is already on the roster');
    await user.click(within(dialog).getByRole('button', { name: 'Add 2 people' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.callsOf('participant:addMany')).toEqual([
      {
        workshopId: w.id,
        people: [
          { name: 'Ana Gomez', team: 'sales', role: 'AE' },
          { name: 'Ben Wu', team: 'marketing', role: '' },
        ],
      },
    ]);
    expect(screen.getAllByTestId('roster-row')).toHaveLength(4);
    expect(document.querySelector('.roster-summary')!.textContent).toBe('2Sales◆·2Marketing●');
  });

  it('saves a title edit after a short pause and shows the save state', async () => {
    const user = userEvent.setup();
    const { api, w } = seeded();
    renderApp(`#/w/${w.id}`, api);
    const title = await screen.findByRole('textbox', { name: 'Workshop title' });
    await user.clear(title);
    await user.type(title, 'Q3 kickoff');
    expect(api.callsOf('workshop:update')).toHaveLength(0);
    await waitFor(() => expect(api.db.workshops.get(w.id)!.title).toBe('Q3 kickoff'), { timeout: 2000 });
    expect(api.callsOf('workshop:update').length).toBeLessThanOrEqual(2);
    expect(await screen.findByText('All changes saved')).toBeTruthy();
  });

  it('shows "Couldn\'t save — retrying" while the connection is down, then saves', async () => {
    const user = userEvent.setup();
    const { api, w } = seeded();
    renderApp(`#/w/${w.id}`, api);
    const location = await screen.findByRole('textbox', { name: 'Location' });
    act(() => api.setDown(true));
    await user.type(location, 'Room 4');
    await user.tab();
    expect(await screen.findByText('Couldn’t save — retrying')).toBeTruthy();
    act(() => api.setDown(false));
    await waitFor(() => expect(api.db.workshops.get(w.id)!.location).toBe('Room 4'));
    expect(await screen.findByText('All changes saved')).toBeTruthy();
  });

  it('adds an activity from the library with its defaults', async () => {
    const user = userEvent.setup();
    const { api, w } = seeded();
    renderApp(`#/w/${w.id}`, api);
    await user.click(await screen.findByRole('button', { name: 'Add Card sort' }));
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(rowTitles()[3]).toBe('Card sort');
    expect(api.callsOf('activity:add')[0]).toMatchObject({ workshopId: w.id, kind: 'cardsort', minutes: 15 });
  });

  it('edits a dot vote config and keeps item ids stable', async () => {
    const user = userEvent.setup();
    const { api, w } = seeded();
    renderApp(`#/w/${w.id}`, api);
    await user.click(await screen.findByRole('button', { name: 'Settings and notes for Dot vote: top priorities' }));
    const options = screen.getByRole('textbox', { name: 'Options' });
    await user.click(options);
    await user.paste('Faster follow-up\nBetter leads');
    await waitFor(() => {
      const cfg = api.db.activities.find((a) => a.kind === 'dotvote')!.config as { options: { id: string; text: string }[] };
      expect(cfg.options.map((o) => o.text)).toEqual(['Faster follow-up', 'Better leads']);
    });
    const before = (api.db.activities.find((a) => a.kind === 'dotvote')!.config as { options: { id: string }[] }).options.map((o) => o.id);
    await user.type(options, ' now');
    await waitFor(() => {
      const cfg = api.db.activities.find((a) => a.kind === 'dotvote')!.config as { options: { id: string; text: string }[] };
      expect(cfg.options.map((o) => o.text)).toEqual(['Faster follow-up', 'Better leads now']);
      expect(cfg.options.map((o) => o.id)).toEqual(before);
    });
    // An invalid cap is shown and not saved.
    const cap = screen.getByRole('spinbutton', { name: 'Most dots on one option' });
    await user.clear(cap);
    await user.type(cap, '9');
    expect(await screen.findByText('The cap per option cannot be more than the dots each person has')).toBeTruthy();
  });
});
