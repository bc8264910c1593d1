import { href } from '../../app/router';
import type { Series } from '../../../shared/series';
import { STATUS_LABEL, formatDate } from '../workshops/format';

/** A series' workshops in date order: when, what, how far along, and where to go from each. */
export function SeriesTimelineTable({ series }: { series: Series }) {
  return (
    <div className="table-card">
      <table className="table series-page-table">
        <caption className="visually-hidden">Workshops of {series.title}, in date order</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Workshop</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Open</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {series.workshops.map((w, i) => (
            <tr key={w.id} data-testid="series-workshop-row">
              <td className="cell-nowrap tabular">{formatDate(w.date) ?? <span className="muted">No date yet</span>}</td>
              <td className="cell-title">
                <span className="series-page-step muted tabular" aria-hidden="true">
                  {i + 1}
                </span>
                <a href={href.planner(w.id)} className="row-link">
                  {w.title}
                </a>
              </td>
              <td>
                <span className={`status-chip status-${w.status}`}>{STATUS_LABEL[w.status]}</span>
              </td>
              <td className="cell-actions">
                <div className="series-page-links">
                  <a href={href.planner(w.id)} aria-label={`Plan ${w.title}`}>
                    Plan
                  </a>
                  <a href={href.run(w.id)} aria-label={`Run ${w.title}`}>
                    Run
                  </a>
                  <a href={href.export(w.id)} aria-label={`Export ${w.title}`}>
                    Export
                  </a>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
