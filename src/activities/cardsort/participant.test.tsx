import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CardSortParticipant } from './Participant';
import type { CardSortConfig } from './definition';
import { buildAnnouncements } from '../kit/views/dnd';
import { i18nFor } from '../../main/i18n';
import { participantProps } from '../../../test/activities/views/helpers';

const config: CardSortConfig = {
  prompt: 'Is this a sign of a quality lead?',
  cards: [
    { id: 'k1', text: 'Requested a demo', description: '' },
    { id: 'k2', text: 'Downloaded a whitepaper', description: '' },
    { id: 'k3', text: 'Budget known', description: 'They told us roughly what they can spend.' },
  ],
  columns: [
    { id: 'c1', text: 'Quality lead', description: '' },
    { id: 'c2', text: 'Not a signal', description: '' },
    { id: 'c3', text: 'Depends', description: '' },
  ],
  open: false,
};

const zoneOf = (cardId: string) => document.querySelector(`[data-card-id="${cardId}"]`)?.closest('[data-testid="drop-zone"]')?.getAttribute('data-zone-id');

async function placeWithMenu(user: ReturnType<typeof userEvent.setup>, cardText: string, column: string) {
  await user.click(screen.getByRole('button', { name: `Place ${cardText}` }));
  await user.click(within(screen.getByRole('list', { name: `Where ${cardText} goes` })).getByRole('button', { name: column }));
}

