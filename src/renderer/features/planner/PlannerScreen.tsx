import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect } from 'react';
import { AppBar } from '../../app/AppBar';
import { href } from '../../app/router';
import { useApp } from '../../app/store-context';
import { AutoTextField } from '../../components/AutoField';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { Icon } from '../../../ui/Icon';
import { SaveIndicator } from '../../components/SaveIndicator';
import { ScreenHeading } from '../../../ui/focus-rule';
import { ActivityLibrary } from './ActivityLibrary';
import { AgendaPanel } from './AgendaPanel';
import { DetailsPanel } from './DetailsPanel';
import { SaveAsTemplateButton } from '../workshops/TemplateDialogs';
import { RosterPanel } from './RosterPanel';
import { STATUS_NAME } from './words';
import './planner.css';

export function PlannerScreen({ workshopId }: { workshopId: string }) {
  const openWorkshop = useApp((s) => s.openWorkshop);
  const closeWorkshop = useApp((s) => s.closeWorkshop);
  const status = useApp((s) => s.planner.status);
  const error = useApp((s) => s.planner.error);
  const workshop = useApp((s) => s.planner.detail?.workshop);
  const titleError = useApp((s) => s.planner.fieldErrors['workshop.title']);
  const updateWorkshop = useApp((s) => s.updateWorkshop);
  const restoreWorkshop = useApp((s) => s.restoreWorkshop);
  const { t, i18n } = useLingui();

  useEffect(() => {
    void openWorkshop(workshopId);
    return () => closeWorkshop();
  }, [workshopId, openWorkshop, closeWorkshop]);

  useEffect(() => {
    if (workshop?.title) document.title = `${workshop.title} · Common Ground`;
  }, [workshop?.title]);

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
      <main id="main" tabIndex={-1} className="page page-planner">
        {workshop ? (
          <>
            {workshop.deletedAt ? (
              <div className="callout callout-warning" role="status">
                <Icon name="trash" />
                <span>
                  <Trans>This workshop is in the trash. Changes are still saved.</Trans>
                </span>
                <Button size="sm" onClick={() => void restoreWorkshop(workshop.id).then(() => openWorkshop(workshop.id))}>
                  <Trans>Restore it</Trans>
                </Button>
              </div>
            ) : null}
            <div className="planner-header">
              <ScreenHeading className="visually-hidden">{workshop.title}</ScreenHeading>
              <AutoTextField
                label={t`Workshop title`}
                hideLabel
                value={workshop.title}
                onCommit={(title) => updateWorkshop({ title })}
                error={titleError}
                className="input-quiet title-input"
                fieldClassName="title-field"
                maxLength={200}
                autoComplete="off"
              />
              <span className={`status-chip status-${workshop.status}`}>{i18n._(STATUS_NAME[workshop.status])}</span>
              <SaveAsTemplateButton workshopId={workshop.id} title={workshop.title} />
              <a className="btn btn-secondary btn-md" href={href.export(workshop.id)}>
                <Icon name="down" />
                <span>
                  <Trans>Export</Trans>
                </span>
              </a>
              <a className="btn btn-primary btn-md planner-run" href={href.run(workshop.id)}>
                <Icon name="play" />
                {workshop.status === 'running' ? <Trans>Back to the live workshop</Trans> : <Trans>Run workshop</Trans>}
              </a>
            </div>
            <div className="planner-grid">
              <div className="planner-side">
                <DetailsPanel />
                <RosterPanel />
              </div>
              <AgendaPanel />
              <ActivityLibrary />
            </div>
          </>
        ) : status === 'missing' ? (
          <>
            <ScreenHeading className="visually-hidden">
              <Trans>Workshop not found</Trans>
            </ScreenHeading>
            <EmptyState
              title={t`This workshop no longer exists`}
              actions={
                <a href={href.list()}>
                  <Trans>Back to your workshops</Trans>
                </a>
              }
            >
              <p>
                <Trans>It may have been deleted in another window.</Trans>
              </p>
            </EmptyState>
          </>
        ) : status === 'error' ? (
          <>
            <ScreenHeading className="visually-hidden">
              <Trans>Couldn’t open the workshop</Trans>
            </ScreenHeading>
            <div className="callout callout-error" role="alert">
              <Trans>Couldn’t open the workshop: {error}</Trans>{' '}
              <Button size="sm" onClick={() => void openWorkshop(workshopId)}>
                <Trans>Try again</Trans>
              </Button>
            </div>
          </>
        ) : (
          <p className="loading" role="status">
            <Trans>Opening the workshop…</Trans>
          </p>
        )}
      </main>
    </>
  );
}
