import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { i18nFor } from '../../main/i18n';
import { activityOf } from '../../../test/activities/views/helpers';
import type { FollowThroughPoint, SeriesTrends } from '../../shared/trends';
import type { ReviewItem } from './board';
import { ReviewBoardView } from './Board';
import { review } from './definition';
import { earlierFollowThrough } from './follow-through-words';
import { ReviewPresenter } from './Presenter';

// Under the review's headline, in a workshop of a series (#18): what each earlier workshop saw done, from the series
// trends. The view's workshop is 'w1' (activityOf); k1, m1, m2 come before it.
const en = i18nFor('en');
const config = review.defaultConfig();
const activity = activityOf('review', config);
const results = { activityId: activity.id, aggregate: null, respondents: [], threshold: 3 };
const follow = (workshopId: string, made: number, done: number): FollowThroughPoint => ({
  workshopId,
  made,
  done,
  partly: 0,
  notDone: 0,
  dropped: 0,
  open: made - done,
});
const trends: SeriesTrends = {
  series: { id: 's', title: 'ACME alignment 2027' },
  workshops: [
    { id: 'k1', title: 'ACME kickoff', date: '2027-03-03' },
    { id: 'm1', title: 'Joint meeting 1', date: '2027-03-17' },
    { id: 'm2', title: 'Joint meeting 2', date: null },
    { id: 'w1', title: 'Joint meeting 3', date: '2027-04-14' },
  ],
  pulse: [],
  leadCards: [],
  // m2 made no commitments; w1's own (made today) are not "earlier".
  followThrough: [follow('k1', 11, 7), follow('m1', 4, 3), follow('m2', 0, 0), follow('w1', 2, 0)],
};
const item: ReviewItem = {
  id: 'action:a',
  kind: 'action',
  what: 'Send the lead list weekly',
  owner: 'Ana Ortiz',
  due: null,
  from: { workshopId: 'k1', title: 'ACME kickoff', date: '2027-03-03' },
  before: null,
  status: 'done',
  reason: '',
};
const port = {
  source: { series: { id: 's', title: 'ACME alignment 2027' }, earlier: 3, newItems: 0 },
  pull: vi.fn(async () => {}),
  mark: vi.fn(async () => null),
};

describe('follow-through per earlier workshop', () => {
  it('lists the earlier workshops that made commitments, the latest few, in series order', () => {
    const { lines, left } = earlierFollowThrough(en, trends, 'w1');
    expect(lines.map((l) => `${l.where}: ${l.done}`)).toEqual(['ACME kickoff (3 Mar): 7 of 11 done', 'Joint meeting 1 (17 Mar): 3 of 4 done']);
    expect(left).toBe(0);
    expect(earlierFollowThrough(en, trends, 'w1', 1)).toMatchObject({ lines: [{ where: 'Joint meeting 1 (17 Mar)' }], left: 1 });
    expect(earlierFollowThrough(en, trends, 'm1').lines.map((l) => l.where)).toEqual(['ACME kickoff (3 Mar)']);
    expect(earlierFollowThrough(en, trends, 'k1').lines).toEqual([]);
    expect(earlierFollowThrough(en, undefined, 'w1').lines).toEqual([]);
    expect(earlierFollowThrough(en, { ...trends, followThrough: undefined }, 'w1').lines).toEqual([]);
  });

  it('the projector shows it below the headline', () => {
    render(<ReviewPresenter activity={activity} config={config} board={{ items: [item] }} trends={trends} />);
    const list = screen.getByRole('list', { name: 'Done per earlier workshop' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['ACME kickoff (3 Mar): 7 of 11 done', 'Joint meeting 1 (17 Mar): 3 of 4 done']);
    expect(screen.getByTestId('review-headline').nextElementSibling).toBe(list);
  });

  it('the projector shows it when nothing is carried over too (everything was done or dropped)', () => {
    render(<ReviewPresenter activity={activity} config={config} board={{ items: [] }} trends={trends} />);
    expect(screen.getByText('Nothing carried over')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Done per earlier workshop' }).textContent).toContain('ACME kickoff (3 Mar): 7 of 11 done');
  });

  it('the console board shows it below its headline', () => {
    render(
      <ReviewBoardView
        activity={activity}
        config={config}
        results={results}
        board={{ items: [item] }}
        onChange={() => {}}
        announce={() => {}}
        review={port}
        trends={trends}
      />,
    );
    expect(screen.getByTestId('review-console-headline').nextElementSibling).toBe(screen.getByRole('list', { name: 'Done per earlier workshop' }));
  });

  it('shows nothing outside a series, or in the first workshop of one', () => {
    const { container, unmount } = render(<ReviewPresenter activity={activity} config={config} board={{ items: [item] }} />);
    expect(container.querySelector('[data-testid="review-follow-through"]')).toBeNull();
    unmount();
    const first = { ...trends, workshops: [trends.workshops[3]!], followThrough: [follow('w1', 2, 0)] };
    const again = render(<ReviewPresenter activity={activity} config={config} board={{ items: [item] }} trends={first} />);
    expect(again.container.querySelector('[data-testid="review-follow-through"]')).toBeNull();
  });
});
