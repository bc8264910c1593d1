import { useEffect, useMemo, useState } from 'react';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { AppBar } from '../../app/AppBar';
import { href } from '../../app/router';
import { useApp, useAppStore } from '../../app/store-context';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/Dialog';
import { Icon } from '../../../ui/Icon';
import { ScreenHeading } from '../../../ui/focus-rule';
import { durationShort } from '../../i18n/format';
import { ConsoleAgenda } from './ConsoleAgenda';
import { ConsoleAnnouncer } from './ConsoleAnnouncer';
import { ConsoleStage } from './ConsoleStage';
import { ProjectorThumbnail } from './ProjectorThumbnail';
import { RespondentsPanel } from './RespondentsPanel';
import { StartOrEnd } from './StartOrEnd';
import { RoomControl } from './RoomControl';
import { RoomPrivacyPanel } from './RoomPrivacyPanel';
import { ShortcutsDialog } from './ShortcutsDialog';
import { shortcutFor } from './shortcuts';
import { useServerNow } from './use-now';
import { openPresenter } from './open-presenter';
import './console.css';
import { findDefinition } from '../../../activities/registry';

/** The facilitator's console: drives the room from the laptop while the projector shows the presenter view. */
export function RunConsoleScreen({ workshopId }: { workshopId: string }) {
  const store = useAppStore();
  const view = useApp((s) => s.runView);
  const now = useServerNow(view.clockOffsetMs);
  const [help, setHelp] = useState(false);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const { t, i18n } = useLingui();

  useEffect(() => {
    void store.getState().openRun(workshopId);
    return () => store.getState().closeRun();
  }, [store, workshopId]);

  const { detail, run } = view;
  const current = detail?.activities.find((a) => a.id === run?.currentActivityId);
  const currentState = run?.activities.find((a) => a.activityId === current?.id);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (help || confirmEnd) return;
      const action = shortcutFor(e);
      if (!action) return;
      const s = store.getState();
      const state = s.runView.run;
      const active = state?.currentActivityId;
      if (action === 'help') setHelp(true);
      else if (state?.status !== 'running') return;
      else if (action === 'pageNext' || action === 'pagePrevious') {
        // Only while the projector has pages to turn: otherwise the keys scroll the console as usual.
        if ((state.projector.pages ?? 1) < 2) return;
        void s.pageProjector(action === 'pageNext' ? 1 : -1);
      } else if (action === 'next') void s.goNext();
      else if (action === 'previous') void s.goPrevious();
      else if (action === 'timer') void s.timer('toggle');
      else if (active) {
        const a = state.activities.find((x) => x.activityId === active);
        if (action === 'reveal') void s.setRevealed(active, !a?.revealed);
        if (action === 'lock') void s.setLocked(active, !a?.locked);
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, help, confirmEnd]);

  const index = detail && current ? detail.activities.indexOf(current) : -1;
  // The side panels do not show the clock: not drawn again on its ticks (4 a second).
  const currentResults = current ? view.results[current.id] : undefined;
  const side = useMemo(
    () =>
      detail ? (
        <aside className="console-side" aria-label={t`The room`}>
          <ProjectorThumbnail />
          {/* Who answered: only where there is something to answer (not on a slide, a break or the review). */}
          {current && findDefinition(current.kind)?.interactive ? <RespondentsPanel participants={detail.participants} results={currentResults} /> : null}
          <RoomControl />
          <RoomPrivacyPanel workshopId={workshopId} participants={detail.participants} />
        </aside>
      ) : null,
    [detail, current, currentResults, workshopId, t],
  );
  const total = detail?.activities.reduce((sum, a) => sum + a.minutes, 0) ?? 0;
  const activityCount = detail?.activities.length ?? 0;
  const peopleCount = detail?.participants.length ?? 0;

  return (
    <ConsoleAnnouncer>
      <AppBar
        end={
          <div className="console-bar-actions">
            <Button size="sm" variant="ghost" icon="keyboard" onClick={() => setHelp(true)} aria-keyshortcuts="?">
              <Trans>Shortcuts</Trans>
            </Button>
            <Button size="sm" icon="users" onClick={() => window.open(href.participate(workshopId), '_blank', 'noopener')}>
              <Trans>Answer in the room</Trans>
            </Button>
            <Button size="sm" icon="monitor" onClick={() => void openPresenter(store, workshopId)}>
              <Trans>Open presenter view</Trans>
            </Button>
            <a className="btn btn-secondary btn-sm" href={href.export(workshopId)}>
              <Icon name="down" />
              <span>
                <Trans>Export</Trans>
              </span>
            </a>
          </div>
        }
      >
        <nav aria-label={t`Breadcrumb`} className="breadcrumb">
          <a href={href.planner(workshopId)} className="back-link">
            <Icon name="back" />
            <Trans>Planner</Trans>
          </a>
        </nav>
      </AppBar>
      <main id="main" tabIndex={-1} className="page page-console">
        {view.status === 'error' ? (
          <>
            <ScreenHeading className="page-title">
              <Trans>Couldn’t open this workshop</Trans>
            </ScreenHeading>
            <div className="callout callout-error" role="alert">
              {view.error}
            </div>
          </>
        ) : !detail || !run ? (
          <p className="console-hint" role="status">
            <Trans>Loading…</Trans>
          </p>
        ) : (
          <>
            <div className="console-header">
              <ScreenHeading className="console-title">{detail.workshop.title}</ScreenHeading>
              <span className={`status-chip status-${run.status}`}>
                {run.status === 'idle' ? <Trans>Not started</Trans> : run.status === 'running' ? <Trans>Live</Trans> : <Trans>Ended</Trans>}
              </span>
              {run.status === 'running' ? (
                <Button variant="ghost" size="sm" icon="flag" onClick={() => setConfirmEnd(true)} className="console-end">
                  <Trans>End workshop</Trans>
                </Button>
              ) : null}
            </div>
            <div className="console-grid">
              <ConsoleAgenda activities={detail.activities} run={run} now={now} onJump={(id) => void store.getState().goTo(id)} />
              <div className="console-main">
                {run.status !== 'running' ? (
                  <StartOrEnd
                    workshopId={workshopId}
                    ended={run.status === 'ended'}
                    summary={
                      <>
                        <Plural value={activityCount} one="# activity" other="# activities" /> · {durationShort(i18n, total)} ·{' '}
                        <Plural value={peopleCount} one="# person on the list." other="# people on the list." />
                      </>
                    }
                    canStart={detail.activities.length > 0}
                  />
                ) : null}
                {current && currentState ? (
                  <ConsoleStage
                    key={current.id}
                    activity={current}
                    state={currentState}
                    results={view.results[current.id]}
                    participants={detail.participants}
                    actionItems={detail.actionItems}
                    projector={run.projector}
                    now={now}
                    isFirst={index === 0}
                    isLast={index === detail.activities.length - 1}
                  />
                ) : null}
              </div>
              {side}
            </div>
          </>
        )}
      </main>
      {help ? <ShortcutsDialog onClose={() => setHelp(false)} /> : null}
      {confirmEnd ? (
        <ConfirmDialog
          title={t`End the workshop?`}
          message={t`The projector shows a thank-you screen and phones can no longer answer. All answers stay saved for the report.`}
          confirmLabel={t`End workshop`}
          onConfirm={() => {
            setConfirmEnd(false);
            void store.getState().endRun();
          }}
          onCancel={() => setConfirmEnd(false)}
        />
      ) : null}
    </ConsoleAnnouncer>
  );
}
