import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CardSortResults } from '../../../src/activities/cardsort/Results';
import { DotVoteResults } from '../../../src/activities/dotvote/Results';
import { RankingResults } from '../../../src/activities/ranking/Results';
import { BrainstormResults } from '../../../src/activities/brainstorm/Results';
import type { CardSortConfig } from '../../../src/activities/cardsort/definition';
import type { DotVoteConfig } from '../../../src/activities/dotvote/definition';
import type { RankingConfig } from '../../../src/activities/ranking/definition';
import type { BrainstormConfig } from '../../../src/activities/brainstorm/definition';
import { boardKey } from '../../../src/activities/brainstorm/logic';
import { activityOf, answers, resultsFor } from './helpers';

const sort: CardSortConfig = {
  prompt: '',
  cards: [
    { id: 'k1', text: 'Requested a demo', description: '' },
    { id: 'k2', text: 'Downloaded a whitepaper', description: '' },
  ],
  columns: [
    { id: 'c1', text: 'Quality lead', description: '' },
    { id: 'c2', text: 'Not a signal', description: '' },
    { id: 'c3', text: 'Depends', description: '' },
  ],
  open: false,
};

// 3 sales: whitepaper = Not a signal (all). 3 marketing: whitepaper = Quality lead (2) / Depends (1). 1 other.
const sortResponses = [
  ...answers('sales', 3, () => [
    ['k1', { column: 'c1' }],
    ['k2', { column: 'c2' }],
  ]),
  ...answers('marketing', 3, (i) => [
    ['k1', { column: 'c1' }],
    ['k2', i < 2 ? { column: 'c1' } : { column: 'c3', note: 'on who downloaded it' }],
  ]),
  ...answers('other', 1, () => [['k1', { column: 'c2' }]]),
];
/** The same room without its one person from Other: nothing to protect, so both teams are compared. */
const salesAndMarketing = sortResponses.filter((r) => r.team !== 'other');

describe('card sort results', () => {
  it('console: a card × column matrix with percentages and counts, and notes', () => {
    const results = resultsFor('cardsort', sort, sortResponses);
    render(<CardSortResults activity={activityOf('cardsort', sort)} config={sort} results={results} surface="console" />);
    const matrix = screen.getAllByRole('table')[0]!;
    const demo = within(matrix).getByRole('row', { name: /Requested a demo/ });
    // 6 of 7 put "Requested a demo" in Quality lead, 1 in Not a signal.
    expect(
      within(demo)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['86% (6)', '14% (1)', '0% (0)']);
    const paper = within(matrix).getByRole('row', { name: /Downloaded a whitepaper/ });
    expect(
      within(paper)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['33% (2)', '50% (3)', '17% (1)']);
    expect(within(paper).getByText('on who downloaded it')).toBeTruthy();
  });

  it('hides a team below the threshold, and the smallest shown team too when the total would give it away', () => {
    const results = resultsFor('cardsort', sort, sortResponses, 3);
    render(<CardSortResults activity={activityOf('cardsort', sort)} config={sort} results={results} surface="console" />);
    expect(screen.getByText('Other split hidden: fewer than 3 answered')).toBeTruthy();
    expect(screen.getByText('Marketing split hidden too: with it, the answers of the 1 person from Other could be worked out from the total')).toBeTruthy();
    const split = screen.queryByRole('region', { name: 'Where the teams differ' });
    if (split) expect(within(split).queryByRole('row', { name: /Downloaded a whitepaper/ })).toBeNull();
  });

  it('shows n per team and compares them where nobody needs hiding', () => {
    const results = resultsFor('cardsort', sort, salesAndMarketing, 3);
    render(<CardSortResults activity={activityOf('cardsort', sort)} config={sort} results={results} surface="console" />);
    const split = screen.getByRole('region', { name: 'Where the teams differ' });
    expect(split.textContent).toMatch(/Sales\s*n=3/);
    expect(split.textContent).toMatch(/Marketing\s*n=3/);
    // The whitepaper is where the teams split: Sales 100% Not a signal, Marketing 67% Quality lead.
    const row = within(split).getByRole('row', { name: /Downloaded a whitepaper/ });
    expect(row.textContent).toContain('Not a signal 100%');
    expect(row.textContent).toContain('Quality lead 67%');
    expect(row.textContent).toContain('split');
  });

  it('uses the threshold from the results: at 4, both teams are hidden and no comparison is drawn', () => {
    const results = resultsFor('cardsort', sort, sortResponses, 4);
    render(<CardSortResults activity={activityOf('cardsort', sort)} config={sort} results={results} surface="projector" />);
    expect(screen.getByText('Sales split hidden: fewer than 4 answered')).toBeTruthy();
    expect(screen.getByText('Marketing split hidden: fewer than 4 answered')).toBeTruthy();
    expect(document.querySelector('.cgv-cell-team')).toBeNull();
  });

  it('projector: one table with team shares per cell, the split card first', () => {
    const results = resultsFor('cardsort', sort, salesAndMarketing);
    render(<CardSortResults activity={activityOf('cardsort', sort)} config={sort} results={results} surface="projector" />);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows[0]!.textContent).toContain('Teams split');
    expect(rows[0]!.textContent).toContain('Downloaded a whitepaper');
    expect(rows[0]!.textContent).toContain('Sales0%'); // Sales' share of Quality lead for the whitepaper
    expect(rows[0]!.textContent).toContain('Marketing67%');
  });

  it('projector: every card, the most answered first, in a paged region (none left to the console)', () => {
    const many: CardSortConfig = { ...sort, cards: Array.from({ length: 12 }, (_, i) => ({ id: `k${i + 1}`, text: `Signal ${i + 1}`, description: '' })) };
    // Two people answer only card 12; nobody answers the others: card 12 comes first.
    const responses = answers('sales', 2, () => [['k12', { column: 'c1' }]]);
    render(<CardSortResults activity={activityOf('cardsort', many)} config={many} results={resultsFor('cardsort', many, responses)} surface="projector" />);
    const paged = screen.getByRole('region', { name: 'Where each card went' });
    const rows = within(paged).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(12);
    expect(rows[0]!.textContent).toContain('Signal 12');
    expect(rows.map((r) => r.querySelector('th')!.textContent)).toEqual(expect.arrayContaining(many.cards.map((c) => c.text)));
    expect(screen.queryByText(/more cards/)).toBeNull();
  });
});

