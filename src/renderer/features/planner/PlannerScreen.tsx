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
import { STATUS_LABEL } from '../workshops/format';
import { ActivityLibrary } from './ActivityLibrary';
import { AgendaPanel } from './AgendaPanel';
import { DetailsPanel } from './DetailsPanel';
import { SaveAsTemplateButton } from '../workshops/TemplateDialogs';
import { RosterPanel } from './RosterPanel';
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
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <a href={href.list()} className="back-link">
            <Icon name="back" />
            Workshops
          </a>
        </nav>
      </AppBar>
      <main id="main" tabIndex={-1} className="page page-planner">
        {workshop ? (
          <>
            {workshop.deletedAt ? (
              <div className="callout callout-warning" role="status">
                <Icon name="trash" />
                <span>This workshop is in the trash. Changes are still saved.</span>
                <Button size="sm" onClick={() => void restoreWorkshop(workshop.id).then(() => openWorkshop(workshop.id))}>
                  Restore it
                </Button>
              </div>
            ) : null}
            <div className="planner-header">
              <ScreenHeading className="visually-hidden">{workshop.title}</ScreenHeading>
              <AutoTextField
                label="Workshop title"
                hideLabel
                value={workshop.title}
                onCommit={(title) => updateWorkshop({ title })}
                error={titleError}
                className="input-quiet title-input"
                fieldClassName="title-field"
                maxLength={200}
                autoComplete="off"
              />
              <span className={`status-chip status-${workshop.status}`}>{STATUS_LABEL[workshop.status]}</span>
              <SaveAsTemplateButton workshopId={workshop.id} title={workshop.title} />
              <a className="btn btn-secondary btn-md" href={href.export(workshop.id)}>
                <Icon name="down" />
                <span>Export</span>
              </a>
              <a className="btn btn-primary btn-md planner-run" href={href.run(workshop.id)}>
                <Icon name="play" />
                {workshop.status === 'running' ? 'Back to the live workshop' : 'Run workshop'}
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
            <ScreenHeading className="visually-hidden">Workshop not found</ScreenHeading>
            <EmptyState title="This workshop no longer exists" actions={<a href={href.list()}>Back to your workshops</a>}>
              <p>It may have been deleted in another window.</p>
            </EmptyState>
          </>
        ) : status === 'error' ? (
          <>
            <ScreenHeading className="visually-hidden">Couldn’t open the workshop</ScreenHeading>
            <div className="callout callout-error" role="alert">
              Couldn’t open the workshop: {error}{' '}
              <Button size="sm" onClick={() => void openWorkshop(workshopId)}>
                Try again
              </Button>
            </div>
          </>
        ) : (
          <p className="loading" role="status">
            Opening the workshop…
          </p>
        )}
      </main>
    </>
  );
}
