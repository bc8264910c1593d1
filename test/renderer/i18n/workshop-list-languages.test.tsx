import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/renderer/app/App';
import { createAppStore } from '../../../src/renderer/store';
import { createFakeApi } from '../../helpers/fake-api';
import { inLocale } from '../../helpers/i18n';

// #19: the workshop list in the interface language: words, plurals, durations and dates in German.

describe('the workshop list in German', () => {
  it('says its columns, counts, lengths, dates and statuses in German; the titles stay as typed', async () => {
    const api = createFakeApi();
    api.seedWorkshop(
      { title: 'Lead quality sort', date: '2026-03-14', status: 'ready' },
      { participants: [{ name: 'A', team: 'sales' }], activities: [{ minutes: 30 }, { minutes: 45 }] },
    );
    api.seedWorkshop({ title: 'Leer', status: 'draft' });
    window.location.hash = '#/';
    render(<App store={createAppStore({ api })} />, { wrapper: await inLocale('de') });
    const row = await screen.findByRole('row', { name: /Lead quality sort/ });
    await waitFor(() => expect(row.textContent).toContain('Vertrieb'));
    expect(row.textContent).toContain('2 Aktivitäten · 1 Std. 15 Min.');
    expect(row.textContent).toContain('Sa., 14. März 2026');
    expect(row.textContent).toContain('Bereit');
    expect(screen.getByRole('row', { name: /Leer/ }).textContent).toContain('Entwurf');
    expect(screen.getByRole('columnheader', { name: 'Personen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Neuer Workshop' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lead quality sort umbenennen' })).toBeTruthy();
  });
});
