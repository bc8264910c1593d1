import { direction, PULSE_GAP_TOLERANCE, statementKey, type SeriesTrends, type TrendWorkshop } from '../../shared/trends';
import { gapLastTime, gapText } from '../../shared/since-last-time';
import { CHANGE_ARROW } from '../../shared/trend-tables';
import { changeSummary as summaryOf, type SummaryWords, type TrendChange } from '../../shared/trend-change';

// The gap last time next to the gap now, for the pulse results of a workshop in a series (issue #18).
// Words and an arrow, never colour alone. Pure: the view only lays it out.

/** "↓ narrowed from 1.8 last time": the arrow is decoration, the words carry it. */
export type GapChange = TrendChange;

/** Plain code, so a view can key a statement without the schemas. */
export const pulseStatementKey = (config: { setVersion: number; extra: readonly { id: string }[] }, id: string): string =>
  statementKey(id, config.extra.some((s) => s.id === id) ? null : config.setVersion);

/** How a statement's gap compares with the last workshop of the series that answered it; null when none did. */
export function gapChange(trends: SeriesTrends | null | undefined, workshopId: string, key: string, now: number | null): GapChange | null {
  const last = gapLastTime(trends, workshopId, key);
  if (!last) return null;
  if (last.gap === null) return { way: 'hidden-then', arrow: '', text: 'hidden last time', then: last.workshop };
  if (now === null) return { way: 'unknown-now', arrow: '', text: `${gapText(last.gap)} last time`, then: last.workshop };
  const way = direction(last.gap, now, PULSE_GAP_TOLERANCE);
  const text = way === 'unchanged' ? `same as last time (${gapText(last.gap)})` : `${way} from ${gapText(last.gap)} last time`;
  return { way, arrow: CHANGE_ARROW[way], text, then: last.workshop };
}

const STATEMENT_WORDS: SummaryWords = {
  one: 'statement',
  many: 'statements',
  narrowed: 'narrower',
  widened: 'wider',
  unchanged: 'the same',
  none: 'no gap to compare (team splits hidden)',
};

/** "Since Joint meeting 2 (17 Mar): narrower on 3 statements, wider on 1 statement." Null when nothing compares. */
export const changeSummary = (changes: readonly (GapChange | null)[], workshops: readonly TrendWorkshop[]): string | null =>
  summaryOf(changes, workshops, STATEMENT_WORDS);
