import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PhoneApp } from '../../../src/renderer/phone/PhoneApp';
import { activateLocale } from '../../../src/renderer/phone/i18n';
import { FakeSocket } from './fake-socket';

// The workshop's language reaches the phone (#19): the room says it with the list of names and
// each state; a phone whose person never picked a language shows it, and follows a change by the
// facilitator live; a phone whose person picked one keeps it. The room's refusals and goodbye come
// with a reason the phone says in its own language.

const ROSTER = [
  { id: 'p1', name: 'Dana Whitfield', team: 'sales' as const },
  { id: 'p2', name: 'Jonas Weber', team: 'marketing' as const },
];
const server = () => FakeSocket.all.at(-1)!;
const welcome = (language: 'en' | 'de' | 'fr' | 'es') => ({ t: 'welcome', workshopTitle: 'Kickoff Q3', language, roster: ROSTER, allowSelfAdd: true }) as const;
const waiting = (language: 'en' | 'de' | 'fr' | 'es') => ({ t: 'state', stage: 'waiting', activity: null, locked: true, mine: {}, language }) as const;

function room() {
  render(<PhoneApp path="/j/ROOMTOKEN" createSocket={(url) => new FakeSocket(url)} />);
  act(() => server().open());
}

describe('the workshop’s language on a phone', () => {
  beforeEach(() => {
    FakeSocket.all = [];
    localStorage.clear();
  });
  afterEach(async () => {
    await act(() => activateLocale('en'));
  });

  it('shows the workshop’s language, and follows the facilitator’s change live once joined', async () => {
    room();
    act(() => server().say(welcome('de')));
    await waitFor(() => expect(screen.getByText('Wer sind Sie? Tippen Sie auf Ihren Namen.')).toBeTruthy());
    expect(document.documentElement.lang).toBe('de');

    act(() => server().say({ t: 'joined', participant: ROSTER[0]!, deviceToken: 't'.repeat(43) }));
    act(() => server().say(waiting('de')));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Sie sind dabei, Dana Whitfield');

    act(() => server().say(waiting('fr')));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Bienvenue, Dana Whitfield'));
    expect(document.documentElement.lang).toBe('fr');
  });

  it('follows a change on the list of names too', async () => {
    room();
    act(() => server().say(welcome('de')));
    await waitFor(() => expect(screen.getByText('Wer sind Sie? Tippen Sie auf Ihren Namen.')).toBeTruthy());
    act(() => server().say(welcome('es')));
    await waitFor(() => expect(screen.getByText('¿Quién eres? Toca tu nombre.')).toBeTruthy());
  });

  it('keeps the language this person picked on this phone, whatever the workshop’s is or becomes', async () => {
    const user = userEvent.setup();
    room();
    act(() => server().say(welcome('de')));
    await waitFor(() => expect(screen.getByText('Wer sind Sie? Tippen Sie auf Ihren Namen.')).toBeTruthy());
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sprache' }), 'es');
    await waitFor(() => expect(screen.getByText('¿Quién eres? Toca tu nombre.')).toBeTruthy());

    act(() => server().say(welcome('fr')));
    act(() => server().say({ t: 'joined', participant: ROSTER[1]!, deviceToken: 't'.repeat(43) }));
    act(() => server().say(waiting('fr')));
    // Give a language change every chance to arrive: none should.
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Ya estás dentro, Jonas Weber');
  });

  it('says the room’s refusal and goodbye in the phone’s language when it knows the reason, else the room’s own words', async () => {
    const user = userEvent.setup();
    room();
    act(() => server().say(welcome('de')));
    await waitFor(() => expect(screen.getByText('Wer sind Sie? Tippen Sie auf Ihren Namen.')).toBeTruthy());
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sprache' }), 'fr');
    await waitFor(() => expect(screen.getByText('Qui êtes-vous ? Touchez votre nom.')).toBeTruthy());

    act(() => server().say({ t: 'error', code: 'CONFLICT', reason: 'LIST_FULL', message: 'Die Liste ist voll: Bitten Sie die Moderation, Sie einzutragen.' }));
    expect(screen.getByRole('alert').textContent).toBe('La liste est complète : demandez à l’animation de vous ajouter.');
    act(() => server().say({ t: 'error', code: 'CONFLICT', message: 'Etwas Neues, das das Handy nicht kennt.' }));
    expect(screen.getByRole('alert').textContent).toBe('Etwas Neues, das das Handy nicht kennt.');

    act(() => server().say({ t: 'closed', reason: 'ROOM_CLOSED', message: 'Die Moderation hat den Raum für Handys geschlossen. Danke fürs Mitmachen!' }));
    expect(screen.getByTestId('closed').textContent).toContain('L’animation a fermé la salle aux téléphones. Merci de votre participation !');
  });
});
