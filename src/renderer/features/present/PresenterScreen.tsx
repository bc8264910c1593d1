import { useEffect, useMemo, type ReactNode } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { RoomI18n } from '../../i18n/RoomI18n';
import { htmlLang, roomLocale } from '../../i18n/interface-language';
import { useApp, useAppStore } from '../../app/store-context';
import { ProjectorPageContext } from '../../../activities/kit/views/projector-page';
import { viewsFor } from '../../../activities/views';
import type { Activity } from '../../../shared/domain';
import type { RoomInfo } from '../../../shared/room';
import { JoinPanel } from '../../components/run/JoinPanel';
import { TimerDisplay } from '../../components/run/TimerDisplay';
import { FullscreenButton } from './FullscreenButton';
import { presenterStage, type PresenterStage, type StageBrand } from './presenter-model';
import { ProjectorBrand } from './ProjectorBrand';
import { useBodyClass } from '../../components/run/use-body-class';
import { usePresenterPaging } from './presenter-paging';
import { useScreenFocusTarget } from '../../../ui/focus-rule';
import './present.css';

/**
 * The presenter window speaks the workshop's language (RoomI18n), whatever the facilitator's
 * interface language is: it is the room's screen. `?room=pseudo` in the address shows it in the
 * pseudo-locale for the layout checks.
 */
export function PresenterScreen({ workshopId }: { workshopId: string }) {
  const language = useApp((s) => (s.runView.workshopId === workshopId ? s.runView.detail?.workshop.language : undefined));
  const locale = roomLocale(language ?? 'en');
  useEffect(() => {
    document.documentElement.lang = htmlLang(locale);
  }, [locale]);
  return (
    <RoomI18n locale={locale}>
      <Presenter workshopId={workshopId} />
    </RoomI18n>
  );
}

/**
 * The projector: one thing at a time, huge type, dark. Shows the current
 * activity, its timer, how many have answered and (once revealed) the
 * results. Never names, never the facilitator's notes.
 */
function Presenter({ workshopId }: { workshopId: string }) {
  const { t } = useLingui();
  const openRun = useApp((s) => s.openRun);
  const runView = useApp((s) => s.runView);
  const store = useAppStore();
  useBodyClass('cg-presenter-page');
  // A projector canvas whose headings change with the run: the focus rule's target is the main region.
  const focusTarget = useScreenFocusTarget<HTMLElement>();

  useEffect(() => {
    void openRun(workshopId);
  }, [workshopId, openRun]);

  const mine = runView.workshopId === workshopId;
  const stage = useMemo(
    () =>
      mine
        ? presenterStage({
            status: runView.status,
            error: runView.error,
            detail: runView.detail,
            run: runView.run,
            results: runView.results,
            trends: runView.trends,
          })
        : ({ kind: 'loading' } as const),
    [mine, runView.status, runView.error, runView.detail, runView.run, runView.results, runView.trends],
  );
  const room = mine ? runView.room : null;
  const paging = usePresenterPaging(store, mine ? runView.run : null);
  const workshopTitle = mine ? runView.detail?.workshop.title : undefined;

  useEffect(() => {
    document.title = workshopTitle ? t`${workshopTitle} · Presenter · Common Ground` : t`Presenter · Common Ground`;
  }, [workshopTitle, t]);

  return (
    <div className={`present present-${stage.kind}`} data-stage={stage.kind}>
      <main id="main" tabIndex={-1} className="present-main" ref={focusTarget} data-testid="presenter-main">
        <ProjectorPageContext.Provider value={paging}>
          <Stage stage={stage} room={room} clockOffsetMs={runView.clockOffsetMs} />
        </ProjectorPageContext.Provider>
      </main>
      {stage.kind === 'activity' ? null : <FullscreenButton className="present-fullscreen-corner" />}
    </div>
  );
}

/** What the projector shows for a stage (also drawn small in the console's “On the projector” thumbnail). */
export function Stage({ stage, room, clockOffsetMs }: { stage: PresenterStage; room: RoomInfo | null; clockOffsetMs: number }) {
  switch (stage.kind) {
    case 'loading':
      return (
        <div className="present-center">
          <p className="present-lead" role="status">
            <Trans>Loading…</Trans>
          </p>
        </div>
      );
    case 'error':
      return (
        <div className="present-center">
          <h1 className="present-title">
            <Trans>This workshop could not be shown</Trans>
          </h1>
          <p className="present-lead" role="alert">
            {stage.message || <Trans>This workshop could not be loaded.</Trans>}
          </p>
        </div>
      );
    case 'notStarted':
      return <Welcome kicker={<Trans>Starting soon</Trans>} title={stage.title} room={room} brand={stage.brand} />;
    case 'between':
      return <Welcome kicker={<Trans>Back in a moment</Trans>} title={stage.title} room={room} brand={stage.brand} />;
    case 'ended':
      return (
        <div className="present-center present-ended">
          <ProjectorBrand brand={stage.brand} />
          <p className="present-kicker">{stage.title}</p>
          <h1 className="present-hero">
            <Trans>Thank you</Trans>
          </h1>
          <p className="present-lead">
            <WhatNext facilitator={stage.facilitator} />
          </p>
        </div>
      );
    case 'activity':
      return <ActivityStage stage={stage} room={room} clockOffsetMs={clockOffsetMs} />;
  }
}

