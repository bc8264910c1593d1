import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { BrainstormBoardView } from '../../../src/activities/brainstorm/Board';
import type { BrainstormBoard, BrainstormConfig } from '../../../src/activities/brainstorm/definition';
import { BrainstormBoard as BoardSchema } from '../../../src/activities/brainstorm/definition';
import { boardKey } from '../../../src/activities/brainstorm/logic';
import { activityOf, resultsFor } from './helpers';

const config: BrainstormConfig = { prompt: 'What would help?', anonymous: true, maxCardsPerPerson: 5 };
const responses = [
  { participantId: 'p1', team: 'sales' as const, itemKey: 'card-aaaa1', value: { text: 'Battlecards' } },
  { participantId: 'p2', team: 'sales' as const, itemKey: 'card-bbbb1', value: { text: 'Pricing one-pager' } },
  { participantId: 'p3', team: 'marketing' as const, itemKey: 'card-cccc1', value: { text: 'Lead feedback loop' } },
];
const A = boardKey('p1', 'card-aaaa1');
const B = boardKey('p2', 'card-bbbb1');
const C = boardKey('p3', 'card-cccc1');

function setup(board: BrainstormBoard) {
  const onChange = vi.fn();
  const announce = vi.fn();
  render(
    <BrainstormBoardView
      activity={activityOf('brainstorm', config)}
      config={config}
      results={resultsFor('brainstorm', config, responses)}
      board={board}
      onChange={onChange}
      announce={announce}
    />,
  );
  const last = (): BrainstormBoard => BoardSchema.parse(onChange.mock.calls.at(-1)![0]);
  return { onChange, announce, last, user: userEvent.setup() };
}

describe('brainstorm board', () => {
  const twoGroups: BrainstormBoard = {
    clusters: [
      { id: 'g1', name: 'Content', cardKeys: [A] },
      { id: 'g2', name: 'Feedback', cardKeys: [] },
    ],
  };

  it('Move to… puts a card in a group: one onChange with the whole board', async () => {
    const { onChange, announce, last, user } = setup(twoGroups);
    await user.selectOptions(screen.getByLabelText('Move “Lead feedback loop” to'), 'Feedback');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(last()).toEqual({
      clusters: [
        { id: 'g1', name: 'Content', cardKeys: [A] },
        { id: 'g2', name: 'Feedback', cardKeys: [C] },
      ],
    });
    expect(announce).toHaveBeenCalledWith('Moved Lead feedback loop to Feedback.');
  });

  it('moves a card between groups and back to not grouped', async () => {
    const { last, user } = setup(twoGroups);
    await user.selectOptions(screen.getByLabelText('Move “Battlecards” to'), 'Not grouped');
    expect(last().clusters[0]!.cardKeys).toEqual([]);
  });

  it('"A new group" makes a group holding that card', async () => {
    const { last, user } = setup({ clusters: [] });
    await user.selectOptions(screen.getByLabelText('Move “Pricing one-pager” to'), 'A new group');
    const board = last();
    expect(board.clusters).toHaveLength(1);
    expect(board.clusters[0]).toMatchObject({ name: 'Group 1', cardKeys: [B] });
  });

  it('+ New group adds an empty named group', async () => {
    const { last, user } = setup(twoGroups);
    await user.click(screen.getByRole('button', { name: '+ New group' }));
    expect(last().clusters.map((c) => c.name)).toEqual(['Content', 'Feedback', 'Group 3']);
  });

  it('renames a group on Enter, and ignores an empty name', async () => {
    const { onChange, last, user } = setup(twoGroups);
    const names = screen.getAllByLabelText('Group name') as HTMLInputElement[];
    await user.clear(names[1]!);
    await user.type(names[1]!, 'Lead quality{Enter}');
    expect(last().clusters[1]!.name).toBe('Lead quality');
    onChange.mockClear();
    await user.clear(names[0]!);
    await user.tab();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('merges one group into another and ungroups', async () => {
    const board: BrainstormBoard = {
      clusters: [
        { id: 'g1', name: 'Content', cardKeys: [A] },
        { id: 'g2', name: 'Pricing', cardKeys: [B] },
      ],
    };
    const { last, user } = setup(board);
    await user.selectOptions(screen.getByLabelText('Merge Pricing into'), 'Content');
    expect(last()).toEqual({ clusters: [{ id: 'g1', name: 'Content', cardKeys: [A, B] }] });
    await user.click(screen.getByRole('button', { name: 'Ungroup Content' }));
    expect(last()).toEqual({ clusters: [{ id: 'g2', name: 'Pricing', cardKeys: [B] }] });
  });

  it('shows every card once, in its group or in Not grouped', () => {
    setup(twoGroups);
    const zones = screen.getAllByTestId('drop-zone');
    const loose = zones.find((z) => z.getAttribute('data-zone-id') === 'ungrouped')!;
    expect(
      within(loose)
        .getAllByTestId('card')
        .map((c) => c.getAttribute('data-card-id')),
    ).toEqual([B, C]);
    expect(screen.getAllByTestId('card')).toHaveLength(3);
  });
});

describe('brainstorm board: team marks and anonymity', () => {
  it('marks cards only for teams with enough people to hide in', () => {
    const many = [
      ...['s1', 's2', 's3'].map((p, i) => ({ participantId: p, team: 'sales' as const, itemKey: `card-sale${i}`, value: { text: `Sales card ${i}` } })),
      { participantId: 'm1', team: 'marketing' as const, itemKey: 'card-mkt01', value: { text: 'The only marketing card' } },
      // Two from Other: with the one marketer, three people hide together, so Sales' marks may show.
      ...['o1', 'o2'].map((p, i) => ({ participantId: p, team: 'other' as const, itemKey: `card-oth${i}0`, value: { text: `Other card ${i}` } })),
    ];
    render(
      <BrainstormBoardView
        activity={activityOf('brainstorm', config)}
        config={config}
        results={resultsFor('brainstorm', config, many)}
        board={{ clusters: [] }}
        onChange={vi.fn()}
        announce={vi.fn()}
      />,
    );
    const cardOf = (text: string) => screen.getByText(text).closest('[data-card-id]')!;
    expect(cardOf('Sales card 0').querySelector('.cgv-team-sales')).not.toBeNull();
    expect(cardOf('The only marketing card').querySelector('.cgv-team')).toBeNull();
    expect(cardOf('Other card 0').querySelector('.cgv-team')).toBeNull();
  });

  it('leaves Sales unmarked too when the marks would single out the one marketer', () => {
    const few = [
      ...['s1', 's2', 's3'].map((p, i) => ({ participantId: p, team: 'sales' as const, itemKey: `card-sale${i}`, value: { text: `Sales card ${i}` } })),
      { participantId: 'm1', team: 'marketing' as const, itemKey: 'card-mkt01', value: { text: 'The only marketing card' } },
    ];
    render(
      <BrainstormBoardView
        activity={activityOf('brainstorm', config)}
        config={config}
        results={resultsFor('brainstorm', config, few)}
        board={{ clusters: [] }}
        onChange={vi.fn()}
        announce={vi.fn()}
      />,
    );
    expect(document.querySelector('[data-card-id] .cgv-team')).toBeNull();
  });
});
