import type { I18n } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
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
import { formatWorkshopDate } from '../planner/words';
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
  const { t } = useLingui();

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
        <nav aria-label={t`Breadcrumb`} className="breadcrumb">
          <a href={href.list()} className="back-link">
            <Icon name="back" />
            <Trans>Workshops</Trans>
          </a>
        </nav>
      </AppBar>
      <main id="main" tabIndex={-1} className="page page-series">
        {page.series && page.id === seriesId ? (
          <SeriesPage series={page.series} />
        ) : page.status === 'missing' ? (
          <>
            <ScreenHeading className="visually-hidden">
              <Trans>Series not found</Trans>
            </ScreenHeading>
            <EmptyState
              title={t`This series no longer exists`}
              actions={
                <a href={href.list()}>
                  <Trans>Back to your workshops</Trans>
                </a>
              }
            >
              <p>
                <Trans>It may have been deleted in another window, or the link is out of date.</Trans>
              </p>
            </EmptyState>
          </>
        ) : page.status === 'error' ? (
          <>
            <ScreenHeading className="page-title">
              <Trans>Couldn’t open the series</Trans>
            </ScreenHeading>
            <div className="callout callout-error" role="alert">
              {page.error}{' '}
              <Button size="sm" onClick={() => void openSeries(seriesId)}>
                <Trans>Try again</Trans>
              </Button>
            </div>
          </>
        ) : (
          <p className="loading" role="status">
            <Trans>Opening the series…</Trans>
          </p>
        )}
      </main>
    </>
  );
}

/** "3 workshops, Tue 3 Mar 2027 to Wed 14 Apr 2027." (dates only where the workshops have them), in the interface language. */
function span(i18n: I18n, series: Series): string {
  const n = series.workshops.length;
  if (n === 0) return i18n._(msg`No workshops in this series yet.`);
  const dates = series.workshops.map((w) => w.date).filter((d): d is string => d !== null);
  const first = formatWorkshopDate(i18n, dates[0] ?? null);
  const last = formatWorkshopDate(i18n, dates[dates.length - 1] ?? null);
  if (!first) return i18n._(msg`${plural(n, { one: '# workshop.', other: '# workshops.' })}`);
  if (first === last) return i18n._(msg`${plural(n, { one: `# workshop, on ${first}.`, other: `# workshops, on ${first}.` })}`);
  return i18n._(msg`${plural(n, { one: `# workshop, ${first} to ${last}.`, other: `# workshops, ${first} to ${last}.` })}`);
}

function SeriesPage({ series }: { series: Series }) {
  const renameSeries = useApp((s) => s.renameSeries);
  const trends = useApp((s) => s.seriesPage.trends);
  const [renaming, setRenaming] = useState(false);
  const { t, i18n } = useLingui();
  const title = series.title;

  return (
    <>
      <header className="page-header">
        <div>
          <p className="series-page-kicker muted">
            <Trans>Series</Trans>
          </p>
          <div className="series-page-title-row">
            <ScreenHeading className="page-title">{series.title}</ScreenHeading>
            <Button size="sm" icon="pencil" onClick={() => setRenaming(true)} aria-label={t`Rename the series ${title}`}>
              <Trans>Rename</Trans>
            </Button>
          </div>
          <p className="page-subtitle">{span(i18n, series)}</p>
        </div>
        <SeriesActions series={series} />
      </header>

      <section aria-labelledby="series-timeline-heading" className="series-page-section">
        <h2 id="series-timeline-heading" className="series-page-heading">
          <Trans>Timeline</Trans>
        </h2>
        {series.workshops.length > 0 ? (
          <SeriesTimelineTable series={series} />
        ) : (
          <p className="muted">
            <Trans>Put a workshop in this series from its planner (Details, Series), or from the workshop list. Then each next one is a click away.</Trans>
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
