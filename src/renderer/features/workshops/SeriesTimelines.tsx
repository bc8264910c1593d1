import { useState } from 'react';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { href, navigate } from '../../app/router';
import { useApp } from '../../app/store-context';
import { Button } from '../../../ui/Button';
import type { Series } from '../../../shared/series';
import { STATUS_NAME, dateIn } from './format';
import { minutesShort } from '../../i18n/format';
import './series.css';

/** Each series as a timeline of its workshops (date, title, status), with the one-click next workshop. */
export function SeriesTimelines() {
  const series = useApp((s) => s.workshops.series);
  const shown = series.filter((s) => s.workshops.length > 0);
  // A series whose workshops all moved out: still reachable, to put one back, rename or delete it.
  const empty = series.filter((s) => s.workshops.length === 0);
  if (series.length === 0) return null;
  return (
    <section aria-labelledby="series-heading" className="series-section">
      <h2 id="series-heading" className="series-section-title">
        <Trans>Series</Trans>
      </h2>
      <ul className="series-list">
        {shown.map((s) => (
          <li key={s.id}>
            <SeriesTimeline series={s} />
          </li>
        ))}
      </ul>
      {empty.length > 0 ? (
        <p className="series-empty muted">
          {empty.length === 1 ? <Trans>A series with no workshops:</Trans> : <Trans>Series with no workshops:</Trans>}{' '}
          {empty.map((s, i) => (
            <span key={s.id}>
              {i > 0 ? ', ' : null}
              <a href={href.series(s.id)}>{s.title}</a>
            </span>
          ))}
          .
        </p>
      ) : null}
    </section>
  );
}

function SeriesTimeline({ series }: { series: Series }) {
  const nextInSeries = useApp((s) => s.nextInSeries);
  const [busy, setBusy] = useState<'same' | 'joint-meeting' | null>(null);
  const last = series.workshops[series.workshops.length - 1]!;
  const headingId = `series-${series.id}`;
  const { t, i18n } = useLingui();
  const count = series.workshops.length;
  const title = series.title;
  const minutes = minutesShort(i18n, 40);

  async function next(agenda: 'same' | 'joint-meeting') {
    setBusy(agenda);
    const id = await nextInSeries(last.id, agenda);
    setBusy(null);
    if (id) navigate(href.planner(id));
  }

  return (
    <article className="series-card" aria-labelledby={headingId} data-testid="series-timeline">
      <div className="series-card-header">
        <div>
          <h3 id={headingId} className="series-title">
            <a href={href.series(series.id)}>{series.title}</a>
          </h3>
          <p className="series-sub muted">
            <Plural value={count} one="# workshop" other="# workshops" />
          </p>
        </div>
        <div className="series-card-actions">
          <Button icon="plus" onClick={() => void next('same')} busy={busy === 'same'}>
            <Trans>Next workshop in this series</Trans>
          </Button>
          <Button icon="plus" onClick={() => void next('joint-meeting')} busy={busy === 'joint-meeting'}>
            <Trans>Next joint meeting ({minutes})</Trans>
          </Button>
        </div>
      </div>
      <ol className="series-timeline" aria-label={t`Timeline of ${title}`}>
        {series.workshops.map((w) => (
          <li key={w.id} className="series-step">
            <span className="series-date tabular">{dateIn(i18n, w.date) ?? <Trans>No date yet</Trans>}</span>
            <a href={href.planner(w.id)} className="series-step-title">
              {w.title}
            </a>
            <span className={`status-chip status-${w.status}`}>{i18n._(STATUS_NAME[w.status])}</span>
          </li>
        ))}
      </ol>
    </article>
  );
}
