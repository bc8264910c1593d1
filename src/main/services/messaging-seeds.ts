import type { MessagingSeedsReport, Seed } from '../../activities/messaging/seeds';
import { frictionPoints, personaPains } from '../../activities/messaging/gather';
import type { PersonaConfig } from '../../activities/persona/definition';
import type { PersonaTally } from '../../activities/persona/logic';
import type { BuyingMapConfig } from '../../activities/buyingmap/definition';
import type { BuyingMapTally } from '../../activities/buyingmap/logic';
import { getSeries, listSeriesWorkshops, workshopSeriesId } from '../db/queries/series';
import { listActivities } from '../db/queries/activities';
import type { HandlerContext, Handlers } from './context';
import { getWorkshopOrThrow } from './workshop-records';
import { i18nFor } from '../i18n';
import { withCurrentConfig } from './activities';
import { activityRun } from './run';
import { activityResults } from './responses';
import { plural } from '../../activities/kit/numbers';

// Messaging brainstorm (#18): the starting points a workshop's messaging brainstorm can bring in from the
// EARLIER workshops of its series: persona pains the room agreed on or voted for, and the buying map's
// friction points the room chose or marked most. A read: it changes nothing.

/** At most this many seeds in one answer (a messaging brainstorm holds 40). */
const MAX_SEEDS = 40;

export function messagingSeeds(ctx: HandlerContext, workshopId: string): MessagingSeedsReport {
  const i18n = i18nFor(getWorkshopOrThrow(ctx, workshopId).language); // the seeds are shown in this workshop
  const seriesId = workshopSeriesId(ctx.db, workshopId);
  const series = seriesId ? getSeries(ctx.db, seriesId) : undefined;
  if (!seriesId || !series) {
    return {
      series: null,
      earlier: 0,
      seeds: [],
      message: 'This workshop is not part of a series, so there are no earlier workshops to bring pains and friction points in from.',
    };
  }
  const timeline = listSeriesWorkshops(ctx.db, seriesId);
  const earlier = timeline.slice(
    0,
    Math.max(
      0,
      timeline.findIndex((w) => w.id === workshopId),
    ),
  );
  const quoted = `“${series.title}”`;
  if (earlier.length === 0) {
    return { series: series.title, earlier: 0, seeds: [], message: `This is the first workshop of ${quoted}: there is nothing earlier to bring in.` };
  }
  const found: Seed[] = [];
  for (const w of earlier) {
    for (const activity of listActivities(ctx.db, w.id).map(withCurrentConfig)) {
      if (activity.kind !== 'persona' && activity.kind !== 'buyingmap') continue;
      const board = activityRun(ctx, activity).board;
      const overall = activityResults(ctx, activity.id).aggregate?.overall ?? null;
      const seeds =
        activity.kind === 'persona'
          ? personaPains(activity.config as PersonaConfig, board, overall as PersonaTally | null)
          : frictionPoints(activity.config as BuyingMapConfig, board, overall as BuyingMapTally | null, i18n);
      for (const s of seeds)
        found.push({ ...s, id: `${s.source}-${found.length + 1}`, from: { workshopTitle: w.title.slice(0, 200) || 'Untitled workshop', date: w.date } });
    }
  }
  const seeds = found.slice(0, MAX_SEEDS);
  const workshops = earlier.length === 1 ? 'the earlier workshop' : `the ${earlier.length} earlier workshops`;
  if (seeds.length === 0) {
    return {
      series: series.title,
      earlier: earlier.length,
      seeds,
      message: `Nothing to bring in yet: ${workshops} of ${quoted} ${earlier.length === 1 ? 'has' : 'have'} no persona notes the room voted on and no buying-map friction points.`,
    };
  }
  const pains = seeds.filter((s) => s.source === 'persona').length;
  return {
    series: series.title,
    earlier: earlier.length,
    seeds,
    message: `Found ${plural(pains, 'persona pain')} and ${plural(seeds.length - pains, 'friction point')} in ${workshops} of ${quoted}.`,
  };
}

export const messagingSeedHandlers = {
  'messaging:seeds': ({ workshopId }, ctx) => messagingSeeds(ctx, workshopId),
} satisfies Partial<Handlers>;
