import { Trans, useLingui } from '@lingui/react/macro';
import type { PresenterViewProps } from '../view-types';
import { Surface } from '../kit/views/surface';
import { PagedColumns } from '../kit/views/PagedColumns';
import { readReviewBoard } from './board';
import type { ReviewConfig } from './definition';
import { groupByStatus, headline } from './summary';
import { fromWords, headlineWords, STATUS_WORDS } from './room-words';
import { longDay } from '../room-dates';
import { FollowThroughList } from './FollowThroughList';
import './review.css';

/**
 * The room's view: the headline ("7 of 11 done since 3 March"), in a series what each earlier workshop saw done,
 * then every carried item by status, paged when it outgrows the screen.
 */
export function ReviewPresenter({ activity, board, trends }: PresenterViewProps<ReviewConfig>) {
  const { items } = readReviewBoard(board);
  const head = headline(items);
  const { t, i18n } = useLingui();
  // In a series: below the headline, what each earlier workshop saw done (#18).
  const follow = <FollowThroughList trends={trends} workshopId={activity.workshopId} className="cgr-follow-projector" />;
  if (items.length === 0) {
    return (
      <Surface kind="projector" className="cgr-p">
        <p className="cgr-p-headline">
          <Trans>Nothing carried over</Trans>
        </p>
        {follow}
        <p className="cgr-p-lead">
          <Trans>No open commitments from earlier workshops of the series to look back on.</Trans>
        </p>
      </Surface>
    );
  }
  return (
    <Surface kind="projector" className="cgr-p cgv-paged-screen">
      <p className="cgr-p-headline" data-testid="review-headline">
        {headlineWords(i18n, head)}
      </p>
      {follow}
      <PagedColumns label={t`Commitments from earlier workshops, by status`} columns={2}>
        {groupByStatus(items).map((g) => {
          const label = i18n._(STATUS_WORDS[g.status]);
          return (
            <section key={g.status} className={`cgr-p-group cgr-status-${g.status}`} aria-label={`${label}: ${g.items.length}`}>
              <h2 className="cgr-p-group-title">
                {label} <span className="cgr-p-count">{g.items.length}</span>
              </h2>
              <ul className="cgr-p-items">
                {g.items.map((i) => {
                  const due = i.due ? longDay(i18n, i.due) : null;
                  const from = fromWords(i18n, i);
                  return (
                    <li key={i.id} className="cgr-p-item">
                      <span className="cgr-p-what">{i.what}</span>
                      <span className="cgr-p-meta">
                        {i.owner || t`No owner`}
                        {due ? ` · ${t`due ${due}`}` : ''} · {t`from ${from}`}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </PagedColumns>
    </Surface>
  );
}
