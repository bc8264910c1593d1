import type { I18n } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { CARD_DIVERGENCE_TOLERANCE, direction, type Direction, type SeriesTrends, type TrendWorkshop } from '../../shared/trends';
import { lastTimeOf, type TrendChange } from '../../shared/trend-change';
import { CHANGE_ARROW } from '../../shared/trend-tables';
import { apartOf100 } from '../../shared/apart';
import { workshopName } from '../room-dates';
import { leadCardKey } from './card-key';

// How far apart the teams sorted a lead card last time next to now, for the lead sort's results in a workshop
// of a series (issue #18): "83 last time → 40 now, closer". On the 0–100 scale the results show beside each card
// (apart.ts), so the two numbers read as one. A split hidden then is never compared. In the room's language
// (the I18n passed in). Pure.

const WAY = {
  narrowed: msg`closer`,
  widened: msg`further apart`,
  unchanged: msg`about the same`,
} as const satisfies Record<Direction, unknown>;

export interface CardChange extends TrendChange {
  /** For the layout, when both figures are known: "83", "40" and "closer" (text says the same in one string). */
  figures: { before: string; now: string; word: string } | null;
}

/**
 * How a card (matched as the trends match cards, leadCardKey) compares with the latest earlier workshop of the series
 * that sorted it; null when none did (or not in a series). `now` is this workshop's divergence (0–1), null when not compared.
 */
export function cardChange(i18n: I18n, trends: SeriesTrends | null | undefined, workshopId: string, cardText: string, now: number | null): CardChange | null {
  const key = leadCardKey(cardText);
  const last = lastTimeOf(trends, workshopId, trends?.leadCards.find((t) => t.key === key)?.points);
  if (!last) return null;
  const then = last.workshop;
  const before = last.point.divergence;
  if (before === null) {
    // Hidden below the anonymity threshold then, or a team did not place it: nothing to compare, and no figure.
    const text = last.point.splitHidden ? i18n._(msg`hidden last time`) : i18n._(msg`not compared last time`);
    return { way: 'hidden-then', arrow: '', text, then, figures: null };
  }
  const apartBefore = i18n.number(apartOf100(before));
  if (now === null) return { way: 'unknown-now', arrow: '', text: i18n._(msg`${apartBefore} apart last time`), then, figures: null };
  const way = direction(before, now, CARD_DIVERGENCE_TOLERANCE);
  const figures = { before: apartBefore, now: i18n.number(apartOf100(now)), word: i18n._(WAY[way]) };
  const { now: apartNow, word } = figures;
  return { way, arrow: CHANGE_ARROW[way], text: i18n._(msg`${apartBefore} last time → ${apartNow} now, ${word}`), then, figures };
}

/** "Since ACME joint meeting 2 (17 Mar): closer on 2 cards, further apart on 1 card." Null when no card was sorted before. */
export function cardChangeSummary(i18n: I18n, changes: readonly (CardChange | null)[], workshops: readonly TrendWorkshop[]): string | null {
  const known = changes.filter((c): c is CardChange => c !== null);
  if (known.length === 0) return null;
  const order = (w: TrendWorkshop) => workshops.findIndex((x) => x.id === w.id);
  const then = known.map((c) => c.then).reduce((a, b) => (order(b) > order(a) ? b : a));
  const count = (way: CardChange['way']) => known.filter((c) => c.way === way).length;
  const closer = count('narrowed');
  const further = count('widened');
  const same = count('unchanged');
  const parts = [
    closer ? i18n._(msg`closer on ${plural(closer, { one: '# card', other: '# cards' })}`) : null,
    further ? i18n._(msg`further apart on ${plural(further, { one: '# card', other: '# cards' })}`) : null,
    same ? i18n._(msg`about the same on ${plural(same, { one: '# card', other: '# cards' })}`) : null,
  ].filter((p): p is string => p !== null);
  const workshop = workshopName(i18n, then);
  if (parts.length === 0) return i18n._(msg`Since ${workshop}: no card could be compared last time (a team’s split was hidden or a team did not sort it).`);
  const changed = parts.join(', ');
  return i18n._(msg`Since ${workshop}: ${changed}.`);
}