/** The closing promise, naming the facilitator when the workshop says who it is. */
function WhatNext({ facilitator }: { facilitator: string }) {
  return facilitator ? (
    <Trans>What happens next: {facilitator} will send everyone a short summary of what we agreed, who owns each action and by when.</Trans>
  ) : (
    <Trans>What happens next: the facilitator will send everyone a short summary of what we agreed, who owns each action and by when.</Trans>
  );
}

function Welcome({ kicker, title, room, brand }: { kicker: ReactNode; title: string; room: RoomInfo | null; brand: StageBrand }) {
  return (
    <div className={`present-welcome${room ? ' present-welcome-room' : ''}`}>
      <div className="present-welcome-text">
        <ProjectorBrand brand={brand} />
        <p className="present-kicker">{kicker}</p>
        <h1 className="present-hero">{title}</h1>
        {room ? (
          <p className="present-lead">
            <Trans>Get your phone ready: you will vote and sort cards from it.</Trans>
          </p>
        ) : null}
      </div>
      {room ? <JoinPanel room={room} variant="full" /> : null}
    </div>
  );
}

/** A copy without the facilitator's private notes: the views never need them on a projector. */
const publicActivity = (a: Activity): Activity => ({ ...a, notes: '' });

function ActivityStage({ stage, room, clockOffsetMs }: { stage: Extract<PresenterStage, { kind: 'activity' }>; room: RoomInfo | null; clockOffsetMs: number }) {
  const { t, i18n } = useLingui();
  const responded = i18n.number(stage.responded);
  const rosterSize = i18n.number(stage.rosterSize);
  const position = i18n.number(stage.index + 1);
  const count = i18n.number(stage.count);
  const views = viewsFor(stage.activity.kind);
  const activity = publicActivity(stage.activity);
  const Presenter = views?.Presenter;
  const Results = views?.Results;
  const showCorner = Boolean(room && stage.interactive && !stage.revealed);
  // Results need the whole screen: no count (the results say n) and no timer unless it is running.
  const showTimer = !stage.revealed || Boolean(stage.state?.timer.runningSince);
  const showProgress = stage.interactive && !stage.revealed;
  const progress = showProgress ? (
    <p className="present-progress" data-testid="responded">
      <Trans>
        <strong>{responded}</strong> of {rosterSize} responded
      </Trans>
    </p>
  ) : null;

  return (
    // With the room open the way in sits in the header beside the timer, and the count under the title:
    // no footer band, so the activity keeps the screen's height (issue #13).
    <div className={`present-activity${stage.revealed ? ' present-activity-revealed' : ''}${showCorner ? ' present-activity-room' : ''}`}>
      <header className="present-head">
        <div className="present-head-text">
          <p className="present-kicker">
            {stage.revealed ? (
              <Trans>Results</Trans>
            ) : (
              <Trans>
                {position} of {count}
              </Trans>
            )}
          </p>
          <h1 className="present-title">{stage.activity.title}</h1>
          {showCorner ? progress : null}
        </div>
        <div className="present-head-side">
          {showCorner && room ? <JoinPanel room={room} variant="compact" className="present-corner-join" /> : null}
          <FullscreenButton />
          {showTimer ? (
            <TimerDisplay key={stage.activity.id} timer={stage.state?.timer} clockOffsetMs={clockOffsetMs} tone="projector" className="present-timer" />
          ) : null}
        </div>
      </header>
      <section className="present-body" aria-label={stage.revealed ? t`Results` : t`Activity`} tabIndex={0}>
        {stage.revealed && Results ? (
          stage.results ? (
            <Results
              activity={activity}
              config={activity.config}
              results={stage.results}
              surface="projector"
              board={stage.state?.board}
              actionItems={stage.actionItems}
              {...(stage.trends ? { trends: stage.trends } : {})}
            />
          ) : (
            <p className="present-lead" role="status">
              <Trans>Loading the results…</Trans>
            </p>
          )
        ) : Presenter ? (
          <Presenter activity={activity} config={activity.config} board={stage.state?.board} {...(stage.trends ? { trends: stage.trends } : {})} />
        ) : (
          <p className="present-lead">{stage.activity.title}</p>
        )}
      </section>
      {progress && !showCorner ? <footer className="present-foot">{progress}</footer> : null}
    </div>
  );
}
