import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PhoneApp } from '../../../src/renderer/phone/PhoneApp';
import { items } from '../../../src/activities/shared-schemas';
import { FakeSocket } from './fake-socket';

// The focus rule on a phone: every screen change (connected, joined, the next activity) puts
// the keyboard on the new screen's heading, and the next activity is also said aloud.

const ROSTER = [
  { id: 'p1', name: 'Dana Whitfield', team: 'sales' as const },
  { id: 'p2', name: 'Hannah Brooks', team: 'marketing' as const },
];
const VOTE = {
  id: 'a1',
  kind: 'dotvote',
  title: 'Where should we start?',
  naming: 'team' as const,
  config: { prompt: 'Spend your dots', options: items(['Shared lead definition', 'Joint pipeline review'], 'opt'), dotsPerPerson: 2, maxPerItem: 2 },
};
const SORT = {
  id: 'a2',
  kind: 'leadsort',
  title: 'What makes a quality lead?',
  naming: 'team' as const,
  config: {
    prompt: 'Sort each signal',
    cards: items(['Requested a demo', 'Budget is known'], 'sig'),
    columns: items(['Quality lead', 'Depends'], 'col'),
    open: false,
  },
};

const server = () => FakeSocket.all.at(-1)!;
const heading = (name: string) => screen.getByRole('heading', { level: 1, name });
const focusIsOn = (el: HTMLElement) => waitFor(() => expect(document.activeElement).toBe(el));

function openRoom() {
  render(<PhoneApp path="/j/ROOMTOKEN" createSocket={(url) => new FakeSocket(url)} />);
  act(() => server().open());
  act(() => server().say({ t: 'welcome', workshopTitle: 'Q3 kickoff', roster: ROSTER, allowSelfAdd: true }));
}

describe('phone: focus follows the screen', () => {
  beforeEach(() => {
    FakeSocket.all = [];
    localStorage.clear();
  });

  it('name list → joined → the activity → the next activity: focus on each new heading, the next activity said aloud', async () => {
    const user = userEvent.setup();
    openRoom();
    await focusIsOn(heading('Q3 kickoff'));

    await user.click(within(screen.getByRole('group', { name: /Sales/ })).getByRole('button', { name: 'Dana Whitfield' }));
    act(() => server().say({ t: 'joined', participant: ROSTER[0]!, deviceToken: 't'.repeat(43) }));
    act(() => server().say({ t: 'state', stage: 'waiting', activity: null, locked: true, mine: {} }));
    await focusIsOn(heading('You’re in, Dana Whitfield'));

    act(() => server().say({ t: 'state', stage: 'activity', activity: VOTE, locked: false, mine: {} }));
    await focusIsOn(heading('Where should we start?'));
    const live = document.querySelector('.ph-sr')!;
    expect(live.getAttribute('aria-live')).toBe('polite');
    await waitFor(() => expect(live.textContent).toContain('New activity: Where should we start?'));

    // Someone is on a control when the facilitator moves on: the control goes, focus does not fall to <body>.
    await user.click(await screen.findByRole('button', { name: 'Add a dot to Shared lead definition' }));
    act(() => server().say({ t: 'state', stage: 'activity', activity: SORT, locked: false, mine: {} }));
    await focusIsOn(heading('What makes a quality lead?'));
    await waitFor(() => expect(live.textContent).toContain('New activity: What makes a quality lead?'));
  });

  it('joining straight into a running activity puts focus on its heading', async () => {
    const user = userEvent.setup();
    openRoom();
    await user.click(within(screen.getByRole('group', { name: /Marketing/ })).getByRole('button', { name: 'Hannah Brooks' }));
    act(() => server().say({ t: 'joined', participant: ROSTER[1]!, deviceToken: 'u'.repeat(43) }));
    act(() => server().say({ t: 'state', stage: 'activity', activity: VOTE, locked: false, mine: {} }));
    await focusIsOn(heading('Where should we start?'));
  });

  it('"Not on the list? Add yourself" and back: focus on the form’s heading, then on the list’s', async () => {
    const user = userEvent.setup();
    openRoom();
    await user.click(screen.getByRole('button', { name: 'Not on the list? Add yourself' }));
    await focusIsOn(heading('Add yourself'));
    await user.click(screen.getByRole('button', { name: 'Back to the list' }));
    await focusIsOn(heading('Q3 kickoff'));
  });

  it('the Join button stays focusable while it joins (aria-disabled), and a second tap sends nothing more', async () => {
    const user = userEvent.setup();
    openRoom();
    await user.click(screen.getByRole('button', { name: 'Not on the list? Add yourself' }));
    await user.type(screen.getByLabelText('Your name'), 'Sam Okafor');
    await user.click(screen.getByRole('radio', { name: 'Other' }));
    const join = screen.getByRole('button', { name: 'Join' });
    await user.click(join);
    const sent = server().sent.length;
    const busy = screen.getByRole('button', { name: 'Joining…' });
    expect(busy).toBe(join);
    expect(busy.getAttribute('aria-disabled')).toBe('true');
    expect((busy as HTMLButtonElement).disabled).toBe(false);
    expect(document.activeElement).toBe(busy);
    await user.click(busy);
    expect(server().sent).toHaveLength(sent);
  });

  it('code entry: the first screen’s heading has focus; Join stays focusable while it checks the code', async () => {
    const user = userEvent.setup();
    let answer: (r: Response) => void = () => {};
    vi.spyOn(globalThis, 'fetch').mockImplementation(() => new Promise<Response>((r) => (answer = r)));
    render(<PhoneApp path="/" />);
    await focusIsOn(heading('Join the workshop'));
    await user.type(screen.getByLabelText('Code from the screen'), 'ACDEFG');
    const join = screen.getByRole('button', { name: 'Join' });
    await user.click(join);
    expect(join.getAttribute('aria-disabled')).toBe('true');
    expect((join as HTMLButtonElement).disabled).toBe(false);
    expect(document.activeElement).toBe(join);
    await user.click(join);
    expect(globalThis.fetch).toHaveBeenCalledTimes(1);
    act(() => answer(new Response(JSON.stringify({ ok: false, message: 'No workshop has that code.' }), { status: 404 })));
    expect((await screen.findByRole('alert')).textContent).toBe('No workshop has that code.');
    vi.restoreAllMocks();
  });
});
