import type { SeriesTrends } from '../../shared/trends';
import type { Activity } from '../../shared/domain';
import type { StoredResponse } from '../../activities/types';
import type { PulseConfig } from '../../activities/pulse/definition';
import type { PulseValue } from '../../activities/pulse/logic';
import type { LeadSortConfig } from '../../activities/leadsort/definition';
import type { PlacementValue } from '../../activities/cardsort/logic';
import { pulseGapTrends } from '../../activities/pulse/gap-trend';
import { leadCardTrends } from '../../activities/leadsort/divergence-trend';
import * as q from '../db/queries/series';
import { listActivities } from '../db/queries/activities';
import { listResponses } from '../db/queries/responses';
import type { HandlerContext, Handlers } from './context';
import { getWorkshopOrThrow } from './workshop-records';
import { withCurrentConfig } from './activities';
import { seriesOrThrow } from './series';
import { seriesFollowThrough } from './review';

// Trends across a series (issue #18): the pulse gap per statement, the lead-card divergence and the follow-through
// of commitments (what the later reviews marked), workshop after workshop. Asked for a workshop, the trends run up to and including it (what was known at its
// time: its report and projector never show a later workshop); asked for a series, they cover all of it.
// A workshop in no series (or in the trash) has no trends (null), which is not an error: the projector asks for every workshop.

type Answers<V> = StoredResponse<V>[];

/** The trends for a series or, given a workshop, for its series up to and including it; null for a workshop in no series. */
export function seriesTrends(ctx: HandlerContext, input: { seriesId: string } | { workshopId: string }): SeriesTrends | null {
  let seriesId: string;
  let upTo: string | null = null;
  if ('workshopId' in input) {
    getWorkshopOrThrow(ctx, input.workshopId);
    const found = q.workshopSeriesId(ctx.db, input.workshopId);
    if (!found) return null;
    seriesId = found;
    upTo = input.workshopId;
  } else {
    seriesId = input.seriesId;
  }
  const series = seriesOrThrow(ctx, seriesId);
  let listed = series.workshops;
  if (upTo) {
    const at = listed.findIndex((w) => w.id === upTo);
    if (at < 0) return null; // in the trash: off its series' timeline until restored
    listed = listed.slice(0, at + 1);
  }
  const loaded = listed.map((w) => {
    const threshold = getWorkshopOrThrow(ctx, w.id).anonymityThreshold;
    const activities = listActivities(ctx.db, w.id).map(withCurrentConfig);
    const of = <C, V>(kind: string) =>
      activities.filter((a: Activity) => a.kind === kind).map((a) => ({ config: a.config as C, responses: listResponses(ctx.db, a.id) as Answers<V> }));
    return { workshopId: w.id, threshold, pulses: of<PulseConfig, PulseValue>('pulse'), sorts: of<LeadSortConfig, PlacementValue>('leadsort') };
  });
  return {
    series: { id: series.id, title: series.title },
    workshops: listed.map((w) => ({ id: w.id, title: w.title, date: w.date })),
    pulse: pulseGapTrends(loaded),
    leadCards: leadCardTrends(loaded),
    followThrough: seriesFollowThrough(ctx, listed),
  };
}

export const trendsHandlers = {
  'series:trends': (input, ctx) => seriesTrends(ctx, input),
} satisfies Partial<Handlers>;
