import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PhoneApp } from '../../../src/renderer/phone/PhoneApp';
import { CodeEntry } from '../../../src/renderer/phone/CodeEntry';
import { PhoneI18n } from '../../../src/renderer/phone/i18n';
import { items } from '../../../src/activities/shared-schemas';
import { FakeSocket } from './fake-socket';

const ROSTER = [
  { id: 'p1', name: 'Dana Whitfield', team: 'sales' as const },
  { id: 'p2', name: 'Hannah Brooks', team: 'marketing' as const },
];
const SORT = {
  id: 'a1',
  kind: 'cardsort',
  title: 'What makes a quality lead?',
  naming: 'team' as const,
  config: {
    prompt: 'Sort each signal',
    cards: items(['Requested a demo', 'Budget is known'], 'sig'),
    columns: items(['Quality lead', 'Not a signal'], 'col'),
    open: false,
  },
};

const server = () => FakeSocket.all.at(-1)!;

describe('phone app', () => {
  beforeEach(() => {
    FakeSocket.all = [];
    localStorage.clear();
  });
  afterEach(() => vi.restoreAllMocks());

  it('asks before joining as someone already answering on another phone', async () => {
    const user = userEvent.setup();
    render(<PhoneApp path="/j/ROOMTOKEN" createSocket={(url) => new FakeSocket(url)} />);
    act(() => server().open());
    act(() => server().say({ t: 'welcome', workshopTitle: 'Q3 kickoff', roster: [{ ...ROSTER[0]!, joined: true }, ROSTER[1]!], allowSelfAdd: true }));
    const dana = within(screen.getByRole('group', { name: /Sales/ })).getByRole('button', { name: /Dana Whitfield/ });
    expect(dana.textContent).toContain('on another phone');
    const before = server().sent.length;
    await user.click(dana);
    expect(server().sent).toHaveLength(before); // nothing sent yet
    expect(screen.getByRole('heading', { level: 1, name: 'Dana Whitfield is already answering on another phone' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Pick another name' }));
    expect(screen.getByRole('button', { name: 'Hannah Brooks' })).toBeTruthy();
    await user.click(within(screen.getByRole('group', { name: /Sales/ })).getByRole('button', { name: /Dana Whitfield/ }));
    await user.click(screen.getByRole('button', { name: 'Yes, I’m Dana Whitfield' }));
    expect(server().sent.at(-1)).toEqual({ t: 'join', participantId: 'p1' });
  });

  it('pick a name → the activity → an answer shows "Saved" only after the server acks it → the room closes', async () => {
    const user = userEvent.setup();
    render(<PhoneApp path="/j/ROOMTOKEN" createSocket={(url) => new FakeSocket(url)} />);
    expect(server().url).toBe('ws://localhost:3000/p/ws?room=ROOMTOKEN');
    expect(screen.getByRole('heading', { level: 1, name: 'Connecting…' })).toBeTruthy();
    act(() => server().open());
    act(() => server().say({ t: 'welcome', workshopTitle: 'Q3 kickoff', roster: ROSTER, allowSelfAdd: true }));

    await user.click(within(screen.getByRole('group', { name: /Sales/ })).getByRole('button', { name: 'Dana Whitfield' }));
    expect(server().sent.at(-1)).toEqual({ t: 'join', participantId: 'p1' });
    act(() => server().say({ t: 'joined', participant: ROSTER[0]!, deviceToken: 't'.repeat(43) }));
    act(() => server().say({ t: 'state', stage: 'waiting', activity: null, locked: true, mine: {} }));
    expect(screen.getByRole('heading', { level: 1, name: 'You’re in, Dana Whitfield' })).toBeTruthy();
    expect(localStorage.getItem('cg.device.ROOMTOKEN')).toBe('t'.repeat(43));

    act(() => server().say({ t: 'state', stage: 'activity', activity: SORT, locked: false, mine: {} }));
    expect(screen.getByRole('heading', { level: 1, name: 'What makes a quality lead?' })).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: 'Place Requested a demo' })); // the view's code loads on demand
    await user.click(within(screen.getByRole('list', { name: 'Where Requested a demo goes' })).getByRole('button', { name: 'Quality lead' }));
    const submit = server().submits().at(-1)!;
    expect(submit).toMatchObject({ activityId: 'a1', itemKey: 'sig1', value: { column: 'col1' } });
    expect(screen.getByText('Saving…')).toBeTruthy();
    expect(screen.queryByText('Saved')).toBeNull();

    act(() => server().say({ t: 'ack', seq: submit.seq as number, mine: { sig1: { column: 'col1' } } }));
    expect(await screen.findByText('Saved')).toBeTruthy();

    // A refusal undoes the change and says why.
    await user.click(screen.getByRole('button', { name: 'Place Budget is known' }));
    await user.click(within(screen.getByRole('list', { name: 'Where Budget is known goes' })).getByRole('button', { name: 'Not a signal' }));
    const refused = server().submits().at(-1)!;
    act(() => server().say({ t: 'error', seq: refused.seq as number, code: 'CONFLICT', message: 'Answers are locked.' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Answers are locked.');

    // The connection drops: a banner, not a blank screen.
    act(() => server().drop());
    expect(screen.getByText(/Reconnecting…/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'What makes a quality lead?' })).toBeTruthy();

    await waitFor(() => expect(FakeSocket.all).toHaveLength(2), { timeout: 3000 });
    act(() => server().open());
    expect(server().sent[0]).toEqual({ t: 'hello', deviceToken: 't'.repeat(43) });
    act(() => server().say({ t: 'closed', message: 'The facilitator closed the room for phones.' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Thanks for taking part' })).toBeTruthy();
    expect(screen.queryByText(/Reconnecting…/)).toBeNull();
  });

  it('adds a person who is not on the list, with a team', async () => {
    const user = userEvent.setup();
    render(<PhoneApp path="/j/ROOMTOKEN" createSocket={(url) => new FakeSocket(url)} />);
    act(() => server().open());
    act(() => server().say({ t: 'welcome', workshopTitle: 'Q3 kickoff', roster: ROSTER, allowSelfAdd: true }));
    await user.click(screen.getByRole('button', { name: 'Not on the list? Add yourself' }));
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect(screen.getByRole('alert').textContent).toBe('Type your name.');
    await user.type(screen.getByLabelText('Your name'), 'Sam Okafor');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect(screen.getByRole('alert').textContent).toBe('Pick your team.');
    await user.click(screen.getByRole('radio', { name: 'Other' }));
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect(server().sent.at(-1)).toEqual({ t: 'joinNew', name: 'Sam Okafor', team: 'other' });
  });

  it('code entry: checks the length, posts the code, and goes to the room it gets back', async () => {
    const user = userEvent.setup();
    const go = vi.fn();
    const fetchMock = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(JSON.stringify({ ok: true, path: '/j/ROOMTOKEN' }), { status: 200 }));
    render(
      <PhoneI18n>
        <CodeEntry go={go} />
      </PhoneI18n>,
    );
    await user.type(screen.getByLabelText('Code from the screen'), 'acd');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect(screen.getByRole('alert').textContent).toContain('The code has 6 to 10 letters and numbers');
    expect(fetchMock).not.toHaveBeenCalled();
    await user.type(screen.getByLabelText('Code from the screen'), ' efg');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    await waitFor(() => expect(go).toHaveBeenCalledWith('/j/ROOMTOKEN'));
    expect(JSON.parse(String(fetchMock.mock.calls[0]![1]!.body))).toEqual({ code: 'ACDEFG' });
  });
});
