import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeApi } from '../helpers/fake-api';
import { renderApp } from './render-app';

describe('workshop list', () => {
  it('offers the sample on an empty list and opens it in the planner', async () => {
    const user = userEvent.setup();
    const { api } = renderApp('#/');
    const sample = await screen.findByRole('button', { name: 'Sample: Sales & Marketing alignment kickoff' });
    expect(screen.getByRole('button', { name: 'New workshop' })).toBeTruthy();
    await user.click(sample);
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/w\/w\d+$/));
    expect(api.callsOf('workshop:createSample')).toHaveLength(1);
    expect(await screen.findByRole('textbox', { name: 'Workshop title' })).toHaveProperty('value', 'Sales & Marketing alignment kickoff');
  });

  it('lists workshops with people per team, agenda length and status', async () => {
    const api = createFakeApi();
    api.seedWorkshop(
      { title: 'Lead quality sort', date: '2026-03-14', status: 'ready' },
      {
        participants: [
          { name: 'A', team: 'sales' },
          { name: 'B', team: 'sales' },
          { name: 'C', team: 'marketing' },
        ],
        activities: [{ minutes: 30 }, { minutes: 45 }],
      },
    );
    renderApp('#/', api);
    const row = await screen.findByRole('row', { name: /Lead quality sort/ });
    await waitFor(() => expect(row.textContent).toContain('2Sales◆'));
    expect(row.textContent).toContain('1Marketing●');
    expect(row.textContent).toContain('2 activities');
    expect(row.textContent).toContain('1 h 15 min');
    expect(row.textContent).toContain('Ready');
    expect(row.textContent).toContain('14 Mar 2026');
  });

  it('creates a workshop from the dialog and refuses an empty title', async () => {
    const user = userEvent.setup();
    const api = createFakeApi();
    api.seedWorkshop({ title: 'Existing' });
    renderApp('#/', api);
    await user.click(await screen.findByRole('button', { name: 'New workshop' }));
    const dialog = screen.getByRole('dialog', { name: 'New workshop' });
    await user.click(within(dialog).getByRole('button', { name: 'Create and open' }));
    expect(await within(dialog).findByText('A title is required')).toBeTruthy();
    expect(api.callsOf('workshop:create')).toHaveLength(0);
    await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Q3 kickoff{Enter}');
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/w\//));
    expect(api.callsOf('workshop:create')).toEqual([{ title: 'Q3 kickoff', language: 'en' }]); // the facilitator's language: English until the app has another
  });

  it('creates a workshop in the language picked for the room', async () => {
    const user = userEvent.setup();
    const api = createFakeApi();
    api.seedWorkshop({ title: 'Existing' });
    renderApp('#/', api);
    await user.click(await screen.findByRole('button', { name: 'New workshop' }));
    const dialog = screen.getByRole('dialog', { name: 'New workshop' });
    const language = within(dialog).getByRole('combobox', { name: 'Workshop language' }) as HTMLSelectElement;
    expect([...language.options].map((o) => o.textContent)).toEqual(['English', 'Deutsch', 'Français', 'Español']);
    expect(language.value).toBe('en');
    await user.selectOptions(language, 'de');
    await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Kickoff München{Enter}');
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/w\//));
    expect(api.callsOf('workshop:create')).toEqual([{ title: 'Kickoff München', language: 'de' }]);
  });

  it('makes a workshop from a template in the language picked for the room, so its words and examples come in it', async () => {
    const user = userEvent.setup();
    const api = createFakeApi();
    api.seedWorkshop({ title: 'Existing' });
    renderApp('#/', api);
    await user.click(await screen.findByRole('button', { name: 'New from template' }));
    const dialog = await screen.findByRole('dialog', { name: 'New workshop from a template' });
    const language = within(dialog).getByRole('combobox', { name: 'Workshop language' }) as HTMLSelectElement;
    expect(language.value).toBe('en');
    await user.selectOptions(language, 'fr');
    await user.click(await within(dialog).findByRole('button', { name: 'Use Alignment kickoff' }));
    await waitFor(() => expect(api.callsOf('template:createWorkshop')).toEqual([{ templateId: 'builtin-kickoff', language: 'fr' }]));
  });

  it('moves a workshop to the trash with Undo, and deletes forever only after confirming', async () => {
    const user = userEvent.setup();
    const api = createFakeApi();
    const w = api.seedWorkshop({ title: 'Old plan' });
    renderApp('#/', api);
    await user.click(await screen.findByRole('button', { name: 'Move Old plan to the trash' }));
    expect(screen.queryByRole('row', { name: /Old plan/ })).toBeNull();
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('row', { name: /Old plan/ })).toBeTruthy();
    await waitFor(() => expect(api.db.workshops.get(w.id)!.deletedAt).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Move Old plan to the trash' }));
    await user.click(screen.getByRole('link', { name: /Trash/ }));
    await user.click(await screen.findByRole('button', { name: 'Delete Old plan forever' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Delete “Old plan” forever?' });
    // Focus starts on Cancel; Escape closes without deleting.
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(api.callsOf('workshop:purge')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Delete Old plan forever' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete forever' }));
    await waitFor(() => expect(api.db.workshops.has(w.id)).toBe(false));
  });
});
