import type { CardSortTally } from './logic';

type Card = CardSortTally['cards'][number];

/** The column most people put a card in (the first planned column wins ties). */
export function topColumn(tally: CardSortTally, card: Card) {
  let best = tally.columns[0];
  for (const c of tally.columns) if ((card.counts[c.id] ?? 0) > (card.counts[best?.id ?? ''] ?? 0)) best = c;
  return best && card.total > 0 ? { ...best, count: card.counts[best.id] ?? 0 } : null;
}

const share = (card: Card | undefined, column: string) => (card && card.total > 0 ? (card.counts[column] ?? 0) / card.total : 0);

/** How far apart two teams placed a card: half the summed share differences, 0 (same) to 1 (opposite). */
export function gap(columns: readonly { id: string }[], a: Card | undefined, b: Card | undefined): number {
  if (!a || !b || a.total === 0 || b.total === 0) return 0;
  return columns.reduce((sum, c) => sum + Math.abs(share(a, c.id) - share(b, c.id)), 0) / 2;
}
