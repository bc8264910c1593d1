import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PhoneApp } from '../../../src/renderer/phone/PhoneApp';
import { activateLocale, LOCALE_KEY, pickLocale } from '../../../src/renderer/phone/i18n';
import { FakeSocket } from './fake-socket';

// The phone page in the room's languages (docs/i18n.md): German from the start, and one person
// switching their own phone to Spanish, which tells the room nothing and changes nobody else's page.

const ROSTER = [
  { id: 'p1', name: 'Dana Whitfield', team: 'sales' as const },
  { id: 'p2', name: 'Jonas Weber', team: 'marketing' as const },
];
const server = () => FakeSocket.all.at(-1)!;

describe('the phone page’s language', () => {
  beforeEach(() => {
    FakeSocket.all = [];
    localStorage.clear();
  });
  afterEach(async () => {
    await act(() => activateLocale('en'));
  });

  it('picks this phone’s choice, then the workshop’s language, then the browser’s, then English', () => {
    expect(pickLocale({ stored: 'es', workshop: 'de', browser: ['fr-FR'] })).toBe('es');
    expect(pickLocale({ stored: null, workshop: 'de', browser: ['fr-FR'] })).toBe('de');
    expect(pickLocale({ stored: 'klingon', browser: ['it-IT', 'fr-CA', 'de'] })).toBe('fr');
    expect(pickLocale({ browser: ['de-AT'] })).toBe('de');
    expect(pickLocale({ browser: ['it', 'pt-BR'] })).toBe('en');
    expect(pickLocale({})).toBe('en');
  });

  it('shows the pseudo-locale only when this phone’s storage asks for it (the layout checks), never from the workshop or browser', async () => {
    expect(pickLocale({ stored: 'pseudo', workshop: 'de', browser: ['fr-FR'] })).toBe('pseudo');
    expect(pickLocale({ stored: null, workshop: 'pseudo', browser: ['pseudo'] })).toBe('en');
    await act(() => activateLocale('pseudo'));
    render(<PhoneApp path="/j/ROOMTOKEN" createSocket={(url) => new FakeSocket(url)} />);
    act(() => server().open());
    act(() => server().say({ t: 'welcome', workshopTitle: 'Kickoff Q3', roster: ROSTER, allowSelfAdd: true }));
    // Accented, longer and bracketed: no English word left as it was.
    const ask = screen.getByRole('button', { name: /^⟦.+⟧$/ });
    expect(ask.textContent).not.toMatch(/Not on the list/);
  });

  it('shows the join screen in German, and one person switches their phone to Spanish', async () => {
    const user = userEvent.setup();
    await act(() => activateLocale('de'));
    render(<PhoneApp path="/j/ROOMTOKEN" createSocket={(url) => new FakeSocket(url)} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Verbindung wird hergestellt…');
    act(() => server().open());
    act(() => server().say({ t: 'welcome', workshopTitle: 'Kickoff Q3', roster: ROSTER, allowSelfAdd: true }));
    expect(screen.getByText('Wer sind Sie? Tippen Sie auf Ihren Namen.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nicht auf der Liste? Selbst eintragen' })).toBeTruthy();
    const switcher = screen.getByRole('combobox', { name: 'Sprache' }) as HTMLSelectElement;
    expect(switcher.value).toBe('de');

    await user.click(screen.getByRole('button', { name: 'Nicht auf der Liste? Selbst eintragen' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Tragen Sie sich ein');
    await user.click(screen.getByRole('button', { name: 'Teilnehmen' }));
    expect(screen.getByRole('alert').textContent).toBe('Geben Sie Ihren Namen ein.');
    expect(screen.getByRole('radio', { name: /Vertrieb/ })).toBeTruthy();

    const sentBefore = server().sent.length;
    await user.selectOptions(switcher, 'es');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Añádete'));
    expect(screen.getByRole('alert').textContent).toBe('Escribe tu nombre.'); // the error shown is said again in the new language
    expect(screen.getByRole('radio', { name: /Ventas/ })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Idioma' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('es');
    expect(localStorage.getItem(LOCALE_KEY)).toBe('es'); // kept on this phone for the next visit
    expect(server().sent.length).toBe(sentBefore); // the room hears nothing: nobody else’s page changes

    await user.click(screen.getByRole('button', { name: 'Volver a la lista' }));
    expect(screen.getByText('¿Quién eres? Toca tu nombre.')).toBeTruthy();
  });

  it('says on a phone switched away from the workshop’s language that the questions and cards stay in it', async () => {
    const user = userEvent.setup();
    render(<PhoneApp path="/j/ROOMTOKEN" createSocket={(url) => new FakeSocket(url)} />);
    act(() => server().open());
    act(() => server().say({ t: 'welcome', workshopTitle: 'Kickoff Q3', roster: ROSTER, allowSelfAdd: true, language: 'de' }));
    await waitFor(() => expect(screen.getByText('Wer sind Sie? Tippen Sie auf Ihren Namen.')).toBeTruthy());
    expect(screen.queryByTestId('room-language-note')).toBeNull(); // the phone shows the workshop's language: nothing to say

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sprache' }), 'es');
    const note = await screen.findByTestId('room-language-note');
    expect(note.textContent).toBe('Las preguntas y tarjetas del taller siguen en Deutsch.');
    expect(note.querySelector('[lang="de"]')?.textContent).toBe('Deutsch'); // the language's name, said in itself

    await user.selectOptions(screen.getByRole('combobox', { name: 'Idioma' }), 'de');
    await waitFor(() => expect(screen.queryByTestId('room-language-note')).toBeNull());
  });

  it('the code page starts in English and offers every language named in itself', async () => {
    render(<PhoneApp path="/" />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Join the workshop');
    const options = [...(screen.getByRole('combobox', { name: 'Language' }) as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options).toEqual(['English', 'Deutsch', 'Français', 'Español']);
  });
});
