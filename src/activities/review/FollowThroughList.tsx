import { useLingui } from '@lingui/react/macro';
import type { SeriesTrends } from '../../shared/trends';
import { earlierFollowThrough, leftWords } from './follow-through-words';

/**
 * Under the review's headline (projector and console): how much each earlier workshop of the series saw done,
 * "ACME kickoff (3 Mar): 7 of 11 done · Joint meeting 1 (17 Mar): 3 of 4 done". Nothing outside a series.
 */
export function FollowThroughList({ trends, workshopId, className }: { trends: SeriesTrends | undefined; workshopId: string; className: string }) {
  const { t, i18n } = useLingui();
  const { lines, left } = earlierFollowThrough(i18n, trends, workshopId);
  if (lines.length === 0) return null;
  return (
    <ul className={`cgr-follow ${className}`} aria-label={t`Done per earlier workshop`} data-testid="review-follow-through">
      {lines.map((l) => (
        <li key={l.workshop.id} className="cgr-follow-item">
          {l.where}: <strong>{l.done}</strong>
        </li>
      ))}
      {left > 0 ? <li className="cgr-follow-item cgr-follow-left">{leftWords(i18n, left)}</li> : null}
    </ul>
  );
}
