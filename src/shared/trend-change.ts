import { pointBefore, type Direction, type SeriesTrends, type TrendWorkshop } from './trends';

// "Last time" next to "now" for one figure of a workshop in a series (issue #18): the pulse gap of a statement,
// how far apart the teams sorted a lead card. Shared by the engines' results views, so the projector and the
// console say it the same way everywhere: in words, an arrow only for the eye. Pure.

export interface TrendChange {
  /** 'hidden-then': there was no figure last time (a split was hidden, or a team did not answer); 'unknown-now': none now. */
  way: Direction | 'hidden-then' | 'unknown-now';
  /** "↓": decoration beside the words, never the only sign. Empty when there is no direction. */
  arrow: string;
  text: string;
  /** The earlier workshop compared with. */
  then: TrendWorkshop;
}

/** The latest of `points` from a workshop before `workshopId` in the series, with that workshop; null when there is none. */
export function lastTimeOf<P extends { workshopId: string }>(
  trends: SeriesTrends | null | undefined,
  workshopId: string,
  points: readonly P[] | undefined,
): { point: P; workshop: TrendWorkshop } | null {
  if (!trends || !points) return null;
  const point = pointBefore(trends.workshops, points, workshopId);
  const workshop = point && trends.workshops.find((w) => w.id === point.workshopId);
  return point && workshop ? { point, workshop } : null;
}
