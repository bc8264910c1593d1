import { useEffect, useState } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { AppBar } from '../../app/AppBar';
import { href, navigate } from '../../app/router';
import { useApp } from '../../app/store-context';
import { Button } from '../../../ui/Button';
import { SaveIndicator } from '../../components/SaveIndicator';
import { ScreenHeading } from '../../../ui/focus-rule';
import { NewWorkshopDialog } from './WorkshopDialogs';
import { TrashTable } from './TrashTable';
import { WorkshopTable } from './WorkshopTable';
import { EmptyWorkshops } from './EmptyWorkshops';
import { NewFromTemplateButton } from './TemplateDialogs';
import { SeriesTimelines } from './SeriesTimelines';
import type { Locale } from '../../../shared/locale';
import { ImportSeriesButton } from '../series/ImportSeriesButton';

export function WorkshopListScreen({ view }: { view: 'list' | 'trash' }) {
  const status = useApp((s) => s.workshops.status);
  const error = useApp((s) => s.workshops.error);
  const count = useApp((s) => s.workshops.items.length);
  const trashCount = useApp((s) => s.workshops.trash.length);
  const loadWorkshops = useApp((s) => s.loadWorkshops);
  const loadTrash = useApp((s) => s.loadTrash);
  const setWatching = useApp((s) => s.setWatchingWorkshops);
  const createWorkshop = useApp((s) => s.createWorkshop);
  const createSample = useApp((s) => s.createSample);
  const [creating, setCreating] = useState(false);
  const [sampleBusy, setSampleBusy] = useState(false);
  const { t, i18n } = useLingui();

  useEffect(() => {
    setWatching(true);
    void loadWorkshops();
    void loadTrash();
    return () => setWatching(false);
  }, [setWatching, loadWorkshops, loadTrash]);

  async function addSample() {
    setSampleBusy(true);
    const id = await createSample();
    setSampleBusy(false);
    if (id) navigate(href.planner(id));
  }

  async function create(title: string, language: Locale) {
    const r = await createWorkshop(title, language);
    if ('error' in r) return r.error;
    setCreating(false);
    navigate(href.planner(r.id));
    return null;
  }

  const empty = view === 'list' && status === 'ready' && count === 0;

  return (
    <>
      <AppBar end={<SaveIndicator />}>
        <nav aria-label={t`Workshops`} className="tabs">
          <a href={href.list()} className="tab" aria-current={view === 'list' ? 'page' : undefined}>
            <Trans>Workshops</Trans> <span className="tab-count tabular">{i18n.number(count)}</span>
          </a>
          <a href={href.trash()} className="tab" aria-current={view === 'trash' ? 'page' : undefined}>
            <Trans>Trash</Trans> <span className="tab-count tabular">{i18n.number(trashCount)}</span>
          </a>
        </nav>
      </AppBar>
      <main id="main" tabIndex={-1} className="page">
        <div className="page-header">
          <div>
            <ScreenHeading className="page-title">{view === 'list' ? <Trans>Workshops</Trans> : <Trans>Trash</Trans>}</ScreenHeading>
            <p className="page-subtitle">
              {view === 'list' ? (
                <Trans>Plan the session, run it on the projector, send the outcomes to leadership.</Trans>
              ) : (
                <Trans>Workshops you moved to the trash. Restore one to plan or run it again.</Trans>
              )}
            </p>
          </div>
          {view === 'list' && !empty ? (
            <div className="page-actions">
              <Button onClick={addSample} busy={sampleBusy}>
                <Trans>Add the sample workshop</Trans>
              </Button>
              <ImportSeriesButton />
              <NewFromTemplateButton />
              <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>
                <Trans>New workshop</Trans>
              </Button>
            </div>
          ) : view === 'list' && empty ? (
            <div className="page-actions">
              <ImportSeriesButton />
              <NewFromTemplateButton />
            </div>
          ) : null}
        </div>

        {view === 'list' && status === 'error' ? (
          <div className="callout callout-error" role="alert">
            <Trans>Couldn’t load your workshops: {error}</Trans>{' '}
            <Button size="sm" onClick={() => void loadWorkshops()}>
              <Trans>Try again</Trans>
            </Button>
          </div>
        ) : null}

        {view === 'list' ? (
          empty ? (
            <EmptyWorkshops onSample={addSample} sampleBusy={sampleBusy} onNew={() => setCreating(true)} />
          ) : status === 'ready' ? (
            <>
              <SeriesTimelines />
              <WorkshopTable />
            </>
          ) : status === 'loading' || status === 'idle' ? (
            <p className="loading" role="status">
              <Trans>Loading workshops…</Trans>
            </p>
          ) : null
        ) : (
          <TrashTable />
        )}
      </main>
      {creating ? <NewWorkshopDialog onCreate={create} onClose={() => setCreating(false)} /> : null}
    </>
  );
}
