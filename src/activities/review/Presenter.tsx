import type { PresenterViewProps } from '../view-types';
import { Surface } from '../kit/views/surface';
import { PagedColumns } from '../kit/views/PagedColumns';
import { readReviewBoard } from './board';
import type { ReviewConfig } from './definition';
import { dayMonth, fromWords, groupByStatus, headline } from './summary';
import { FollowThroughList } from './FollowThroughList';
import './review.css';

/**
 * The room's view: the headline ("7 of 11 done since 3 March"), in a series what each earlier workshop saw done,
 * then every carried item by status, paged when it outgrows the screen.
 */
export function ReviewPresenter({ activity, board, trends }: PresenterViewProps<ReviewConfig>) {
  const { items } = readReviewBoard(board);
  const head = headline(items);
  // In a series: below the headline, what each earlier workshop saw done (#18).
  const follow = <FollowThroughList trends={trends} workshopId={activity.workshopId} className="cgr-follow-projector" />;
  if (items.length === 0) {
    return (
      <Surface kind="projector" className="cgr-p">
        <p className="cgr-p-headline">Nothing carried over</p>
        {follow}
        <p className="cgr-p-lead">No open commitments from earlier workshops of the series to look back on.</p>
      </Surface>
    );
  }
  return (
    <Surface kind="projector" className="cgr-p cgv-paged-screen">
      <p className="cgr-p-headline" data-testid="review-headline">
        {head.text}
      </p>
      {follow}
      <PagedColumns label="Commitments from earlier workshops, by status" columns={2}>
        {groupByStatus(items).map((g) => (
          <section key={g.status} className={`cgr-p-group cgr-status-${g.status}`} aria-label={`${g.label}: ${g.items.length}`}>
            <h2 className="cgr-p-group-title">
              {g.label} <span className="cgr-p-count">{g.items.length}</span>
            </h2>
            <ul className="cgr-p-items">
              {g.items.map((i) => (
                <li key={i.id} className="cgr-p-item">
                  <span className="cgr-p-what">{i.what}</span>
                  <span className="cgr-p-meta">
                    {i.owner || 'No owner'}
                    {i.due ? ` · due ${dayMonth(i.due)}` : ''} · from {fromWords(i)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </PagedColumns>
    </Surface>
  );
}
