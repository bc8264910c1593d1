import { CARD_DIVERGENCE_TOLERANCE, direction, PULSE_GAP_TOLERANCE, type Direction, type SeriesTrends, type TrendWorkshop } from './trends';
import { divergenceText, gapText } from './since-last-time';

// The trends as tables, one column per workshop (the latest on the right): what the report's chapter and the
// console's SeriesTrendsPanel both show, so they always say the same. Pure.

/** At most this many workshops as columns (the latest ones), so a table stays readable on A4 and a laptop. */
export const TREND_COLUMNS = 6;

export const HIDDEN = 'hidden';

export interface TrendCell {
  value: number | null;
  /** "1.8", "hidden" (a team's split was hidden), or "–" (not asked or not answered there). */
  text: string;
}
export interface TrendRow {
  label: string;
  cells: TrendCell[];
  /** How the last two known figures compare; null with fewer than two. */
  change: Direction | null;
}
export interface TrendTables {
  shown: TrendWorkshop[];
  /** Earlier workshops left out for space. */
  left: number;
  pulse: TrendRow[];
  cards: TrendRow[];
}

function row<P extends { workshopId: string; splitHidden: boolean }>(
  label: string,
  shown: readonly TrendWorkshop[],
  points: readonly P[],
  value: (p: P) => number | null,
  text: (v: number) => string,
  tolerance: number,
): TrendRow {
  const cells = shown.map((w): TrendCell => {
    const p = points.find((x) => x.workshopId === w.id);
    const v = p ? value(p) : null;
    return { value: v, text: v !== null ? text(v) : p?.splitHidden ? HIDDEN : '–' };
  });
  const known = cells.flatMap((c) => (c.value !== null ? [c.value] : []));
  return { label, cells, change: known.length >= 2 ? direction(known.at(-2)!, known.at(-1)!, tolerance) : null };
}

export function trendTables(trends: SeriesTrends, columns = TREND_COLUMNS): TrendTables {
  const shown = trends.workshops.slice(-columns);
  return {
    shown,
    left: trends.workshops.length - shown.length,
    pulse: trends.pulse.map((t) => row(t.text, shown, t.points, (p) => p.gap, gapText, PULSE_GAP_TOLERANCE)),
    cards: trends.leadCards.map((t) => row(t.text, shown, t.points, (p) => p.divergence, divergenceText, CARD_DIVERGENCE_TOLERANCE)),
  };
}

/** Shows like "↓ narrowed": an arrow for the eye, the word for everyone. */
export const CHANGE_ARROW: Record<Direction, string> = { narrowed: '↓', widened: '↑', unchanged: '=' };
