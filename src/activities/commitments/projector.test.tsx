// Issue #13: the commitments results on the projector page every personal commitment
// written on phones (no "…and N more"), next to the action items; the projector never names
// who wrote one, and a pledge already made an action item is not listed twice.
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { activityOf, answers, resultsFor } from '../../../test/activities/views/helpers';
import { CommitmentsResults } from './Results';
import { defaultCommitmentsConfig, type CommitmentsBoard } from './definition';
import type { ActionItem } from '../../shared/domain';

const config = defaultCommitmentsConfig();
const pledge = (i: number) => `Pledge ${i + 1}: join two discovery calls with the other team and write down what the buyer asked first.`;
const pledges = [...answers('sales', 20, (i) => [['pledge', { text: pledge(i) }]]), ...answers('marketing', 20, (i) => [['pledge', { text: pledge(i + 20) }]])];
const items: ActionItem[] = Array.from({ length: 12 }, (_, i) => ({
  id: `a${i}`,
  workshopId: 'w1',
  text: `Action ${i + 1}: agree the lead definition`,
  owner: `Person ${i + 1}`,
  dueDate: null,
  status: 'open',
  position: i,
}));
const people = [{ id: 'sales-0', name: 'Ana Ruiz', team: 'sales' as const }];
const board = (promoted: string[]): CommitmentsBoard => ({ pairs: [], reports: null, meeting: null, promoted });

describe('commitments results on the projector', () => {
  it('pages all 40 pledges and 12 action items, none dropped to a count, no author named', () => {
    render(
      <CommitmentsResults
        activity={activityOf('commitments', config)}
        config={config}
        results={resultsFor('commitments', config, pledges)}
        surface="projector"
        board={board([])}
        actionItems={items}
        participants={people}
      />,
    );
    const paged = screen.getByRole('region', { name: 'What we agreed' });
    for (let i = 0; i < 40; i++) expect(within(paged).getAllByText(pledge(i))).toHaveLength(1);
    for (const a of items) expect(within(paged).getByText(a.text)).toBeTruthy();
    expect(screen.queryByText(/…and \d+ more|and \d+ more/)).toBeNull();
    expect(screen.queryByText(/Ana Ruiz/)).toBeNull();
  });

  it('lists a pledge already made an action item once, as the action item', () => {
    const first = pledges[0]!;
    const promotedItem: ActionItem = { ...items[0]!, text: pledge(0) };
    render(
      <CommitmentsResults
        activity={activityOf('commitments', config)}
        config={config}
        results={resultsFor('commitments', config, pledges)}
        surface="projector"
        board={board([`${first.participantId}/pledge`])}
        actionItems={[promotedItem]}
      />,
    );
    expect(screen.getAllByText(pledge(0))).toHaveLength(1);
    expect(screen.getAllByText(pledge(1))).toHaveLength(1);
  });
});
