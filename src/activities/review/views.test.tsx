import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { activityOf } from '../../../test/activities/views/helpers';
import type { ReviewSource } from '../../shared/review';
import type { ReviewPort } from '../view-types';
import type { ReviewItem } from './board';
import { ReviewBoardView } from './Board';
import { review } from './definition';
import { ReviewPresenter } from './Presenter';

const config = review.defaultConfig();
const activity = activityOf('review', config);
const results = { activityId: activity.id, aggregate: null, respondents: [], threshold: 3 };

const item = (id: string, what: string, status: ReviewItem['status']): ReviewItem => ({
  id,
  kind: 'action',
  what,
  owner: 'Ana Ortiz',
  due: '2027-03-10',
  from: { workshopId: 'w1', title: 'Kickoff', date: '2027-03-03' },
  before: null,
  status,
  reason: '',
});

function port(source: ReviewSource | null, mark: ReviewPort['mark'] = async () => null): ReviewPort {
  return { source, pull: vi.fn(async () => {}), mark: vi.fn(mark) };
}

const board = (items: ReviewItem[], p: ReviewPort) =>
  render(<ReviewBoardView activity={activity} config={config} results={results} board={{ items }} onChange={() => {}} announce={() => {}} review={p} />);

describe('commitments review board', () => {
  it('says why there is nothing to review: no series, or the first workshop of one', () => {
    const { unmount } = board([], port({ series: null, earlier: 0, newItems: 0 }));
    expect(screen.getByRole('status').textContent).toContain('This workshop is in no series');
    unmount();
    board([], port({ series: { id: 's', title: 'ACME 2027' }, earlier: 0, newItems: 0 }));
    expect(screen.getByRole('status').textContent).toContain('This is the first workshop of “ACME 2027”');
  });

  it('offers to bring in new open commitments and marks an item from the keyboard', async () => {
    const user = userEvent.setup();
    const p = port({ series: { id: 's', title: 'ACME 2027' }, earlier: 1, newItems: 3 });
    board([item('action:a', 'Send the lead list', null)], p);
    await user.click(screen.getByRole('button', { name: 'Bring in 3 open commitments from earlier workshops' }));
    expect(p.pull).toHaveBeenCalledOnce();
    const done = screen.getByRole('radio', { name: 'Done' });
    done.focus();
    await user.keyboard(' ');
    expect(p.mark).toHaveBeenCalledWith('action:a', { status: 'done' });
    expect((done as HTMLInputElement).checked).toBe(true);
  });

  it('puts the mark back and says why when the core refuses it', async () => {
    const user = userEvent.setup();
    const p = port({ series: { id: 's', title: 'ACME 2027' }, earlier: 1, newItems: 0 }, async () => 'That commitment is not on this review.');
    board([item('action:a', 'Send the lead list', null)], p);
    await user.click(screen.getByRole('radio', { name: 'Dropped' }));
    expect((await screen.findByRole('alert')).textContent).toBe('That commitment is not on this review.');
    expect((screen.getByRole('radio', { name: 'Dropped' }) as HTMLInputElement).checked).toBe(false);
  });
});

describe('commitments review on the projector', () => {
  it('shows the headline and the items by status', () => {
    render(
      <ReviewPresenter
        activity={activity}
        config={config}
        board={{ items: [item('a', 'Send the lead list', 'done'), item('b', 'Agree the lead', 'partly')] }}
      />,
    );
    expect(screen.getByText('1 of 2 done since 3 March')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Done: 1' }).textContent).toContain('Send the lead list');
    expect(screen.getByRole('region', { name: 'Partly done: 1' }).textContent).toContain('Agree the lead');
  });

  it('says nothing is carried over on an empty board', () => {
    render(<ReviewPresenter activity={activity} config={config} board={null} />);
    expect(screen.getByText('Nothing carried over')).toBeTruthy();
  });
});
