import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { inLocale } from '../../../test/helpers/i18n';
import { activityOf } from '../../../test/activities/views/helpers';
import type { SeriesTrends } from '../../shared/trends';
import type { ReviewItem } from './board';
import { review } from './definition';
import { ReviewPresenter } from './Presenter';

// A German day: the review on the projector speaks German, dates the German way.
const config = review.defaultConfig();
const item = (id: string, status: ReviewItem['status'], due: string | null): ReviewItem => ({
  id,
  kind: 'action',
  what: `Aufgabe ${id}`,
  owner: id === 'a' ? '' : 'Ana Ortiz',
  due,
  from: { workshopId: 'k1', title: 'Auftakt', date: '2027-03-03' },
  before: null,
  status,
  reason: '',
});
const trends: SeriesTrends = {
  series: { id: 's', title: 'ACME 2027' },
  workshops: [
    { id: 'k1', title: 'Auftakt', date: '2027-03-03' },
    { id: 'w1', title: 'Treffen 2', date: '2027-04-14' },
  ],
  pulse: [],
  leadCards: [],
  followThrough: [{ workshopId: 'k1', made: 11, done: 7, partly: 0, notDone: 0, dropped: 0, open: 4 }],
};

describe('review in German', () => {
  it('the projector gives the headline, the groups and the dates in German', async () => {
    render(
      <ReviewPresenter
        activity={activityOf('review', config)}
        config={config}
        board={{ items: [item('a', 'done', '2027-05-01'), item('b', 'partly', null), item('c', null, null)] }}
        trends={trends}
      />,
      { wrapper: await inLocale('de') },
    );
    expect(screen.getByTestId('review-headline').textContent).toBe('1 von 3 erledigt seit 3. März');
    expect(screen.getByRole('list', { name: 'Erledigt je früherem Workshop' }).textContent).toBe('Auftakt (3. März): 7 von 11 erledigt');
    expect(screen.getByRole('region', { name: 'Teilweise erledigt: 1' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Noch nicht geprüft: 1' })).toBeTruthy();
    expect(document.body.textContent).toContain('Keine Verantwortung · fällig 1. Mai · aus Auftakt, 3. März');
  });

  it('says in German when nothing is carried over', async () => {
    render(<ReviewPresenter activity={activityOf('review', config)} config={config} board={{ items: [] }} />, { wrapper: await inLocale('de') });
    expect(screen.getByText('Nichts übernommen')).toBeTruthy();
  });
});
