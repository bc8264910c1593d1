import { useEffect, useState } from 'react';
import { AppBar } from '../../app/AppBar';
import { href } from '../../app/router';
import { useApp } from '../../app/store-context';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { Icon } from '../../../ui/Icon';
import { ScreenHeading } from '../../../ui/focus-rule';
import { SaveIndicator } from '../../components/SaveIndicator';
import type { Series } from '../../../shared/series';
import { formatDate, plural } from '../workshops/format';
import { RenameSeriesDialog } from './RenameSeriesDialog';
import { SeriesActions } from './SeriesActions';
import { SeriesTimelineTable } from './SeriesTimelineTable';
import { SeriesTrendsPanel } from './SeriesTrendsPanel';
import './series-page.css';

/** One series (#18): its title, the timeline of its workshops, the next one, and the series as a file. */
export function SeriesScreen({ seriesId }: { seriesId: string }) {
  const openSeries = useApp((s) => s.openSeries);
  const closeSeries = useApp((s) => s.closeSeries);
  const page = useApp((s) => s.seriesPage);

  useEffect(() => {
    void openSeries(seriesId);
    return () => closeSeries();
  }, [seriesId, openSeries, closeSeries]);

  useEffect(() => {
    if (page.series?.title) document.title = `${page.series.title} · Common Ground`;
  }, [page.series?.title]);

  return (
    <>
      <AppBar end={<SaveIndicator />}>
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <a href={href.list()} className="back-link">
            <Icon name="back" />
            Workshops
          </a>
        </nav>
      </AppBar>
      <main id="main" tabIndex={-1} className="page page-series">
        {page.series && page.id === seriesId ? (
          <SeriesPage series={page.series} />
        ) : page.status === 'missing' ? (
          <>
            <ScreenHeading className="visually-hidden">Series not found</ScreenHeading>
            <EmptyState title="This series no longer exists" actions={<a href={href.list()}>Back to your workshops</a>}>
              <p>It may have been deleted in another window, or the link is out of date.</p>
            </EmptyState>
          </>
        ) : page.status === 'error' ? (
          <>
            <ScreenHeading className="page-title">Couldn’t open the series</ScreenHeading>
            <div className="callout callout-error" role="alert">
              {page.error}{' '}
              <Button size="sm" onClick={() => void openSeries(seriesId)}>
                Try again
              </Button>
            </div>
          </>
        ) : (
          <p className="loading" role="status">
            Opening the series…
          </p>
        )}
      </main>
    </>
  );
}

/** "3 workshops, 3 Mar 2027 to 14 Apr 2027" (dates only where the workshops have them). */
function span(series: Series): string {
  const n = series.workshops.length;
  if (n === 0) return 'No workshops in this series yet.';
  const dates = series.workshops.map((w) => w.date).filter((d): d is string => d !== null);
  const first = formatDate(dates[0] ?? null);
  const last = formatDate(dates[dates.length - 1] ?? null);
  const when = !first ? '' : first === last ? `, on ${first}` : `, ${first} to ${last}`;
  return `${plural(n, 'workshop')}${when}.`;
}

function SeriesPage({ series }: { series: Series }) {
  const renameSeries = useApp((s) => s.renameSeries);
  const trends = useApp((s) => s.seriesPage.trends);
  const [renaming, setRenaming] = useState(false);

  return (
    <>
      <header className="page-header">
        <div>
          <p className="series-page-kicker muted">Series</p>
          <div className="series-page-title-row">
            <ScreenHeading className="page-title">{series.title}</ScreenHeading>
            <Button size="sm" icon="pencil" onClick={() => setRenaming(true)} aria-label={`Rename the series ${series.title}`}>
              Rename
            </Button>
          </div>
          <p className="page-subtitle">{span(series)}</p>
        </div>
        <SeriesActions series={series} />
      </header>

      <section aria-labelledby="series-timeline-heading" className="series-page-section">
        <h2 id="series-timeline-heading" className="series-page-heading">
          Timeline
        </h2>
        {series.workshops.length > 0 ? (
          <SeriesTimelineTable series={series} />
        ) : (
          <p className="muted">
            Put a workshop in this series from its planner (Details, Series), or from the workshop list. Then each next one is a click away.
          </p>
        )}
      </section>

      {trends ? (
        <div className="series-page-section">
          <SeriesTrendsPanel trends={trends} />
        </div>
      ) : null}

      {renaming ? <RenameSeriesDialog current={series.title} onRename={(title) => renameSeries(series.id, title)} onClose={() => setRenaming(false)} /> : null}
    </>
  );
}
