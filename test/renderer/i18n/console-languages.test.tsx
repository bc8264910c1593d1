import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { i18n } from '@lingui/core';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/renderer/app/App';
import { createAppStore } from '../../../src/renderer/store';
import { InterfaceI18n } from '../../../src/renderer/i18n/InterfaceI18n';
import { activateInterfaceLocale, INTERFACE_LOCALE_KEY } from '../../../src/renderer/i18n/interface-language';
import type { Locale } from '../../../src/shared/locale';
import { inLocale } from '../../helpers/i18n';
import { createRunFake, type RunFake } from '../run/run-fake';

// The console speaks the facilitator's interface language; what the room sees (the presenter window and
// the console's picture of it) speaks the workshop's.

function fakeIn(language: Locale): RunFake {
  const fake = createRunFake();
  const w = fake.api.db.workshops.get(fake.workshopId)!;
  fake.api.db.workshops.set(w.id, { ...w, language });
  return fake;
}

function renderApp(hash: string, fake: RunFake, wrapper?: (props: { children: React.ReactNode }) => React.ReactNode) {
  window.location.hash = hash;
  const store = createAppStore({ api: fake.api, retryBaseMs: 5, retryMaxMs: 20 });
  return render(<App store={store} />, wrapper ? { wrapper } : undefined);
}

afterEach(() => {
  localStorage.clear();
  document.documentElement.lang = 'en';
});

describe('the console in the interface language, the room in the workshop language', () => {
  it('a German workshop: the presenter window speaks German whatever the interface speaks, and says so to <html lang>', async () => {
    const fake = fakeIn('de');
    renderApp(`#/present/${fake.workshopId}`, fake);
    expect(await screen.findByText('Gleich geht es los')).toBeTruthy();
    expect(screen.queryByText('Starting soon')).toBeNull();
    expect(document.documentElement.lang).toBe('de');
  });

  it('an English console of a German workshop: English controls, the projector picture in German', async () => {
    const fake = fakeIn('de');
    renderApp(`#/run/${fake.workshopId}`, fake);
    expect(await screen.findByRole('heading', { name: 'Ready when you are' })).toBeTruthy();
    const panel = screen.getByRole('region', { name: 'On the projector' });
    await waitFor(() => expect(within(panel).getByTestId('projector-thumbnail').textContent).toContain('Gleich geht es los'));
  });

  it('a German console: its words, units and plurals in German', async () => {
    const fake = fakeIn('en');
    renderApp(`#/run/${fake.workshopId}`, fake, await inLocale('de'));
    expect(await screen.findByRole('heading', { name: 'Bereit, wenn Sie es sind' })).toBeTruthy();
    expect(document.body.textContent).toContain('3 Aktivitäten · 35 Min. · 6 Personen auf der Liste.');
    expect(screen.getByRole('button', { name: /Präsentation öffnen/ })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Ablauf' })).toBeTruthy();
    // The room's picture follows the workshop (English here), not the console.
    await waitFor(() => expect(screen.getByTestId('projector-thumbnail').textContent).toContain('Starting soon'));
  });
});

describe('the interface language menu', () => {
  it('switches the whole window, keeps the choice for the next start, and sets <html lang>', async () => {
    await activateInterfaceLocale('en');
    const fake = fakeIn('en');
    renderApp(`#/run/${fake.workshopId}`, fake, InterfaceI18n);
    const menu = await screen.findByLabelText('Interface language');
    expect(screen.getByRole('heading', { name: 'Ready when you are' })).toBeTruthy();
    await act(async () => {
      fireEvent.change(menu, { target: { value: 'fr' } });
    });
    expect(await screen.findByRole('heading', { name: 'Prêt quand vous l’êtes' })).toBeTruthy();
    expect(screen.getByLabelText("Langue de l'interface")).toBeTruthy();
    expect(localStorage.getItem(INTERFACE_LOCALE_KEY)).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(i18n.locale).toBe('fr');
    await act(() => activateInterfaceLocale('en'));
  });
});
