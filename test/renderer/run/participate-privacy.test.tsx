import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { GRACE_MS, IDLE_MS } from '../../../src/renderer/features/participate/IdleGuard';
import { createRunFake, renderRunPage, type RunFake } from './run-fake';

// The shared screen keeps each person's answers to themselves: a person who
// handed over is shown as done, and their answers open only with their step.

const zoneOf = (cardId: string) => document.querySelector(`[data-card-id="${cardId}"]`)?.closest('[data-testid="drop-zone"]')?.getAttribute('data-zone-id');
type User = ReturnType<typeof userEvent.setup>;

async function atCardSort() {
  const user = userEvent.setup();
  const fake = createRunFake();
  fake.goTo(fake.activityIds[1]!);
  renderRunPage(`#/participate/${fake.workshopId}`, fake);
  await screen.findByRole('heading', { level: 1, name: 'Who’s answering?' });
  return { user, fake };
}

/** Pick a name, put "Requested a demo" in Quality lead, hand over (with a PIN, or none). */
async function answerAndHandOver(user: User, name: string, pin?: string) {
  await user.click(screen.getByRole('button', { name: new RegExp(`^◆?${name}`) }));
  await user.click(await screen.findByRole('button', { name: 'Place Requested a demo' }));
  await user.click(within(screen.getByRole('list', { name: 'Where Requested a demo goes' })).getByRole('button', { name: 'Quality lead' }));
  await screen.findByText('Saved');
  if (pin) await user.type(screen.getByLabelText('Lock your answers with a PIN (optional)'), pin);
  await user.click(screen.getByRole('button', { name: 'Done — next person' }));
  await screen.findByRole('heading', { level: 1, name: 'Who’s answering?' });
}

const nameButton = (name: string) => screen.getByRole('button', { name: new RegExp(`^◆?${name}`) });
const mineCalls = (fake: RunFake, participantId: string) => fake.api.callsOf('response:mine').filter((c) => c.participantId === participantId).length;

