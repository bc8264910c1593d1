import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/renderer/app/App';
import { href } from '../../../src/renderer/app/router';
import { createAppStore } from '../../../src/renderer/store';
import { englishLeftIn } from '../../helpers/english-left-in';
import { createFakeApi } from '../../helpers/fake-api';
import { inLocale } from '../../helpers/i18n';

// The planner's Details panel in the interface language: every label, hint, placeholder, the status and the
// currencies' names, and the anonymity threshold's complaint. The workshop's own words stay as typed.

async function detailsIn(locale: 'de' | 'fr', status: 'draft' | 'finished' = 'draft') {
  const api = createFakeApi();
  const w = api.seedWorkshop({ title: 'Kickoff', status });
  window.location.hash = href.planner(w.id);
  const root = document.body.appendChild(document.createElement('div'));
  root.id = 'root';
  const store = createAppStore({ api, retryBaseMs: 5, retryMaxMs: 20 });
  render(<App store={store} />, { container: root, wrapper: await inLocale(locale) });
  return screen.findByRole('region', { name: locale === 'de' ? 'Details' : 'Détails' });
}

const optionsOf = (select: HTMLElement) => [...select.querySelectorAll('option')].map((o) => o.textContent);

describe('the planner’s details in German', () => {
  it('labels, placeholders, hints, status and currencies in German, and no catalog English left', async () => {
    const details = await detailsIn('de');
    expect(within(details).getByRole('textbox', { name: 'Ziel' }).getAttribute('placeholder')).toBe('Womit sollen beide Teams hinausgehen?');
    expect(within(details).getByRole('textbox', { name: 'Ort' }).getAttribute('placeholder')).toBe('Raum oder Videolink');
    expect(within(details).getByRole('textbox', { name: 'Moderation' }).getAttribute('placeholder')).toBe('Ihr Name');
    expect(optionsOf(within(details).getByRole('combobox', { name: 'Status' }))).toEqual(['Entwurf', 'Bereit']);
    const currency = within(details).getByRole('combobox', { name: /^Währung/ });
    expect(optionsOf(currency)).toContain('EUR: Euro (€)');
    expect(optionsOf(currency)).toContain('USD: US-Dollar ($)');
    expect(within(details).getByText('Beträge in den Übungen dieses Workshops (Vergütungspläne, Gehaltszahlungen) werden darin gezeigt.')).toBeTruthy();
    expect(within(details).getByRole('spinbutton', { name: /^Anonymitätsschwelle/ })).toBeTruthy();
    expect(englishLeftIn(details, 'de')).toEqual([]);
  });

  it('says in German what the anonymity threshold takes', async () => {
    const user = userEvent.setup();
    const details = await detailsIn('de');
    const threshold = within(details).getByRole('spinbutton', { name: /^Anonymitätsschwelle/ });
    await user.clear(threshold);
    await user.type(threshold, '40');
    await user.tab();
    await waitFor(() => expect(within(details).getByText('Verwenden Sie eine ganze Zahl von 1 bis 20.')).toBeTruthy());
  });

  it('a finished workshop’s status is named in German', async () => {
    const details = await detailsIn('de', 'finished');
    expect(within(details).getByText('Abgeschlossen')).toBeTruthy();
  });
});

describe('the planner’s details in French', () => {
  it('labels and currencies in French, and no catalog English left', async () => {
    const details = await detailsIn('fr');
    expect(within(details).getByRole('textbox', { name: 'Objectif' })).toBeTruthy();
    expect(within(details).getByRole('textbox', { name: 'Lieu' }).getAttribute('placeholder')).toBe('Salle ou lien visio');
    expect(optionsOf(within(details).getByRole('combobox', { name: /^Devise/ }))).toContain('CHF: franc suisse (CHF)');
    // "Pas de logo" (the branding section) reads as the English "{client} logo" to the pattern: French all the same.
    expect(englishLeftIn(details, 'fr').filter((text) => text !== 'Pas de logo')).toEqual([]);
  });
});