const vote: DotVoteConfig = {
  prompt: '',
  options: [
    { id: 'o1', text: 'One MQL definition', description: '' },
    { id: 'o2', text: 'Follow-up SLA', description: '' },
  ],
  dotsPerPerson: 3,
  maxPerItem: 3,
};

describe('dot vote results', () => {
  const responses = [
    ...answers('sales', 3, () => [['o2', { dots: 3 }]]),
    ...answers('marketing', 2, () => [
      ['o1', { dots: 2 }],
      ['o2', { dots: 1 }],
    ]),
    // One person from Other: with Marketing's two, three people hide together, so Sales' split may be shown.
    ...answers('other', 1, () => [['o2', { dots: 1 }]]),
  ];

  it('labels bars directly with option text and dots, most first', () => {
    render(<DotVoteResults activity={activityOf('dotvote', vote)} config={vote} results={resultsFor('dotvote', vote, responses)} surface="projector" />);
    const rows = within(screen.getByRole('list', { name: /Dots per option/ })).getAllByRole('listitem');
    expect(rows[0]!.textContent).toContain('Follow-up SLA');
    expect(rows[0]!.textContent).toContain('12 dots');
    expect(rows[1]!.textContent).toContain('One MQL definition');
    expect(rows[1]!.textContent).toContain('4 dots');
    expect(rows[0]!.textContent).toContain('Sales: Follow-up SLA 100%');
    expect(screen.getByText('Marketing split hidden: fewer than 3 answered')).toBeTruthy();
    expect(rows[0]!.textContent).not.toContain('Marketing:');
  });

  it('says so when nobody has voted', () => {
    render(<DotVoteResults activity={activityOf('dotvote', vote)} config={vote} results={resultsFor('dotvote', vote, [])} surface="console" />);
    expect(screen.getByText('No dots yet.')).toBeTruthy();
  });
});