describe('card sort participant', () => {
  it('shows a card’s description under its text, and only where there is one', () => {
    render(<CardSortParticipant {...participantProps('cardsort', config)} />);
    const card = document.querySelector('[data-card-id="k3"]')!;
    expect(card.querySelector('.cgv-card-hint')?.textContent).toBe('They told us roughly what they can spend.');
    expect(document.querySelector('[data-card-id="k1"] .cgv-card-hint')).toBeNull();
  });

  it('places a card with the Place menu: one submit with the card id and column, then a saved tick', async () => {
    const user = userEvent.setup();
    const props = participantProps('cardsort', config);
    render(<CardSortParticipant {...props} />);
    expect(zoneOf('k1')).toBe('unsorted');
    expect(screen.getByText(/of 3 sorted/).textContent).toBe('0 of 3 sorted');

    await placeWithMenu(user, 'Requested a demo', 'Quality lead');

    expect(props.submit).toHaveBeenCalledTimes(1);
    expect(props.submit).toHaveBeenCalledWith('k1', { column: 'c1' });
    expect(zoneOf('k1')).toBe('c1');
    expect(screen.getByText(/of 3 sorted/).textContent).toBe('1 of 3 sorted');
    expect(await screen.findByText('Saved')).toBeTruthy();
    expect(props.announce).toHaveBeenCalledWith('Requested a demo moved to Quality lead.');
  });

  it('puts the card back and says so loudly when the save is rejected; Try again resends it', async () => {
    const user = userEvent.setup();
    const props = participantProps('cardsort', config, {}, { fail: true });
    render(<CardSortParticipant {...props} />);
    await placeWithMenu(user, 'Budget known', 'Not a signal');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("Couldn't save. Try again.");
    expect(alert.textContent).toContain('The server is not answering.');
    expect(zoneOf('k3')).toBe('unsorted');
    expect(props.announce).toHaveBeenLastCalledWith(expect.stringContaining('Budget known went back to Unsorted.'));

    props.submit.mockImplementation(() => Promise.resolve());
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(props.submit).toHaveBeenCalledTimes(2);
    expect(props.submit).toHaveBeenLastCalledWith('k3', { column: 'c2' });
    expect(zoneOf('k3')).toBe('c2');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('asks "Depends on what?" for a card put in Depends and saves the note with the placement', async () => {
    const user = userEvent.setup();
    const props = participantProps('cardsort', config);
    render(<CardSortParticipant {...props} />);
    await placeWithMenu(user, 'Downloaded a whitepaper', 'Depends');
    expect(props.submit).toHaveBeenLastCalledWith('k2', { column: 'c3' });

    await user.type(screen.getByLabelText('Depends on what? (optional)'), 'on who downloaded it');
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    expect(props.submit).toHaveBeenLastCalledWith('k2', { column: 'c3', note: 'on who downloaded it' });
    expect(screen.getByText('Depends on: on who downloaded it')).toBeTruthy();
  });

  it('does not offer a note outside a Depends column', async () => {
    const user = userEvent.setup();
    render(<CardSortParticipant {...participantProps('cardsort', config)} />);
    await placeWithMenu(user, 'Requested a demo', 'Quality lead');
    expect(screen.queryByLabelText('Depends on what? (optional)')).toBeNull();
    expect(screen.queryByRole('button', { name: /Depends on what\?/ })).toBeNull();
  });

  it('takes a placement back (null) when a card goes back to Unsorted', async () => {
    const user = userEvent.setup();
    const props = participantProps('cardsort', config, { k1: { column: 'c1' } });
    render(<CardSortParticipant {...props} />);
    expect(zoneOf('k1')).toBe('c1');
    await placeWithMenu(user, 'Requested a demo', 'Back to Unsorted');
    expect(props.submit).toHaveBeenCalledWith('k1', null);
    expect(zoneOf('k1')).toBe('unsorted');
  });

  it('open sort: a named column of your own is saved as custom:<name>', async () => {
    const user = userEvent.setup();
    const props = participantProps('cardsort', { ...config, open: true });
    render(<CardSortParticipant {...props} />);
    await user.click(screen.getByRole('button', { name: '+ Add a column' }));
    await user.type(screen.getByLabelText('Name your column'), 'Nurture first');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(document.querySelector('[data-zone-id="custom:Nurture first"]')).not.toBeNull();

    await placeWithMenu(user, 'Downloaded a whitepaper', 'Nurture first');
    expect(props.submit).toHaveBeenCalledWith('k2', { column: 'custom:Nurture first' });
  });

  it('open sort refuses a column name that already exists', async () => {
    const user = userEvent.setup();
    render(<CardSortParticipant {...participantProps('cardsort', { ...config, open: true })} />);
    await user.click(screen.getByRole('button', { name: '+ Add a column' }));
    await user.type(screen.getByLabelText('Name your column'), 'quality lead');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByText('There is already a column with that name.')).toBeTruthy();
    expect(document.querySelector('[data-zone-id="custom:quality lead"]')).toBeNull();
  });

  it('a closed sort has no "Add a column"', () => {
    render(<CardSortParticipant {...participantProps('cardsort', config)} />);
    expect(screen.queryByRole('button', { name: '+ Add a column' })).toBeNull();
  });

  it('locked: shows saved placements read-only with a clear note', () => {
    render(<CardSortParticipant {...participantProps('cardsort', config, { k1: { column: 'c1' } }, { locked: true })} />);
    expect(screen.getByRole('note').textContent).toContain('Answers are locked');
    expect(screen.queryAllByRole('button', { name: /^Place / })).toHaveLength(0);
    expect(screen.queryAllByRole('button', { name: /^Drag / })).toHaveLength(0);
    expect(zoneOf('k1')).toBe('c1');
  });

  it('gives every card and zone the hooks the browser tests use', () => {
    render(<CardSortParticipant {...participantProps('cardsort', config)} />);
    expect(screen.getAllByTestId('card').map((c) => c.getAttribute('data-card-id'))).toEqual(['k1', 'k2', 'k3']);
    expect(screen.getAllByTestId('drop-zone').map((z) => z.getAttribute('data-zone-id'))).toEqual(['unsorted', 'c1', 'c2', 'c3']);
  });
});

describe('drag announcements', () => {
  const words = buildAnnouncements(
    {
      nameOf: (id) => ({ k1: 'Requested a demo' })[id as 'k1'] ?? 'the card',
      placeOf: (id) => ({ c1: 'Quality lead', unsorted: 'Unsorted' })[id as 'c1'],
      positionOf: () => ({ position: 3, of: 4 }),
      originOf: () => 'Unsorted',
    },
    i18nFor('en'),
  );
  const active = { id: 'k1' } as never;
  const over = { id: 'c1' } as never;

  it('use the card text and the column name, never ids', () => {
    expect(words.onDragStart({ active })).toBe('Picked up Requested a demo from Unsorted.');
    expect(words.onDragOver({ active, over })).toBe('Requested a demo is over Quality lead, position 3 of 4.');
    expect(words.onDragEnd({ active, over })).toBe('Dropped Requested a demo in Quality lead.');
    expect(words.onDragCancel({ active, over: null })).toBe('Cancelled: Requested a demo went back to Unsorted.');
    for (const text of [words.onDragStart({ active }), words.onDragOver({ active, over }), words.onDragEnd({ active, over })]) {
      expect(text).not.toMatch(/\bk1\b|\bc1\b/);
    }
  });

  it('keep "Picked up" audible: the report of being over its own place right after the pick-up is silent, later ones are spoken', () => {
    const home = { id: 'unsorted' } as never;
    expect(words.onDragStart({ active })).toBe('Picked up Requested a demo from Unsorted.');
    expect(words.onDragOver({ active, over: home })).toBeUndefined();
    expect(words.onDragOver({ active, over })).toBe('Requested a demo is over Quality lead, position 3 of 4.');
    expect(words.onDragOver({ active, over: home })).toBe('Requested a demo is over Unsorted, position 3 of 4.');
  });
});
