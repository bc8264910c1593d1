import type { ActivityResults } from '../../../shared/api/contract';
import type { Activity, WorkshopDetail } from '../../../shared/domain';
import type { ActivityRunState, RunState } from '../../../shared/run';
import { viewsFor } from '../../../activities/views';
import { findDefinition } from '../../../activities/registry';
import type { LogoInfo } from '../../../shared/branding';
import type { SeriesTrends } from '../../../shared/trends';

/** The workshop's branding as the projector shows it (the logo's picture is fetched by its hash). */
export interface StageBrand {
  workshopId: string;
  clientName: string;
  accent: string | null;
  logo: LogoInfo | null;
}

export type PresenterStage =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'notStarted'; title: string; brand: StageBrand }
  | { kind: 'between'; title: string; brand: StageBrand }
  | { kind: 'ended'; title: string; facilitator: string; brand: StageBrand }
  | {
      kind: 'activity';
      activity: Activity;
      index: number;
      count: number;
      state: ActivityRunState | undefined;
      interactive: boolean;
      revealed: boolean;
      results: ActivityResults | undefined;
      /** "12 of 18": answers so far and the size of the roster. Never names. */
      responded: number;
      rosterSize: number;
      /** Commitments the room made: shown by the commitments results. */
      actionItems: WorkshopDetail['actionItems'];
      /** Series trends (#18): earlier workshops' figures (no names), for "last time" next to "now". */
      trends?: SeriesTrends;
    };

/** What the projector shows, from the run view. Only public things leave this function. */
export function presenterStage(input: {
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  detail: WorkshopDetail | null;
  run: RunState | null;
  results: Record<string, ActivityResults>;
  trends?: SeriesTrends | null;
}): PresenterStage {
  const { detail, run } = input;
  // No message of its own: the presenter says "This workshop could not be loaded." in the room's language.
  if (input.status === 'error') return { kind: 'error', message: input.error ?? '' };
  if (!detail || !run) return { kind: 'loading' };
  const w = detail.workshop;
  const title = w.title;
  const brand: StageBrand = { workshopId: w.id, clientName: w.clientName, accent: w.accent, logo: w.logo };
  if (run.status === 'idle') return { kind: 'notStarted', title, brand };
  if (run.status === 'ended') return { kind: 'ended', title, facilitator: w.facilitator, brand };
  const index = detail.activities.findIndex((a) => a.id === run.currentActivityId);
  const activity = detail.activities[index];
  if (!activity) return { kind: 'between', title, brand };
  const state = run.activities.find((s) => s.activityId === activity.id);
  const views = viewsFor(activity.kind);
  const results = input.results[activity.id];
  return {
    kind: 'activity',
    activity,
    actionItems: detail.actionItems,
    index,
    count: detail.activities.length,
    state,
    interactive: findDefinition(activity.kind)?.interactive ?? false,
    revealed: Boolean(state?.revealed && views?.Results),
    results,
    responded: results?.respondents.length ?? 0,
    rosterSize: detail.participants.length,
    ...(input.trends ? { trends: input.trends } : {}),
  };
}