describe('ranking results', () => {
  const config: RankingConfig = {
    prompt: '',
    options: [
      { id: 'r1', text: 'Pipeline created', description: '' },
      { id: 'r2', text: 'Win rate', description: '' },
      { id: 'r3', text: 'Cycle length', description: '' },
    ],
  };
  it('lists options by Borda points with team ranks', () => {
    const responses = [
      ...answers('sales', 3, () => [['order', { order: ['r2', 'r1', 'r3'] }]]),
      ...answers('marketing', 3, () => [['order', { order: ['r1', 'r3', 'r2'] }]]),
    ];
    render(<RankingResults activity={activityOf('ranking', config)} config={config} results={resultsFor('ranking', config, responses)} surface="console" />);
    const items = within(screen.getByRole('list', { name: /Room ranking/ })).getAllByRole('listitem');
    // r1: 3×1 + 3×2 = 9, r2: 3×2 + 0 = 6, r3: 0 + 3×1 = 3
    expect(items.map((li) => li.querySelector('.cgv-ranked-text')?.textContent)).toEqual([
      'Rank 1: Pipeline created',
      'Rank 2: Win rate',
      'Rank 3: Cycle length',
    ]);
    expect(items[0]!.textContent).toContain('9 points');
    expect(items[1]!.textContent).toContain('6 points');
    expect(items[1]!.textContent).toMatch(/Sales\s*#1/);
    expect(items[1]!.textContent).toMatch(/Marketing\s*#3/);
  });
});

describe('brainstorm results', () => {
  const cards = [
    { participantId: 'p-ana', team: 'sales' as const, itemKey: 'card-aaaa1', value: { text: 'Battlecards' } },
    { participantId: 'p-ben', team: 'sales' as const, itemKey: 'card-bbbb1', value: { text: 'Pricing one-pager' } },
    { participantId: 'p-cy', team: 'sales' as const, itemKey: 'card-cccc1', value: { text: 'Campaign calendar' } },
    { participantId: 'p-dee', team: 'marketing' as const, itemKey: 'card-dddd1', value: { text: 'Lead feedback loop' } },
    // Two from Other: with Marketing's one, three people hide together, so Sales' marks may be shown.
    { participantId: 'p-eve', team: 'other' as const, itemKey: 'card-eeee1', value: { text: 'Win-loss interviews' } },
    { participantId: 'p-fay', team: 'other' as const, itemKey: 'card-ffff1', value: { text: 'Shared glossary' } },
  ];
  const people = [
    { id: 'p-ana', name: 'Ana Lopez', team: 'sales' as const },
    { id: 'p-ben', name: 'Ben Ode', team: 'sales' as const },
    { id: 'p-cy', name: 'Cy Park', team: 'sales' as const },
    { id: 'p-dee', name: 'Dee Holm', team: 'marketing' as const },
  ];
  const anonymous: BrainstormConfig = { prompt: '', anonymous: true, maxCardsPerPerson: 5 };
  const named: BrainstormConfig = { ...anonymous, anonymous: false };

  it('never shows authors when anonymous, even on the console with names at hand', () => {
    render(
      <BrainstormResults
        activity={activityOf('brainstorm', anonymous)}
        config={anonymous}
        results={resultsFor('brainstorm', anonymous, cards)}
        participants={people}
        surface="console"
      />,
    );
    expect(screen.getByText('Battlecards')).toBeTruthy();
    for (const p of people) expect(document.body.textContent).not.toContain(p.name);
  });

  it('shows authors on the console when not anonymous, but never on the projector', () => {
    const results = resultsFor('brainstorm', named, cards);
    const { unmount } = render(
      <BrainstormResults activity={activityOf('brainstorm', named)} config={named} results={results} participants={people} surface="console" />,
    );
    expect(screen.getByText('Ana Lopez')).toBeTruthy();
    unmount();
    render(<BrainstormResults activity={activityOf('brainstorm', named)} config={named} results={results} participants={people} surface="projector" />);
    for (const p of people) expect(document.body.textContent).not.toContain(p.name);
  });

  it('groups cards by the board clusters, the rest as not grouped, with team marks only above the threshold', () => {
    const board = {
      clusters: [{ id: 'g1', name: 'Sales content', cardKeys: [boardKey('p-ana', 'card-aaaa1'), boardKey('p-ben', 'card-bbbb1'), 'gone/card-zzzz'] }],
    };
    render(
      <BrainstormResults
        activity={activityOf('brainstorm', anonymous)}
        config={anonymous}
        results={resultsFor('brainstorm', anonymous, cards)}
        surface="projector"
        board={board}
      />,
    );
    const group = screen.getByRole('region', { name: 'Sales content' });
    expect(
      within(group)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Battlecards◆Sales', 'Pricing one-pager◆Sales']);
    const loose = screen.getByRole('region', { name: 'Not grouped' });
    expect(within(loose).getByText('Campaign calendar')).toBeTruthy();
    // Marketing has one person: below the threshold of 3, so no mark points at them.
    const feedback = within(loose).getByText('Lead feedback loop').closest('li')!;
    expect(feedback.textContent).toBe('Lead feedback loop');
  });
});
