import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RankingParticipant } from './Participant';
import type { RankingConfig } from './definition';
import { participantProps } from '../../../test/activities/views/helpers';

const config: RankingConfig = {
  prompt: 'Which KPI first?',
  options: [
    { id: 'r1', text: 'Pipeline created', description: '' },
    { id: 'r2', text: 'Win rate', description: '' },
    { id: 'r3', text: 'Sales cycle length', description: '' },
  ],
};
const rows = () => screen.getAllByTestId('rank-row').map((r) => r.getAttribute('data-rank-id'));

describe('ranking participant', () => {
  it('shows the order as not submitted until saved; Save my order submits the whole order', async () => {
    const user = userEvent.setup();
    const props = participantProps('ranking', config);
    render(<RankingParticipant {...props} />);
    expect(screen.getByText('Not submitted yet')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save my order' }));
    expect(props.submit).toHaveBeenCalledWith('order', { order: ['r1', 'r2', 'r3'] });
    expect(screen.queryByText('Not submitted yet')).toBeNull();
    expect(await screen.findByText('Saved')).toBeTruthy();
  });

  it('moving an option saves the new order at once (one submit per move)', async () => {
    const user = userEvent.setup();
    const props = participantProps('ranking', config);
    render(<RankingParticipant {...props} />);
    await user.click(screen.getByRole('button', { name: 'Move Sales cycle length up' }));
    expect(props.submit).toHaveBeenCalledTimes(1);
    expect(props.submit).toHaveBeenCalledWith('order', { order: ['r1', 'r3', 'r2'] });
    expect(rows()).toEqual(['r1', 'r3', 'r2']);
    expect(props.announce).toHaveBeenCalledWith('Sales cycle length moved to position 2 of 3.');
    await user.click(screen.getByRole('button', { name: 'Move Pipeline created down' }));
    expect(props.submit).toHaveBeenLastCalledWith('order', { order: ['r3', 'r1', 'r2'] });
  });

  it('starts from the saved order and cannot move past the ends', () => {
    render(<RankingParticipant {...participantProps('ranking', config, { order: { order: ['r2', 'r3', 'r1'] } })} />);
    expect(rows()).toEqual(['r2', 'r3', 'r1']);
    expect(screen.getByRole('button', { name: 'Move Win rate up' }).getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('button', { name: 'Move Pipeline created down' }).getAttribute('aria-disabled')).toBe('true');
    expect(screen.queryByText('Not submitted yet')).toBeNull();
  });

  it('a rejected save restores the previous order and shows the error', async () => {
    const user = userEvent.setup();
    const props = participantProps('ranking', config, { order: { order: ['r1', 'r2', 'r3'] } }, { fail: true });
    render(<RankingParticipant {...props} />);
    await user.click(screen.getByRole('button', { name: 'Move Win rate up' }));
    expect((await screen.findByRole('alert')).textContent).toContain("Couldn't save. Try again.");
    expect(rows()).toEqual(['r1', 'r2', 'r3']);
  });

  it('locked: no move buttons and no save', () => {
    render(<RankingParticipant {...participantProps('ranking', config, {}, { locked: true })} />);
    expect(screen.getByRole('note').textContent).toContain('Answers are locked');
    expect(screen.queryByRole('button', { name: /Move/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save my order' })).toBeNull();
  });
});
