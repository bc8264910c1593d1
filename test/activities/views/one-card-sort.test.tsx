import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CardSortParticipant } from '../../../src/activities/cardsort/Participant';
import { leadsort, type LeadSortConfig } from '../../../src/activities/leadsort/definition';
import { participantProps } from './helpers';

// The one-card-at-a-time sort (issue #14) inside the card sort's participant view, as a lead
// sort of 26 signals: progress, undo, back, keyboard placement and what is said aloud.

const config = leadsort.defaultConfig() as LeadSortConfig;
const cards = config.cards;

const currentCard = () => screen.getByTestId('one-card-sort').querySelector('[data-card-id]')?.getAttribute('data-card-id') ?? null;
const progress = () => screen.getByTestId('one-card-sort').querySelector('.ocs-progress')?.textContent;
const liveText = () => screen.getByTestId('one-card-sort').querySelector('[aria-live="polite"]')?.textContent;
const target = (name: string) => within(screen.getByRole('group', { name: /^Where .* goes$/ })).getByRole('button', { name });

function start() {
  const user = userEvent.setup();
  const props = participantProps('leadsort', config);
  const view = render(<CardSortParticipant {...props} />);
  return { user, props, view };
}

describe('one card at a time', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('offers the mode for 26 cards, shows "Signal 1 of 26", and counts on as cards are placed with the board’s own answers', async () => {
    const { user, props } = start();
    expect(screen.queryByRole('button', { name: 'All cards' })).toBeNull();
    expect(document.querySelector('[data-testid="drop-zone"]')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Sort one at a time' }));
    expect(document.querySelector('[data-testid="drop-zone"]')).toBeNull();
    expect(screen.getByRole('button', { name: 'One at a time', pressed: true })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'All cards', pressed: false })).toBeTruthy();
    expect(progress()).toBe('Signal 1 of 260 sorted');
    expect(currentCard()).toBe(cards[0]!.id);

    await user.click(target('Quality lead'));
    expect(props.submit).toHaveBeenCalledWith(cards[0]!.id, { column: 'quality' });
    expect(progress()).toBe('Signal 2 of 261 sorted');
    expect(currentCard()).toBe(cards[1]!.id);
    expect(liveText()).toBe(`Signal 1 of 26: ${cards[0]!.text}. Placed in Quality lead. Next: Signal 2 of 26: ${cards[1]!.text}.`);
  });

  it('undo takes back the last placement and shows that card again, with its earlier placement restored', async () => {
    const { user, props } = start();
    await user.click(screen.getByRole('button', { name: 'Sort one at a time' }));
    await user.click(target('Quality lead'));
    await user.click(target('Not a signal'));
    expect(currentCard()).toBe(cards[2]!.id);

    await user.click(screen.getByRole('button', { name: '↶ Undo' }));
    expect(currentCard()).toBe(cards[1]!.id);
    expect(props.submit).toHaveBeenLastCalledWith(cards[1]!.id, null);
    expect(target('Not a signal').getAttribute('aria-pressed')).toBe('false');
    expect(progress()).toBe('Signal 2 of 261 sorted');
    expect(liveText()).toBe(`Undone: ${cards[1]!.text} is not sorted again.`);

    // Moving an already placed card and undoing puts it back where it was.
    await user.click(screen.getByRole('button', { name: '‹ Back' }));
    expect(currentCard()).toBe(cards[0]!.id);
    await user.click(target('Depends'));
    expect(props.submit).toHaveBeenLastCalledWith(cards[0]!.id, { column: 'depends' });
    await user.click(screen.getByRole('button', { name: '↶ Undo' }));
    expect(props.submit).toHaveBeenLastCalledWith(cards[0]!.id, { column: 'quality' });
    expect(currentCard()).toBe(cards[0]!.id);
    expect(target('Quality lead').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('Now in: Quality lead')).toBeTruthy();
  });

  it('back shows the previous card and where it went, without saving anything', async () => {
    const { user, props } = start();
    await user.click(screen.getByRole('button', { name: 'Sort one at a time' }));
    expect(screen.getByRole('button', { name: '‹ Back' }).getAttribute('aria-disabled')).toBe('true');
    await user.click(target('Not a signal'));
    const saves = props.submit.mock.calls.length;
    await user.click(screen.getByRole('button', { name: '‹ Back' }));
    expect(currentCard()).toBe(cards[0]!.id);
    expect(progress()).toBe('Signal 1 of 261 sorted');
    expect(target('Not a signal').getAttribute('aria-pressed')).toBe('true');
    expect(props.submit).toHaveBeenCalledTimes(saves);
    expect(liveText()).toBe(`Signal 1 of 26: ${cards[0]!.text}.`);
  });

  it('places by keyboard (the targets are buttons) and says which signal went where; Depends asks for a note saved with the placement', async () => {
    const { user, props } = start();
    await user.click(screen.getByRole('button', { name: 'Sort one at a time' }));
    target('Quality lead').focus();
    await user.keyboard('{Enter}');
    expect(liveText()).toContain(`Signal 1 of 26: ${cards[0]!.text}. Placed in Quality lead.`);
    expect(document.activeElement).toBe(target('Quality lead'));
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(target('Depends'));
    await user.keyboard(' ');
    expect(liveText()).toBe(`Signal 2 of 26: ${cards[1]!.text}. Placed in Depends. Depends on what? Add a note, or go on.`);
    const note = screen.getByLabelText('Depends on what? (optional)');
    expect(document.activeElement).toBe(note);
    await user.type(note, '  how often  {Enter}');
    expect(props.submit).toHaveBeenLastCalledWith(cards[1]!.id, { column: 'depends', note: 'how often' });
    expect(currentCard()).toBe(cards[2]!.id);
    expect(document.activeElement).toBe(target('Quality lead'));
  });

  it('ends with a review where a card moves, and the choice of mode lasts for the session', async () => {
    const { user, props, view } = start();
    await user.click(screen.getByRole('button', { name: 'Sort one at a time' }));
    for (let i = 0; i < cards.length; i++) await user.click(target(i % 2 ? 'Not a signal' : 'Quality lead'));
    expect(screen.getByRole('heading', { name: 'Review your sort' })).toBeTruthy();
    expect(screen.getByText(/All 26 sorted\./)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: `Move ${cards[0]!.text}` }));
    await user.click(within(screen.getByRole('list', { name: `Where ${cards[0]!.text} goes` })).getByRole('button', { name: 'Depends' }));
    expect(props.submit).toHaveBeenLastCalledWith(cards[0]!.id, { column: 'depends' });
    expect(document.querySelector(`[data-review-column="depends"] [data-review-card="${cards[0]!.id}"]`)).not.toBeNull();
    expect(screen.getByLabelText('Depends on what? (optional)')).toBeTruthy();

    view.unmount();
    render(<CardSortParticipant {...participantProps('leadsort', config)} />);
    expect(screen.getByRole('button', { name: 'One at a time', pressed: true })).toBeTruthy();
    expect(screen.getByTestId('one-card-sort')).toBeTruthy();
  });
});
