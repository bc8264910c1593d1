import type { I18n } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import type { SeriesTrends, TrendWorkshop } from '../../shared/trends';
import { workshopName } from '../room-dates';

// The follow-through of each earlier workshop of the series, under the review's headline on the projector and in
// the console (issue #18): "ACME kickoff (3 Mar): 7 of 11 done", in the room's language. From the series trends
// (trends.followThrough), so it says what the report and the series page say. Pure.

/** At most this many earlier workshops (the latest): the projector keeps it to a line or two. */
export const FOLLOW_THROUGH_SHOWN = 4;

export interface FollowThroughLine {
  workshop: TrendWorkshop;
  /** "ACME kickoff (3 Mar)" */
  where: string;
  /** "7 of 11 done" */
  done: string;
}

/**
 * The workshops before `workshopId` in its series that made commitments, the latest `max`, in series order, and how
 * many earlier ones were left out. Nothing when the workshop is in no series (no trends), the first of it, or the
 * trends carry no follow-through.
 */
export function earlierFollowThrough(
  i18n: I18n,
  trends: SeriesTrends | null | undefined,
  workshopId: string,
  max = FOLLOW_THROUGH_SHOWN,
): { lines: FollowThroughLine[]; left: number } {
  const at = trends ? trends.workshops.findIndex((w) => w.id === workshopId) : -1;
  if (!trends || at < 0) return { lines: [], left: 0 };
  const all = trends.workshops.slice(0, at).flatMap((workshop): FollowThroughLine[] => {
    const point = trends.followThrough?.find((f) => f.workshopId === workshop.id);
    if (!point || point.made === 0) return [];
    const { done, made } = point;
    return [{ workshop, where: workshopName(i18n, workshop), done: i18n._(msg`${done} of ${made} done`) }];
  });
  const lines = all.slice(-max);
  return { lines, left: all.length - lines.length };
}

/** "and 2 earlier workshops", for what the list leaves out. */
export const leftWords = (i18n: I18n, left: number): string => i18n._(msg`and ${plural(left, { one: '# earlier workshop', other: '# earlier workshops' })}`);
