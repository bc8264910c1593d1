import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BrainstormParticipant } from './Participant';
import type { BrainstormConfig } from './definition';
import { CARD_KEY } from './logic';
import { participantProps } from '../../../test/activities/views/helpers';

const config: BrainstormConfig = { prompt: 'What would help?', anonymous: true, maxCardsPerPerson: 2 };

describe('brainstorm participant', () => {
  it('adds a card under a fresh card- key', async () => {
    const user = userEvent.setup();
    const props = participantProps('brainstorm', config);
    render(<BrainstormParticipant {...props} />);
    await user.type(screen.getByLabelText('Write a card'), '  Battlecards for calls ');
    await user.click(screen.getByRole('button', { name: 'Add card' }));
    expect(props.submit).toHaveBeenCalledTimes(1);
    const [key, value] = props.submit.mock.calls[0]!;
    expect(key).toMatch(CARD_KEY);
    expect(value).toEqual({ text: 'Battlecards for calls' });
    expect(screen.getByText('Battlecards for calls')).toBeTruthy();
    expect(screen.getByText('1 of 2')).toBeTruthy();
    expect((screen.getByLabelText('Write a card') as HTMLTextAreaElement).value).toBe('');
  });

  it('two cards get two different keys', async () => {
    const user = userEvent.setup();
    const props = participantProps('brainstorm', config);
    render(<BrainstormParticipant {...props} />);
    await user.type(screen.getByLabelText('Write a card'), 'One{Enter}');
    await user.type(screen.getByLabelText('Write a card'), 'Two{Enter}');
    const keys = props.submit.mock.calls.map((c) => c[0]);
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(2);
  });

  it('edits a card under the same key', async () => {
    const user = userEvent.setup();
    const props = participantProps('brainstorm', config, { 'card-abcd1': { text: 'Old idea' } });
    render(<BrainstormParticipant {...props} />);
    await user.click(screen.getByRole('button', { name: 'Edit “Old idea”' }));
    const field = screen.getByLabelText('Edit card');
    await user.clear(field);
    await user.type(field, 'Better idea');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(props.submit).toHaveBeenCalledWith('card-abcd1', { text: 'Better idea' });
    expect(screen.getByText('Better idea')).toBeTruthy();
    expect(screen.queryByText('Old idea')).toBeNull();
  });

  it('deletes a card with null', async () => {
    const user = userEvent.setup();
    const props = participantProps('brainstorm', config, { 'card-abcd1': { text: 'Old idea' } });
    render(<BrainstormParticipant {...props} />);
    await user.click(screen.getByRole('button', { name: 'Delete “Old idea”' }));
    expect(props.submit).toHaveBeenCalledWith('card-abcd1', null);
    expect(screen.queryByText('Old idea')).toBeNull();
    expect(screen.getByText('0 of 2')).toBeTruthy();
  });

  it('hides the composer at the card limit and explains', () => {
    render(<BrainstormParticipant {...participantProps('brainstorm', config, { 'card-aaaa1': { text: 'A' }, 'card-aaaa2': { text: 'B' } })} />);
    expect(screen.queryByLabelText('Write a card')).toBeNull();
    expect(screen.getByText(/That's all 2 of your cards/)).toBeTruthy();
  });

  it('a rejected add removes the card again and gives the text back', async () => {
    const user = userEvent.setup();
    const props = participantProps('brainstorm', config, {}, { fail: true });
    render(<BrainstormParticipant {...props} />);
    await user.type(screen.getByLabelText('Write a card'), 'Lost idea');
    await user.click(screen.getByRole('button', { name: 'Add card' }));
    expect((await screen.findByRole('alert')).textContent).toContain("Couldn't save. Try again.");
    expect(screen.queryByRole('button', { name: 'Delete “Lost idea”' })).toBeNull();
    expect((screen.getByLabelText('Write a card') as HTMLTextAreaElement).value).toBe('Lost idea');
  });

  it('locked: cards are read-only', () => {
    render(<BrainstormParticipant {...participantProps('brainstorm', config, { 'card-abcd1': { text: 'Kept' } }, { locked: true })} />);
    expect(screen.getByText('Kept')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Edit|Delete/ })).toBeNull();
    expect(screen.queryByLabelText('Write a card')).toBeNull();
  });
});
