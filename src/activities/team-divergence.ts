import type { CardSortTally } from './cardsort/logic';

// How far apart Sales and Marketing sorted the same cards. Pure functions,
// shared by the lead-quality sort and the KPI sort.

/** Shares per column (0..1) for one card, or null when nobody placed it. */
export type Distribution = Record<string, number> | null;

type Card = CardSortTally['cards'][number];

/** Each column's share of the people who placed this card. */
export function distribution(columns: readonly { id: string }[], card: Card | undefined): Distribution {
  if (!card || card.total === 0) return null;
  return Object.fromEntries(columns.map((c) => [c.id, (card.counts[c.id] ?? 0) / card.total]));
}

/**
 * Total variation distance: half the summed absolute differences between two
 * distributions over the same columns. 0 = sorted identically, 1 = no overlap.
 */
export function tvd(columns: readonly { id: string }[], p: Record<string, number>, q: Record<string, number>): number {
  const sum = columns.reduce((s, c) => s + Math.abs((p[c.id] ?? 0) - (q[c.id] ?? 0)), 0);
  // Round away float noise (thirds give 0.9999999999999999), then clamp.
  return Math.min(1, Math.max(0, Math.round((sum / 2) * 1e12) / 1e12));
}

/** The column with the largest share (the first planned column wins ties), or null. */
export function topOf(columns: readonly { id: string }[], d: Distribution): string | null {
  if (!d) return null;
  let best: string | null = null;
  for (const c of columns) if (best === null || (d[c.id] ?? 0) > (d[best] ?? 0)) best = c.id;
  return best;
}

export interface CardComparison {
  id: string;
  text: string;
  a: Distribution;
  b: Distribution;
  /** People in each team who placed this card. */
  na: number;
  nb: number;
  /** TVD between the two teams, or null when either team left it unplaced. */
  divergence: number | null;
  /** Both teams' most common column is the same. */
  sameTop: boolean | null;
}

export interface TeamComparison {
  cards: CardComparison[];
  /** Cards with a divergence, biggest first (ties keep the planned order). */
  ranked: CardComparison[];
  /** 1 − mean divergence over the compared cards (0..1), or null when none compare. */
  agreement: number | null;
  /** How many compared cards have the same most common column in both teams. */
  sameTopCount: number;
  compared: number;
}

/** Compare two teams' tallies of the same sort, card by card. */
export function compareTeams(
  columns: readonly { id: string }[],
  cards: readonly { id: string; text: string }[],
  a: CardSortTally,
  b: CardSortTally,
): TeamComparison {
  const list = cards.map((card): CardComparison => {
    const ca = a.cards.find((c) => c.id === card.id);
    const cb = b.cards.find((c) => c.id === card.id);
    const da = distribution(columns, ca);
    const db = distribution(columns, cb);
    const divergence = da && db ? tvd(columns, da, db) : null;
    return {
      id: card.id,
      text: card.text,
      a: da,
      b: db,
      na: ca?.total ?? 0,
      nb: cb?.total ?? 0,
      divergence,
      sameTop: da && db ? topOf(columns, da) === topOf(columns, db) : null,
    };
  });
  const compared = list.filter((c) => c.divergence !== null);
  const ranked = compared
    .map((c, i) => ({ c, i }))
    .sort((x, y) => (y.c.divergence ?? 0) - (x.c.divergence ?? 0) || x.i - y.i)
    .map(({ c }) => c);
  const agreement = compared.length > 0 ? 1 - compared.reduce((s, c) => s + (c.divergence ?? 0), 0) / compared.length : null;
  return { cards: list, ranked, agreement, sameTopCount: compared.filter((c) => c.sameTop).length, compared: compared.length };
}

/** "0.67" for a divergence, so the room reads one number per card. */
export const formatScore = (d: number) => d.toFixed(2);
