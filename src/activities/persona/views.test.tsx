import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PersonaParticipant } from './Participant';
import { PersonaBoardView } from './Board';
import { PersonaResults } from './Results';
import { PersonaBoard, defaultPersonaConfig, type PersonaBoard as Board } from './definition';
import { activityOf, answers, participantProps, resultsFor } from '../../../test/activities/views/helpers';

const config = defaultPersonaConfig();
const ballot = [
  { id: 'n1', key: 'a/note-1', section: 'night', text: 'Missing the quarter' },
  { id: 'n2', key: 'b/note-1', section: 'need', text: 'Battlecards that are current' },
];

describe('persona participant', () => {
  it('adds a note to the chosen section', async () => {
    const props = participantProps('persona', config);
    const user = userEvent.setup();
    render(<PersonaParticipant {...props} />);
    await user.click(screen.getByRole('button', { name: 'What keeps them up at night' }));
    await user.type(screen.getByLabelText('Note for “What keeps them up at night”'), 'Missing the quarter{Enter}');
    const [key, value] = props.submit.mock.calls[0]!;
    expect(key).toMatch(/^note-[a-z0-9]{12}$/);
    expect(value).toEqual({ section: 'night', text: 'Missing the quarter' });
    expect(props.announce).toHaveBeenCalledWith('Added to What keeps them up at night: Missing the quarter');
  });
  it('keeps the labels people and the browser tests rely on: Delete, the count, the limit notice', async () => {
    const mine = { 'note-aaaa1': { section: 'night', text: 'Missing the quarter' }, 'note-bbbb2': { section: 'goals', text: 'Club trip' } };
    const props = participantProps('persona', { ...config, notesPerPerson: 2 }, mine);
    const user = userEvent.setup();
    render(<PersonaParticipant {...props} />);
    expect(screen.getByRole('heading', { name: /^Your notes/ }).textContent).toBe('Your notes 2 of 2');
    expect(screen.getByText('That is all 2 of your notes. Delete one to add another.')).toBeTruthy();
    expect(screen.queryByLabelText(/^Note for/)).toBeNull();
    expect(screen.getByRole('button', { name: /^Goals/, pressed: true })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Delete “Missing the quarter”' }));
    expect(props.submit).toHaveBeenCalledWith('note-aaaa1', null);
    expect(props.announce).toHaveBeenCalledWith('Deleted: Missing the quarter');
    expect(screen.getByLabelText('Note for “Goals”')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add note' })).toBeTruthy();
  });
  it('votes with plus and minus when the vote is open', async () => {
    const props = participantProps('persona', config, { 'v-n1': { dots: 2 } });
    const user = userEvent.setup();
    render(<PersonaParticipant {...props} shared={{ phase: 'vote', ballot }} />);
    await user.click(screen.getByRole('button', { name: 'Add a dot to Battlecards that are current' }));
    expect(props.submit).toHaveBeenCalledWith('v-n2', { dots: 1 });
    expect(props.announce).toHaveBeenCalledWith('Battlecards that are current has 1 dot. 5 dots left.');
    await user.click(screen.getByRole('button', { name: 'Take a dot from Missing the quarter' }));
    expect(props.submit).toHaveBeenLastCalledWith('v-n1', { dots: 1 });
  });
});

describe('persona board', () => {
  const responses = [
    { participantId: 's1', team: 'sales' as const, itemKey: 'note-aaaa1', value: { section: 'night', text: 'Missing the quarter' } },
    { participantId: 'm1', team: 'marketing' as const, itemKey: 'note-bbbb1', value: { section: 'night', text: 'lol' } },
  ];
  function setup(board: Board) {
    const onChange = vi.fn();
    const announce = vi.fn();
    render(
      <PersonaBoardView
        activity={activityOf('persona', config)}
        config={config}
        results={resultsFor('persona', config, responses)}
        board={board}
        onChange={onChange}
        announce={announce}
      />,
    );
    return { onChange, announce, last: (): Board => PersonaBoard.parse(onChange.mock.calls.at(-1)![0]), user: userEvent.setup() };
  }
  it('leaves a note out, then opens the vote without it', async () => {
    const { last, user, onChange } = setup({ phase: 'collect', ballot: [], hidden: [], agreed: [] });
    await user.click(screen.getByRole('button', { name: 'Leave out of the vote: lol' }));
    expect(last().hidden).toEqual(['m1/note-bbbb1']);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
  it('opens the vote with the visible notes, and marks one agreed', async () => {
    const { last, user } = setup({ phase: 'collect', ballot: [], hidden: ['m1/note-bbbb1'], agreed: [] });
    await user.click(screen.getByRole('button', { name: 'Open the vote' }));
    expect(last()).toMatchObject({ phase: 'vote', ballot: [{ id: 'n1', key: 's1/note-aaaa1', section: 'night', text: 'Missing the quarter' }] });
  });
  it('agrees on a note', async () => {
    const { last, user } = setup({
      phase: 'vote',
      ballot: [{ id: 'n1', key: 's1/note-aaaa1', section: 'night', text: 'Missing the quarter' }],
      hidden: [],
      agreed: [],
    });
    await user.click(screen.getByRole('button', { name: 'Agree', description: 'Missing the quarter' }));
    expect(last().agreed).toEqual(['n1']);
  });
});

describe('persona results', () => {
  it('shows Sales’ and Marketing’s shares side by side, and says when a split is hidden', () => {
    // One person from Other besides Marketing's two: three people hide together, so Sales' share may show.
    const responses = [
      ...answers('sales', 3, () => [['v-n1', { dots: 2 }]]),
      ...answers('marketing', 2, () => [['v-n2', { dots: 2 }]]),
      ...answers('other', 1, () => [['v-n2', { dots: 1 }]]),
    ];
    render(
      <PersonaResults
        activity={activityOf('persona', config)}
        config={config}
        results={resultsFor('persona', config, responses)}
        surface="console"
        board={{ phase: 'vote', ballot, hidden: [], agreed: ['n2'] }}
      />,
    );
    expect(screen.getByText('Marketing split hidden: fewer than 3 answered')).toBeTruthy();
    const night = screen.getByText('Missing the quarter').closest('li')!;
    expect(within(night).getByText('6 dots')).toBeTruthy();
    expect(within(night).getByText(/100%/)).toBeTruthy(); // all of Sales' dots
    const agreed = screen.getByText('Battlecards that are current').closest('li')!;
    expect(agreed.className).toContain('cgp-line-agreed');
  });

  it('lists the sections nobody wrote in on one line instead of a box each', () => {
    const responses = answers('sales', 3, () => [['v-n1', { dots: 2 }]]);
    render(
      <PersonaResults
        activity={activityOf('persona', config)}
        config={config}
        results={resultsFor('persona', config, responses)}
        surface="projector"
        board={{ phase: 'vote', ballot, hidden: [], agreed: [] }}
      />,
    );
    const used = new Set(ballot.map((n) => n.section));
    const unused = config.sections.filter((s) => !used.has(s.id)).map((s) => s.title);
    expect(unused.length).toBeGreaterThan(0);
    expect(screen.getByText(`No notes in: ${unused.join(' · ')}`)).toBeTruthy();
    expect(document.querySelectorAll('.cgp-page > .cgp-cell')).toHaveLength(used.size);
  });
});
