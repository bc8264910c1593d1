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

const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "3 Mar" from an ISO date: short enough for a projector line. */
export const shortDay = (iso: string): string => dayMonth.format(new Date(`${iso}T00:00:00Z`));

/** "ACME kickoff (3 Mar)", or the title alone when the workshop has no date. */
export const workshopWords = (w: TrendWorkshop): string => (w.date ? `${w.title} (${shortDay(w.date)})` : w.title);

/** How one kind of figure sums up its changes: "narrower on 3 statements", "closer on 2 cards". */
export interface SummaryWords {
  one: string;
  many: string;
  narrowed: string;
  widened: string;
  unchanged: string;
  /** When every earlier figure was hidden or missing. */
  none: string;
}

/** "Since Joint meeting 2 (17 Mar): narrower on 3 statements, wider on 1 statement." Null when nothing compares. */
export function changeSummary(changes: readonly (TrendChange | null)[], workshops: readonly TrendWorkshop[], words: SummaryWords): string | null {
  const known = changes.filter((c): c is TrendChange => c !== null);
  if (known.length === 0) return null;
  const order = (w: TrendWorkshop) => workshops.findIndex((x) => x.id === w.id);
  const then = known.map((c) => c.then).reduce((a, b) => (order(b) > order(a) ? b : a));
  const count = (way: TrendChange['way']) => known.filter((c) => c.way === way).length;
  const things = (n: number) => `${n} ${n === 1 ? words.one : words.many}`;
  const parts = (['narrowed', 'widened', 'unchanged'] as const).flatMap((way) => (count(way) ? [`${words[way]} on ${things(count(way))}`] : []));
  return `Since ${workshopWords(then)}: ${parts.length ? parts.join(', ') : words.none}.`;
}
