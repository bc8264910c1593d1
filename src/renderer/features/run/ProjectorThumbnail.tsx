import { useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { I18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { RoomI18n } from '../../i18n/RoomI18n';
import { htmlLang, roomLocale } from '../../i18n/interface-language';
import { useApp } from '../../app/store-context';
import { ProjectorPageContext, type ProjectorPage } from '../../../activities/kit/views/projector-page';
import { Stage } from '../present/PresenterScreen';
import { presenterStage, type PresenterStage } from '../present/presenter-model';

/** In words, in the console's language, for the panel's header (the picture itself is hidden from screen readers). */
function shows(i18n: I18n, stage: PresenterStage): string {
  switch (stage.kind) {
    case 'activity':
      return stage.revealed ? t(i18n)`Results` : stage.interactive ? t(i18n)`Answering` : t(i18n)`Activity`;
    case 'notStarted':
      return t(i18n)`Welcome`;
    case 'between':
      return t(i18n)`Back in a moment`;
    case 'ended':
      return t(i18n)`Thank you`;
    default:
      return '';
  }
}

/**
 * "On the projector": the presenter view itself, drawn at the console's own
 * screen size (so its vw-based type keeps its proportions) and scaled down to
 * the panel. Hidden from assistive technology and inert: it is a picture of
 * the projector, not a second set of controls.
 */
export function ProjectorThumbnail() {
  const runView = useApp((s) => s.runView);
  const { i18n } = useLingui();
  // The picture is what the room sees, so it speaks the workshop's language; the panel around it speaks the console's.
  const language = roomLocale(runView.detail?.workshop.language ?? 'en');
  const stage = useMemo(
    () =>
      presenterStage({
        status: runView.status,
        error: runView.error,
        detail: runView.detail,
        run: runView.run,
        results: runView.results,
        trends: runView.trends,
      }),
    [runView.status, runView.error, runView.detail, runView.run, runView.results, runView.trends],
  );
  // The projector's page, only shown: the picture neither measures for the room nor takes the console's keys.
  const page = runView.run?.projector.page ?? 1;
  const shared = useMemo<ProjectorPage>(() => ({ page }), [page]);
  // Drawn again only when what the projector shows changes (not when the console's own controls do),
  // and after the console has answered the click: the picture is a second copy of the presenter.
  const shown = useDeferredValue(stage);
  const picture = useMemo(
    () => (
      <RoomI18n locale={language}>
        <ProjectorPageContext.Provider value={shared}>
          <Stage stage={shown} room={runView.room} clockOffsetMs={runView.clockOffsetMs} />
        </ProjectorPageContext.Provider>
      </RoomI18n>
    ),
    [shown, runView.room, runView.clockOffsetMs, shared, language],
  );
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.2);

  useLayoutEffect(() => {
    const el = frame.current;
    if (!el) return;
    const fit = () => setScale(el.clientWidth / Math.max(1, window.innerWidth));
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    window.addEventListener('resize', fit);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', fit);
    };
  }, []);

  // React 19 passes `inert` through; set it here too so older typings and the DOM agree.
  useLayoutEffect(() => {
    if (canvas.current) canvas.current.inert = true;
  }, []);

  return (
    <section className="panel console-projector" aria-labelledby="projector-heading">
      <div className="panel-header">
        <h2 id="projector-heading" className="panel-title">
          <Trans>On the projector</Trans>
        </h2>
        <span className="console-hint">{shows(i18n, stage)}</span>
      </div>
      <div className="projector-frame" ref={frame}>
        <div className="projector-canvas" ref={canvas} data-testid="projector-thumbnail" aria-hidden="true" style={{ transform: `scale(${scale})` }}>
          <div className={`present present-${shown.kind}`} data-stage={shown.kind} lang={htmlLang(language)}>
            <div className="present-main">{picture}</div>
          </div>
        </div>
      </div>
    </section>
  );
}
