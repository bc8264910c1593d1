import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { activityOf, answers, participantProps, resultsFor } from '../../../test/activities/views/helpers';
import { messaging, type MessagingBoard, type MessagingConfig, type MessagingParticipantConfig } from './definition';
import { MessagingParticipant } from './Participant';
import { MessagingResults } from './Results';
import { MessagingBoardView } from './Board';

const config: MessagingConfig = {
  ...messaging.defaultConfig(),
  segment: 'Mid-market IT directors',
  votesPerPerson: 2,
  seeds: [
    {
      id: 's1',
      text: 'Leads arrive without any context',
      source: 'persona',
      about: 'Why they distrust marketing',
      from: { workshopTitle: 'Kickoff', date: null },
    },
  ],
};
const board: MessagingBoard = {
  phase: 'vote',
  ballot: [
    { id: 'm1', key: 'p1/card-aaaa', text: 'Stop chasing tickets' },
    { id: 'm2', key: 'p2/card-bbbb', text: 'One dashboard for every site' },
  ],
  lastId: 2,
};
const shared = messaging.shared!(config, board);
const phoneConfig = (b: unknown) => messaging.participantConfig!(config, b) as MessagingParticipantConfig;
const messages = [{ participantId: 'sales-0', team: 'sales' as const, itemKey: 'card-aaaa', value: { text: 'Stop chasing tickets' } }];

describe('messaging results', () => {
  it('shows each message with every shown team’s votes and marks what both teams chose', () => {
    const responses = [
      ...messages,
      ...answers('sales', 3, () => [['vote-m1', { picked: true }]]),
      ...answers('marketing', 3, (i) => [['vote-m2', { picked: true }], ...(i === 0 ? ([['vote-m1', { picked: true }]] as [string, unknown][]) : [])]),
    ];
    const { container } = render(
      <MessagingResults
        activity={activityOf('messaging', config)}
        config={config}
        results={resultsFor('messaging', config, responses)}
        surface="console"
        board={board}
      />,
    );
    const rows = [...container.querySelectorAll('.cgm-row')].map((r) => r.textContent);
    expect(rows[0]).toContain('Stop chasing tickets');
    expect(rows[0]).toContain('Sales 3 · Marketing 1');
    expect(rows[0]).toContain('Both teams');
    expect(rows[1]).toContain('Sales 0 · Marketing 3');
    expect(rows[1]).not.toContain('Both teams');
  });

  it('below the anonymity threshold shows totals only, says why, and claims nothing about both teams', () => {
    const responses = [
      ...messages,
      ...answers('sales', 3, () => [['vote-m1', { picked: true }]]),
      ...answers('marketing', 2, () => [['vote-m1', { picked: true }]]),
    ];
    const { container } = render(
      <MessagingResults
        activity={activityOf('messaging', config)}
        config={config}
        results={resultsFor('messaging', config, responses)}
        surface="projector"
        board={board}
      />,
    );
    expect(container.querySelector('.cgm-row')?.textContent).toContain('5 votes');
    expect(container.querySelectorAll('.cgm-row-teams')).toHaveLength(0);
    expect(container.textContent).not.toContain('Both teams');
    expect(container.textContent).not.toContain('both teams chose');
    expect([...container.querySelectorAll('.cgv-suppressed')].map((e) => e.textContent).join('\n')).toMatch(/Marketing split hidden/);
  });
});

describe('messaging on a phone', () => {
  it('shows what we heard before and writes a message of at most 140 characters', async () => {
    const user = userEvent.setup();
    const props = participantProps('messaging', phoneConfig(null));
    render(<MessagingParticipant {...props} />);
    expect(screen.getByRole('heading', { name: 'What we heard before' })).toBeTruthy();
    expect(screen.getByText('Leads arrive without any context')).toBeTruthy();
    expect(screen.getByLabelText('Write a message').getAttribute('maxlength')).toBe('140');
    await user.type(screen.getByLabelText('Write a message'), 'Audit-ready in a day');
    await user.click(screen.getByRole('button', { name: 'Add message' }));
    expect(props.submit).toHaveBeenCalledWith(expect.stringMatching(/^card-/), { text: 'Audit-ready in a day' });
  });

  it('votes by pressing a toggle, says what happened, and refuses a vote over the budget with the reason', async () => {
    const user = userEvent.setup();
    const props = participantProps('messaging', phoneConfig(board), { 'vote-m1': { picked: true } });
    render(<MessagingParticipant {...props} shared={shared} />);
    const first = screen.getByRole('button', { name: 'Vote for “Stop chasing tickets”' });
    expect(first.getAttribute('aria-pressed')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Vote for “One dashboard for every site”' }));
    expect(props.submit).toHaveBeenLastCalledWith('vote-m2', { picked: true });
    expect(props.announce).toHaveBeenLastCalledWith('Voted for: One dashboard for every site. 0 of 2 votes left.');
    // From the keyboard: Enter on the first takes its vote back.
    first.focus();
    await user.keyboard('{Enter}');
    expect(props.submit).toHaveBeenLastCalledWith('vote-m1', null);
  });

  it('says the votes are used up instead of sending a third', async () => {
    const user = userEvent.setup();
    const props = participantProps('messaging', { ...phoneConfig(board), votesPerPerson: 1 }, { 'vote-m1': { picked: true } });
    render(<MessagingParticipant {...props} shared={shared} />);
    await user.click(screen.getByRole('button', { name: 'Vote for “One dashboard for every site”' }));
    expect(props.submit).not.toHaveBeenCalled();
    expect(props.announce).toHaveBeenLastCalledWith('No votes left. Take one back first.');
  });
});

describe('the console board', () => {
  it('opens the vote on every message written, with one board change, and says so', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const announce = vi.fn();
    const results = resultsFor('messaging', config, messages);
    render(
      <MessagingBoardView
        activity={activityOf('messaging', config)}
        config={config}
        results={results}
        board={{ phase: 'write', ballot: [], lastId: 0 }}
        onChange={onChange}
        announce={announce}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Open the vote on these messages' }));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith({ phase: 'vote', ballot: [{ id: 'm1', key: 'sales-0/card-aaaa', text: 'Stop chasing tickets' }], lastId: 1 });
    expect(announce).toHaveBeenCalledWith('The vote is open on 1 message.');
  });
});

describe('messaging results before the vote', () => {
  it('lists the messages, paged on the projector, and names authors only on the console when messages are not anonymous', () => {
    const named = { ...config, anonymous: false };
    const results = resultsFor('messaging', named, messages);
    const participants = [{ id: 'sales-0', name: 'Dana Whitfield', team: 'sales' as const }];
    const console_ = render(
      <MessagingResults activity={activityOf('messaging', named)} config={named} results={results} surface="console" participants={participants} />,
    );
    expect(console_.container.textContent).toContain('Dana Whitfield');
    console_.unmount();
    const projector = render(
      <MessagingResults activity={activityOf('messaging', named)} config={named} results={results} surface="projector" participants={participants} />,
    );
    expect(projector.container.textContent).toContain('Stop chasing tickets');
    expect(projector.container.textContent).not.toContain('Dana Whitfield');
    expect(projector.container.querySelector('.cgv-paged .cgm-row')).not.toBeNull();
  });
});
