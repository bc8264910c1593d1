import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CommitmentsParticipant } from './Participant';
import { CommitmentsBoardView } from './Board';
import { CommitmentsResults } from './Results';
import { CommitmentsBoard, defaultCommitmentsConfig, type CommitmentsBoard as Board } from './definition';
import type { ActionItem, Team } from '../../shared/domain';
import { activityOf, participantProps, resultsFor } from '../../../test/activities/views/helpers';

const config = defaultCommitmentsConfig();
const people = [
  { id: 's1', name: 'Ana Ruiz', team: 'sales' as Team },
  { id: 's2', name: 'Ben Okafor', team: 'sales' as Team },
  { id: 'm1', name: 'Gus Larsen', team: 'marketing' as Team },
  { id: 'm2', name: 'Hana Sato', team: 'marketing' as Team },
];
const responses = [
  { participantId: 's2', team: 'sales' as Team, itemKey: 'shadow', value: { in: true } },
  { participantId: 'm2', team: 'marketing' as Team, itemKey: 'shadow', value: { in: true } },
  { participantId: 's1', team: 'sales' as Team, itemKey: 'pledge', value: { text: 'Send marketing three win stories' } },
];

describe('commitments participant', () => {
  it('says yes to shadowing and saves a pledge', async () => {
    const props = participantProps('commitments', config);
    const user = userEvent.setup();
    render(<CommitmentsParticipant {...props} />);
    await user.click(screen.getByRole('button', { name: 'I’m in' }));
    expect(props.submit).toHaveBeenCalledWith('shadow', { in: true });
    expect(props.announce).toHaveBeenCalledWith('You are in for job shadowing.');
    await user.type(screen.getByLabelText(config.pledgePrompt), 'Join two discovery calls');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(props.submit).toHaveBeenLastCalledWith('pledge', { text: 'Join two discovery calls' });
  });
  it('removes a saved pledge', async () => {
    const props = participantProps('commitments', config, { pledge: { text: 'Old' } });
    const user = userEvent.setup();
    render(<CommitmentsParticipant {...props} />);
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    expect(props.submit).toHaveBeenLastCalledWith('pledge', null);
  });
});

describe('commitments board', () => {
  function setup(board: Board = { pairs: [], reports: null, meeting: null, promoted: [] }, items: ActionItem[] = []) {
    const onChange = vi.fn();
    const announce = vi.fn();
    const port = { items, add: vi.fn(() => Promise.resolve()), update: vi.fn(() => Promise.resolve()), remove: vi.fn(() => Promise.resolve()) };
    render(
      <CommitmentsBoardView
        activity={activityOf('commitments', config)}
        config={config}
        results={resultsFor('commitments', config, responses)}
        board={board}
        participants={people}
        actionItems={port}
        onChange={onChange}
        announce={announce}
      />,
    );
    const last = (): Board => CommitmentsBoard.parse(onChange.mock.calls.at(-1)![0]);
    return { onChange, announce, last, port, user: userEvent.setup() };
  }
  it('suggests pairs only with the people who said yes, and says who was left out', async () => {
    const { last, announce, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Suggest pairs' }));
    expect(last().pairs.map((p) => [p.sales.name, p.marketing.name])).toEqual([['Ben Okafor', 'Hana Sato']]);
    expect(announce).toHaveBeenCalledWith('Suggested 1 pair; 2 people who have not said they are in left out (pair them by hand if they want to).');
  });
  it('swaps a person in a pair and sets its date', async () => {
    const board: Board = {
      pairs: [{ id: 'p1', sales: { id: 's1', name: 'Ana Ruiz' }, marketing: { id: 'm1', name: 'Gus Larsen' }, date: null }],
      reports: null,
      meeting: null,
      promoted: [],
    };
    const { last, user } = setup(board);
    await user.selectOptions(screen.getByLabelText('Pair 1: Marketing'), 'm2');
    expect(last().pairs[0]!.marketing).toEqual({ id: 'm2', name: 'Hana Sato' });
  });
  it('edits a weekly report on Enter and the meeting cadence', async () => {
    const { last, user } = setup();
    const owner = screen.getByLabelText('Sales report: who sends it');
    await user.clear(owner);
    await user.type(owner, 'Dev Patel{Enter}');
    expect(last().reports![0]).toMatchObject({ from: 'sales', owner: 'Dev Patel' });
    await user.selectOptions(screen.getByLabelText('Every'), '3');
    expect(last().meeting).toMatchObject({ everyWeeks: 3, day: 'Tuesday' });
  });
  it('turns a pledge into an action item with its author as owner', async () => {
    const { port, last, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Make it an action item' }));
    expect(port.add).toHaveBeenCalledWith(expect.objectContaining({ text: 'Send marketing three win stories', owner: 'Ana Ruiz' }));
    expect(last().promoted).toEqual(['s1/pledge']);
  });
  it('adds an action item with owner and due date', async () => {
    const { port, user } = setup();
    await user.type(screen.getByLabelText('New action'), 'Agree the MQL definition');
    await user.type(screen.getByLabelText('Owner'), 'Gus Larsen');
    await user.click(screen.getByRole('button', { name: 'Add action' }));
    expect(port.add).toHaveBeenCalledWith({ text: 'Agree the MQL definition', owner: 'Gus Larsen', dueDate: null });
  });
});

describe('commitments results', () => {
  it('lists the pairs, reports, meeting and action items; and on the projector every pledge, without its author', () => {
    const board: Board = {
      pairs: [{ id: 'p1', sales: { id: 's1', name: 'Ana Ruiz' }, marketing: { id: 'm1', name: 'Gus Larsen' }, date: '2026-03-17' }],
      reports: null,
      meeting: null,
      promoted: [],
    };
    const items: ActionItem[] = [
      { id: 'a1', workshopId: 'w1', text: 'Agree the MQL definition', owner: 'Gus Larsen', dueDate: '2026-04-01', status: 'open', position: 0 },
    ];
    render(
      <CommitmentsResults
        activity={activityOf('commitments', config)}
        config={config}
        results={resultsFor('commitments', config, responses)}
        surface="projector"
        board={board}
        actionItems={items}
      />,
    );
    expect(screen.getByText('Ana Ruiz')).toBeTruthy();
    expect(screen.getByText('Tue 17 Mar 2026')).toBeTruthy();
    expect(screen.getByText('Agree the MQL definition')).toBeTruthy();
    expect(screen.getByText(/Every 2 weeks · Tuesday 09:30 · 45 min/)).toBeTruthy();
    expect(screen.getByText('Send marketing three win stories')).toBeTruthy();
    expect(screen.queryByText(/…and \d+ more/)).toBeNull();
  });

  it('does not count again a pledge that is already an action item', () => {
    const board: Board = { pairs: [], reports: null, meeting: null, promoted: ['s1/pledge'] };
    const items: ActionItem[] = [
      { id: 'a1', workshopId: 'w1', text: 'Send marketing three win stories', owner: 'Ana Ruiz', dueDate: null, status: 'open', position: 0 },
    ];
    render(
      <CommitmentsResults
        activity={activityOf('commitments', config)}
        config={config}
        results={resultsFor('commitments', config, responses)}
        surface="projector"
        board={board}
        actionItems={items}
      />,
    );
    expect(screen.getByText('Send marketing three win stories')).toBeTruthy();
    expect(screen.queryByText(/personal commitment/)).toBeNull();
  });
});
