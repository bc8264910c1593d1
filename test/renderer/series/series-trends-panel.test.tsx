import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { SeriesTrendsPanel } from '../../../src/renderer/features/series/SeriesTrendsPanel';
import type { LeadCardPoint, PulseGapPoint, SeriesTrends } from '../../../src/shared/trends';

const gap = (workshopId: string, g: number | null, splitHidden = false): PulseGapPoint => ({
  workshopId,
  n: 10,
  sales: null,
  marketing: null,
  gap: g,
  splitHidden,
});
const apart = (workshopId: string, d: number | null): LeadCardPoint => ({ workshopId, n: 10, divergence: d, splitHidden: false });
const trends: SeriesTrends = {
  series: { id: 's', title: 'ACME alignment 2027' },
  workshops: [
    { id: 'w1', title: 'Kickoff', date: '2027-03-03' },
    { id: 'w2', title: 'Joint meeting 2', date: '2027-03-17' },
    { id: 'w3', title: 'Joint meeting 3', date: null },
  ],
  pulse: [
    { key: 'a', statementId: 'a', setVersion: 1, text: 'We agree on what a qualified lead is.', points: [gap('w1', 1.8), gap('w2', 1.2), gap('w3', 0.6)] },
    { key: 'b', statementId: 'b', setVersion: 1, text: 'I trust the other team’s numbers.', points: [gap('w1', 1.0), gap('w3', null, true)] },
  ],
  leadCards: [{ key: 'd', text: 'Downloaded a whitepaper', points: [apart('w1', 0.8333), apart('w3', 0.4)] }],
};

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent?.replace(/\s+/g, ' ').trim()));

describe('SeriesTrendsPanel', () => {
  it('shows the pulse gap per statement and the card divergence per workshop as tables, changes in words', () => {
    render(<SeriesTrendsPanel trends={trends} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Trends across the series' })).toBeTruthy();
    const pulse = screen.getByRole('table', { name: /Alignment pulse: gap between the teams’ mean ratings/ });
    expect(rowsOf(pulse)).toEqual([
      ['Statement', 'Kickoff3 Mar 2027', 'Joint meeting 217 Mar 2027', 'Joint meeting 3No date', 'Last change'],
      ['We agree on what a qualified lead is.', '1.8', '1.2', '0.6', '↓ narrowed'],
      ['I trust the other team’s numbers.', '1.0', '–', 'hidden', 'not yet'],
    ]);
    const cards = screen.getByRole('table', { name: /Lead-quality sort/ });
    expect(rowsOf(cards).slice(1)).toEqual([['Downloaded a whitepaper', '83', '–', '40', '↓ narrowed']]);
    // No follow-through until the commitments review provides it.
    expect(screen.queryByRole('table', { name: /Commitments/ })).toBeNull();
  });

  it('says when there is nothing yet, and shows follow-through when it is given', () => {
    render(
      <SeriesTrendsPanel
        trends={{ ...trends, pulse: [], leadCards: [], followThrough: [{ workshopId: 'w1', made: 11, done: 7, partly: 2, notDone: 1, dropped: 1, open: 0 }] }}
        headingLevel={3}
      />,
    );
    expect(screen.getByText('No alignment pulse has been answered in this series yet.')).toBeTruthy();
    expect(screen.getByText('No lead-sort card has been sorted in more than one workshop of this series yet.')).toBeTruthy();
    const follow = screen.getByRole('table', { name: /Commitments made in each workshop/ });
    expect(rowsOf(follow)[1]).toEqual(['Kickoff 3 Mar 2027', '11', '7', '2', '1', '1', '0', '64%']);
  });

  it('has no accessibility violations axe can find without layout', async () => {
    const { container } = render(
      <main>
        <h1>Series</h1>
        <SeriesTrendsPanel trends={trends} />
      </main>,
    );
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