describe('in-room page: private answers after a hand-over', () => {
  it('shows who handed over as done, visibly, with a visible thank-you', async () => {
    const { user } = await atCardSort();
    expect(nameButton('Dana Whitfield').textContent).not.toContain('Done');
    await answerAndHandOver(user, 'Dana Whitfield');

    const thanks = screen.getByTestId('thanks');
    expect(thanks.textContent).toContain('Thanks, Dana Whitfield.');
    expect(thanks.closest('.part-sr')).toBeNull();
    const dana = nameButton('Dana Whitfield');
    expect(dana.textContent).toBe('◆Dana Whitfield✓ Done');
    expect(dana.querySelector('.pick-done')!.closest('.part-sr')).toBeNull();
    expect(nameButton('Marcus Oyelaran').textContent).not.toContain('Done');
  });

  it('someone else tapping a done name sees none of the answers; a wrong PIN is refused; the right PIN opens them', async () => {
    const { user, fake } = await atCardSort();
    const dana = fake.people[0]!.id;
    await answerAndHandOver(user, 'Dana Whitfield', '2580');
    expect(screen.getByTestId('thanks').textContent).toContain('Your answers are locked with your PIN.');
    const readsBefore = mineCalls(fake, dana);

    // Hannah taps Dana's name: a closed door, not Dana's 26 cards.
    await user.click(nameButton('Dana Whitfield'));
    expect(await screen.findByRole('heading', { level: 1, name: /^Dana Whitfield/ })).toBeTruthy();
    expect(document.querySelector('[data-card-id]')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Place Requested a demo' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'It’s me: change my answers' }));
    await user.type(screen.getByLabelText('Your PIN'), '1111');
    await user.click(screen.getByRole('button', { name: 'Open my answers' }));
    expect((await screen.findByRole('alert')).textContent).toBe('That PIN is not right. 4 tries left before a wait.');
    expect(document.querySelector('[data-card-id]')).toBeNull();
    expect(mineCalls(fake, dana)).toBe(readsBefore); // never even loaded

    // "Back to the names": still closed.
    await user.click(screen.getByRole('button', { name: 'Back to the names' }));
    await user.click(nameButton('Dana Whitfield'));
    await user.click(await screen.findByRole('button', { name: 'It’s me: change my answers' }));
    await user.type(screen.getByLabelText('Your PIN'), '2580');
    await user.click(screen.getByRole('button', { name: 'Open my answers' }));
    await waitFor(() => expect(zoneOf('sig1')).toBe('col1'));
    expect(document.querySelector('.part-who')!.textContent).toContain('Answering as Dana Whitfield');
    // Dana has a PIN now: no second offer.
    expect(screen.queryByLabelText('Lock your answers with a PIN (optional)')).toBeNull();
  });

  it('without a PIN, re-opening keeps the answers out of view (and unloaded) until the person presses "Show my answers"', async () => {
    const { user, fake } = await atCardSort();
    const marcus = fake.people[1]!.id;
    await answerAndHandOver(user, 'Marcus Oyelaran');
    const readsBefore = mineCalls(fake, marcus);

    await user.click(nameButton('Marcus Oyelaran'));
    await user.click(await screen.findByRole('button', { name: 'It’s me: change my answers' }));
    expect(screen.getByTestId('answers-hidden').textContent).toContain('Your earlier answers are hidden');
    expect(document.querySelector('[data-card-id]')).toBeNull();
    expect(mineCalls(fake, marcus)).toBe(readsBefore);

    await user.click(screen.getByRole('button', { name: 'Show my answers' }));
    await waitFor(() => expect(zoneOf('sig1')).toBe('col1'));
    // Offered a PIN again, since Marcus still has none.
    expect(screen.getByLabelText('Lock your answers with a PIN (optional)')).toBeTruthy();
  });

  it('after 5 wrong PINs says how long to wait, and still shows nothing', async () => {
    const { user, fake } = await atCardSort();
    await answerAndHandOver(user, 'Dana Whitfield', '2580');
    await user.click(nameButton('Dana Whitfield'));
    await user.click(await screen.findByRole('button', { name: 'It’s me: change my answers' }));
    for (let i = 0; i < 5; i++) {
      await user.type(screen.getByLabelText('Your PIN'), '0000');
      await user.click(screen.getByRole('button', { name: 'Open my answers' }));
      await waitFor(() => expect(fake.api.callsOf('handover:checkPin')).toHaveLength(i + 1));
    }
    expect((await screen.findByRole('alert')).textContent).toBe('That PIN is not right. Too many tries: wait 1 minute, or ask the facilitator.');
    expect(document.querySelector('[data-card-id]')).toBeNull();
  });

  it('refuses a PIN of fewer than 4 digits at hand-over and keeps the person on their answers', async () => {
    const { user, fake } = await atCardSort();
    await user.click(nameButton('Priya Raman'));
    await user.type(await screen.findByLabelText('Lock your answers with a PIN (optional)'), '12');
    await user.click(screen.getByRole('button', { name: 'Done — next person' }));
    expect((await screen.findByRole('alert')).textContent).toBe('A PIN is 4 digits. Finish it, or clear it to hand over without one.');
    expect(fake.api.callsOf('handover:done')).toEqual([]);
    expect(document.querySelector('.part-who')!.textContent).toContain('Answering as Priya Raman');
  });

  it('a reload keeps who is done (read from the server)', async () => {
    const fake = createRunFake();
    fake.goTo(fake.activityIds[1]!);
    fake.handOvers.set(fake.people[3]!.id, { at: new Date(Date.now() + 1000).toISOString(), pin: '9999' });
    renderRunPage(`#/participate/${fake.workshopId}`, fake);
    await screen.findByRole('heading', { level: 1, name: 'Who’s answering?' });
    expect(screen.getByRole('button', { name: /Hannah Brooks/ }).textContent).toContain('Done');
    expect(screen.getByRole('button', { name: /Leo Martinsson/ }).textContent).not.toContain('Done');
  });
});

describe('in-room page: someone walks away without pressing Done', () => {
  it('asks "Still answering?" over the answers, then puts them away and marks the person done', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
      const fake = createRunFake();
      fake.goTo(fake.activityIds[1]!);
      renderRunPage(`#/participate/${fake.workshopId}`, fake);
      await screen.findByRole('heading', { level: 1, name: 'Who’s answering?' });
      await user.click(nameButton('Dana Whitfield'));
      await user.click(await screen.findByRole('button', { name: 'Place Requested a demo' }));
      await user.click(within(screen.getByRole('list', { name: 'Where Requested a demo goes' })).getByRole('button', { name: 'Quality lead' }));
      await screen.findByText('Saved');

      // A touch keeps the answers open; two quiet minutes bring the question, focused.
      await act(() => vi.advanceTimersByTimeAsync(IDLE_MS - 1_000));
      expect(screen.queryByTestId('idle-guard')).toBeNull();
      await act(() => vi.advanceTimersByTimeAsync(2_000));
      const ask = await screen.findByRole('alertdialog', { name: 'Still answering, Dana Whitfield?' });
      expect(document.activeElement).toBe(within(ask).getByRole('button', { name: 'Yes, I’m still here' }));

      // "Yes" goes back to the answers; then nobody answers and they are put away.
      await user.click(within(ask).getByRole('button', { name: 'Yes, I’m still here' }));
      expect(screen.queryByTestId('idle-guard')).toBeNull();
      await act(() => vi.advanceTimersByTimeAsync(IDLE_MS + 1_000));
      expect(screen.getByRole('alertdialog', { name: 'Still answering, Dana Whitfield?' })).toBeTruthy();
      await act(() => vi.advanceTimersByTimeAsync(GRACE_MS + 1_000));
      await screen.findByRole('heading', { level: 1, name: 'Who’s answering?' });
      expect(screen.getByTestId('thanks').textContent).toContain('Dana Whitfield’s answers were put away');
      expect(nameButton('Dana Whitfield').textContent).toContain('Done');
      expect(document.querySelector('[data-card-id]')).toBeNull();

      // Someone else tapping her name meets the closed door, not her cards.
      await user.click(nameButton('Dana Whitfield'));
      expect(await screen.findByRole('button', { name: 'It’s me: change my answers' })).toBeTruthy();
      expect(document.querySelector('[data-card-id]')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
