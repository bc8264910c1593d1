import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DotVoteParticipant } from './Participant';
import type { DotVoteConfig } from './definition';
import { participantProps } from '../../../test/activities/views/helpers';

const config: DotVoteConfig = {
  prompt: 'Where do we start?',
  options: [
    { id: 'o1', text: 'One MQL definition', description: '' },
    { id: 'o2', text: 'Follow-up SLA', description: '' },
    { id: 'o3', text: 'Shared dashboard', description: '' },
  ],
  dotsPerPerson: 3,
  maxPerItem: 2,
};

const option = (id: string) => document.querySelector<HTMLElement>(`[data-testid="option"][data-option-id="${id}"]`)!;
const plus = (text: string) => screen.getByRole('button', { name: `Add a dot to ${text}` }) as HTMLButtonElement;
const minus = (text: string) => screen.getByRole('button', { name: `Take a dot from ${text}` }) as HTMLButtonElement;
const tray = () => screen.getByTestId('dot-tray').textContent ?? '';

describe('dot vote participant', () => {
  it('+ puts a dot on an option: one submit with the option id and the new count', async () => {
    const user = userEvent.setup();
    const props = participantProps('dotvote', config);
    render(<DotVoteParticipant {...props} />);
    expect(tray()).toContain('3 of 3 dots left');

    await user.click(plus('Follow-up SLA'));
    expect(props.submit).toHaveBeenCalledTimes(1);
    expect(props.submit).toHaveBeenCalledWith('o2', { dots: 1 });
    expect(within(option('o2')).getByText('1 dot')).toBeTruthy();
    expect(tray()).toContain('2 of 3 dots left');

    await user.click(plus('Follow-up SLA'));
    expect(props.submit).toHaveBeenLastCalledWith('o2', { dots: 2 });
  });

  it('stops at the cap per option and says why', () => {
    const props = participantProps('dotvote', config, { o1: { dots: 2 } });
    render(<DotVoteParticipant {...props} />);
    expect(plus('One MQL definition').getAttribute('aria-disabled')).toBe('true'); // focusable: a press says why
    expect(within(option('o1')).getByText('At most 2 dots on one option.')).toBeTruthy();
    expect(plus('Follow-up SLA').disabled).toBe(false);
  });

  it('stops when every dot is spent', async () => {
    const user = userEvent.setup();
    const props = participantProps('dotvote', config, { o1: { dots: 2 } });
    render(<DotVoteParticipant {...props} />);
    await user.click(plus('Shared dashboard'));
    expect(props.submit).toHaveBeenCalledWith('o3', { dots: 1 });
    expect(tray()).toContain('0 of 3 dots left');
    for (const text of ['One MQL definition', 'Follow-up SLA', 'Shared dashboard']) expect(plus(text).getAttribute('aria-disabled')).toBe('true');
    expect(props.submit).toHaveBeenCalledTimes(1);
  });

  it('− to zero takes the answer back with null', async () => {
    const user = userEvent.setup();
    const props = participantProps('dotvote', config, { o3: { dots: 1 } });
    render(<DotVoteParticipant {...props} />);
    expect(minus('One MQL definition').getAttribute('aria-disabled')).toBe('true');
    await user.click(minus('Shared dashboard'));
    expect(props.submit).toHaveBeenCalledWith('o3', null);
    expect(within(option('o3')).getByText('0 dots')).toBeTruthy();
  });

  it('a rejected save puts the count back and offers to try again', async () => {
    const user = userEvent.setup();
    const props = participantProps('dotvote', config, { o2: { dots: 1 } }, { fail: true });
    render(<DotVoteParticipant {...props} />);
    await user.click(plus('Follow-up SLA'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("Couldn't save. Try again.");
    expect(within(option('o2')).getByText('1 dot')).toBeTruthy();
    expect(tray()).toContain('2 of 3 dots left');
  });

  it('locked: no buttons, a clear note, dots still shown', () => {
    render(<DotVoteParticipant {...participantProps('dotvote', config, { o2: { dots: 2 } }, { locked: true })} />);
    expect(screen.getByRole('note').textContent).toContain('Answers are locked');
    expect(screen.queryByRole('button', { name: /Add a dot/ })).toBeNull();
    expect(within(option('o2')).getByText('2 dots')).toBeTruthy();
  });
});
