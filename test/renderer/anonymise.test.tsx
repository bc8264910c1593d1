import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../src/shared/api/contract';
import { TEAM_LABEL, type Team, type WorkshopStatus } from '../../src/shared/domain';
import type { ApiError, Result } from '../../src/shared/api/result';
import { createFakeApi } from '../helpers/fake-api';
import { renderApp } from './render-app';

// The "Anonymise this workshop…" dialog on the export screen, over the fake
// API with a stand-in for the core's operation (the core's own tests cover
// what it does to the data).

const AT = '2026-11-27T16:30:00.000Z';

function setup(status: WorkshopStatus, refuse?: ApiError) {
  const fake = createFakeApi();
  const w = fake.seedWorkshop(
    { title: 'Q3 kickoff', status },
    {
      participants: [
        { name: 'Dana Lee', team: 'sales', role: 'AE' },
        { name: 'Sam Ortiz', team: 'marketing' },
        { name: 'Ann Lee', team: 'sales' },
      ],
    },
  );
  const sent: unknown[] = [];
  const base = fake.invoke.bind(fake);
  fake.invoke = ((op: string, input: unknown) => {
    if (op !== 'workshop:anonymise') return base(op as never, input as never);
    sent.push(input);
    if (refuse) return Promise.resolve({ ok: false, error: refuse } satisfies Result<never>);
    const seen: Record<Team, number> = { sales: 0, marketing: 0, other: 0 };
    for (const p of fake.db.participants) Object.assign(p, { name: `${TEAM_LABEL[p.team]} ${(seen[p.team] += 1)}`, role: '' });
    const workshop = { ...fake.db.workshops.get(w.id)!, anonymisedAt: AT };
    fake.db.workshops.set(w.id, workshop);
    queueMicrotask(() => fake.emit('workshop:changed', { workshopId: w.id }));
    return Promise.resolve({ ok: true, value: { workshop, people: 3, owners: { renamed: 1, someone: 1, kept: 0 }, texts: 4, devices: 2 } });
  }) as ApiClient['invoke'];
  return { api: fake, w, sent };
}

describe('anonymising from the export screen', () => {
  it('asks for the exact title, says it cannot be undone, and shows what was done', async () => {
    const user = userEvent.setup();
    const { api, w, sent } = setup('finished');
    renderApp(`#/export/${w.id}`, api);
    await user.click(await screen.findByRole('button', { name: 'Anonymise this workshop…' }));

    const dialog = screen.getByRole('alertdialog', { name: 'Anonymise this workshop' });
    expect(dialog.textContent).toContain('This cannot be undone.');
    expect(dialog.textContent).toContain('only where it is written exactly as on the roster, as a whole word');
    const field = within(dialog).getByRole('textbox', { name: 'Type the workshop title to confirm' });
    expect(document.activeElement).toBe(field);
    const confirm = within(dialog).getByRole('button', { name: 'Anonymise for good' });
    expect(confirm).toHaveProperty('disabled', true);

    await user.type(field, 'q3 kickoff');
    expect(confirm).toHaveProperty('disabled', true);
    await user.keyboard('{Enter}');
    expect(sent).toEqual([]);

    await user.clear(field);
    await user.type(field, 'Q3 kickoff ');
    expect(confirm).toHaveProperty('disabled', false);
    await user.click(confirm);

    expect(sent).toEqual([{ id: w.id, confirmTitle: 'Q3 kickoff ' }]);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    const done = screen.getByText(/Names were removed on 27 Nov 2026\./);
    expect(done.textContent).toContain('3 people renamed by team. 1 action owner renamed, 1 set to “Someone”. Names replaced in 4 texts.');
    await waitFor(() => expect(document.activeElement).toBe(done));
    expect(screen.queryByRole('button', { name: 'Anonymise this workshop…' })).toBeNull();
  });

  it('keeps the dialog open with the reason when the app refuses', async () => {
    const user = userEvent.setup();
    const message = 'Only a finished workshop can be anonymised, and it is still running: end it in the console first. Nothing was changed.';
    const { api, w } = setup('finished', { code: 'CONFLICT', message });
    renderApp(`#/export/${w.id}`, api);
    await user.click(await screen.findByRole('button', { name: 'Anonymise this workshop…' }));
    const dialog = screen.getByRole('alertdialog');
    await user.type(within(dialog).getByRole('textbox', { name: 'Type the workshop title to confirm' }), 'Q3 kickoff{Enter}');
    expect((await within(dialog).findByRole('alert')).textContent).toBe(message);
    expect(within(dialog).getByRole('textbox', { name: 'Type the workshop title to confirm' }).getAttribute('aria-invalid')).toBe('true');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Anonymise this workshop…' }));
  });

  it('offers nothing before the workshop is finished', async () => {
    const { api, w } = setup('running');
    renderApp(`#/export/${w.id}`, api);
    expect(await screen.findByText(/Once the workshop is finished you can replace every participant’s name/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Anonymise/ })).toBeNull();
  });
});

describe('the roster of an anonymised workshop', () => {
  it('shows the labels and when the names were removed', async () => {
    const { api, w } = setup('finished');
    await api.invoke('workshop:anonymise', { id: w.id, confirmTitle: 'Q3 kickoff' });
    renderApp(`#/w/${w.id}`, api);
    expect((await screen.findByTestId('names-removed')).textContent).toContain('Names were removed on 27 Nov 2026.');
    const names = screen.getAllByTestId('roster-row').map((r) => (within(r).getAllByRole('textbox')[0] as HTMLInputElement).value);
    expect(names).toEqual(['Sales 1', 'Marketing 1', 'Sales 2']);
  });
});
