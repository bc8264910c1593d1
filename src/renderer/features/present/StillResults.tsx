import { useMemo } from 'react';
import { I18nProvider } from '@lingui/react';
import { Trans, useLingui } from '@lingui/react/macro';
import { roomI18n, type RendererLocale } from '../../i18n/catalogs';
import type { ActivityResults } from '../../../shared/api/contract';
import type { ActionItem, Activity } from '../../../shared/domain';
import { viewsFor } from '../../../activities/views';
import { ProjectorPageContext, type ProjectorPage } from '../../../activities/kit/views/projector-page';
import './present.css';
import './still.css';

export type StillBackground = 'white' | 'dark';

export interface StillResultsProps {
  workshopTitle: string;
  activity: Activity;
  results: ActivityResults;
  /** The facilitator's board, as the projector gets it (what is on screen, agreed notes...). */
  board?: unknown;
  actionItems?: readonly ActionItem[];
  background: StillBackground;
  /** Which projector page of a long result, from 1 (each paged list clamps it to the pages it has). */
  page: number;
  /** What the room sees speaks the workshop's language (its catalog loaded before drawing; English until it is). */
  language?: RendererLocale;
}

/**
 * One activity's results as the projector draws them, as a still picture for slides: the
 * presenter's own results view (surface "projector": no names, team splits only above the
 * anonymity threshold, never the facilitator's notes), under the activity's title, on white
 * or dark. No timer, no join panel, no full-screen button, no keys: it is drawn once, at
 * 1920×1080, into an offscreen frame and rasterised (see run/results-image.ts).
 */
export function StillResults({ language = 'en', ...props }: StillResultsProps) {
  // Drawn into a root of its own (an offscreen frame): it brings its own provider.
  return (
    <I18nProvider i18n={roomI18n(language) ?? roomI18n('en')!}>
      <Still {...props} />
    </I18nProvider>
  );
}

function Still({ workshopTitle, activity, results, board, actionItems, background, page }: Omit<StillResultsProps, 'language'>) {
  const { t } = useLingui();
  const Results = viewsFor(activity.kind)?.Results;
  // The same copy the projector gets: without the private notes.
  const shown = useMemo(() => ({ ...activity, notes: '' }), [activity]);
  // The page only: without `presenter` a paged list neither reports to the room nor takes keys.
  const paging = useMemo<ProjectorPage>(() => ({ page }), [page]);
  return (
    <div className={`present present-still cg-still-${background}`} data-stage="activity" data-still-background={background}>
      <div className="present-main">
        <div className="present-activity present-activity-revealed">
          <header className="present-head">
            <div className="present-head-text">
              <p className="present-kicker">{workshopTitle ? t`Results · ${workshopTitle}` : t`Results`}</p>
              <h1 className="present-title">{activity.title}</h1>
            </div>
          </header>
          <section className="present-body" aria-label={t`Results`}>
            <ProjectorPageContext.Provider value={paging}>
              {Results ? (
                <Results activity={shown} config={shown.config} results={results} surface="projector" board={board} actionItems={actionItems} />
              ) : (
                <p className="present-lead">
                  <Trans>This activity has no results to show.</Trans>
                </p>
              )}
            </ProjectorPageContext.Provider>
          </section>
        </div>
      </div>
    </div>
  );
}
