import { Trans, useLingui } from '@lingui/react/macro';
import { href } from '../../app/router';
import type { Series } from '../../../shared/series';
import { STATUS_NAME, formatWorkshopDate } from '../planner/words';

/** A series' workshops in date order: when, what, how far along, and where to go from each. */
export function SeriesTimelineTable({ series }: { series: Series }) {
  const { t, i18n } = useLingui();
  const seriesTitle = series.title;
  return (
    <div className="table-card">
      <table className="table series-page-table">
        <caption className="visually-hidden">
          <Trans>Workshops of {seriesTitle}, in date order</Trans>
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <Trans>Date</Trans>
            </th>
            <th scope="col">
              <Trans>Workshop</Trans>
            </th>
            <th scope="col">
              <Trans>Status</Trans>
            </th>
            <th scope="col">
              <span className="visually-hidden">
                <Trans>Open</Trans>
              </span>
            </th>
          </tr>
        </thead>
        <tbody>
          {series.workshops.map((w, i) => {
            const title = w.title;
            return (
              <tr key={w.id} data-testid="series-workshop-row">
                <td className="cell-nowrap tabular">
                  {formatWorkshopDate(i18n, w.date) ?? (
                    <span className="muted">
                      <Trans>No date yet</Trans>
                    </span>
                  )}
                </td>
                <td className="cell-title">
                  <span className="series-page-step muted tabular" aria-hidden="true">
                    {i + 1}
                  </span>
                  <a href={href.planner(w.id)} className="row-link">
                    {w.title}
                  </a>
                </td>
                <td>
                  <span className={`status-chip status-${w.status}`}>{i18n._(STATUS_NAME[w.status])}</span>
                </td>
                <td className="cell-actions">
                  <div className="series-page-links">
                    <a href={href.planner(w.id)} aria-label={t`Plan ${title}`}>
                      <Trans>Plan</Trans>
                    </a>
                    <a href={href.run(w.id)} aria-label={t`Run ${title}`}>
                      <Trans>Run</Trans>
                    </a>
                    <a href={href.export(w.id)} aria-label={t`Export ${title}`}>
                      <Trans>Export</Trans>
                    </a>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
