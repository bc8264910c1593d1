import { CARD_DIVERGENCE_TOLERANCE, cardKey, direction, type Direction, type SeriesTrends, type TrendWorkshop } from '../../shared/trends';
import { changeSummary, lastTimeOf, type SummaryWords, type TrendChange } from '../../shared/trend-change';
import { CHANGE_ARROW } from '../../shared/trend-tables';
import { apartOf100 } from '../../shared/apart';

// How far apart the teams sorted a lead card last time next to now, for the lead sort's results in a workshop
// of a series (issue #18): "83 last time → 40 now, closer". On the 0–100 scale the results show beside each card
// (apart.ts), so the two numbers read as one. A split hidden then is never compared. Pure.

const WAY: Record<Direction, string> = { narrowed: 'closer', widened: 'further apart', unchanged: 'about the same' };

export interface CardChange extends TrendChange {
  /** For the layout, when both figures are known: "83", "40" and "closer" (text says the same in one string). */
  figures: { before: string; now: string; word: string } | null;
}

/**
 * How a card (matched by its text, as the trends match cards) compares with the latest earlier workshop of the series
 * that sorted it; null when none did (or not in a series). `now` is this workshop's divergence (0–1), null when not compared.
 */
export function cardChange(trends: SeriesTrends | null | undefined, workshopId: string, cardText: string, now: number | null): CardChange | null {
  const key = cardKey(cardText);
  const last = lastTimeOf(trends, workshopId, trends?.leadCards.find((t) => t.key === key)?.points);
  if (!last) return null;
  const then = last.workshop;
  const before = last.point.divergence;
  if (before === null) {
    // Hidden below the anonymity threshold then, or a team did not place it: nothing to compare, and no figure.
    const text = last.point.splitHidden ? 'hidden last time' : 'not compared last time';
    return { way: 'hidden-then', arrow: '', text, then, figures: null };
  }
  if (now === null) return { way: 'unknown-now', arrow: '', text: `${apartOf100(before)} apart last time`, then, figures: null };
  const way = direction(before, now, CARD_DIVERGENCE_TOLERANCE);
  const figures = { before: String(apartOf100(before)), now: String(apartOf100(now)), word: WAY[way] };
  return { way, arrow: CHANGE_ARROW[way], text: `${figures.before} last time → ${figures.now} now, ${figures.word}`, then, figures };
}

const CARD_WORDS: SummaryWords = {
  one: 'card',
  many: 'cards',
  narrowed: 'closer',
  widened: 'further apart',
  unchanged: 'about the same',
  none: 'no card could be compared last time (a team’s split was hidden or a team did not sort it)',
};

/** "Since ACME joint meeting 2 (17 Mar): closer on 2 cards, further apart on 1 card." Null when no card was sorted before. */
export const cardChangeSummary = (changes: readonly (CardChange | null)[], workshops: readonly TrendWorkshop[]): string | null =>
  changeSummary(changes, workshops, CARD_WORDS);
