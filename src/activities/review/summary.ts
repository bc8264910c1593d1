import type { ReviewItem } from './board';

// What the projector, the console and the report count about a review: the headline's figures
// ("7 of 11 done since 3 March", worded by room-words.ts in the room's language) and the items grouped
// by how the room marked them.

export interface Headline {
  done: number;
  total: number;
  /** The date of the earliest workshop the items came from (ISO), or null when none is dated. */
  since: string | null;
}

/** Done, of the items on the review, since the earliest workshop they came from. */
export function headline(items: readonly ReviewItem[]): Headline {
  const done = items.filter((i) => i.status === 'done').length;
  const dates = items.map((i) => i.from.date).filter((d): d is string => d !== null);
  const since = dates.length ? dates.reduce((a, b) => (b < a ? b : a)) : null;
  return { done, total: items.length, since };
}

const ORDER = ['done', 'partly', 'notDone', 'dropped', 'none'] as const;

/** The items by status (done first, not reviewed last), empty groups left out. */
export function groupByStatus(items: readonly ReviewItem[]): { status: (typeof ORDER)[number]; items: ReviewItem[] }[] {
  return ORDER.map((status) => ({ status, items: items.filter((i) => (i.status ?? 'none') === status) })).filter((g) => g.items.length > 0);
}

/** What goes on to the next workshop: partly done, not done, and not reviewed. */
export const carriedOn = (items: readonly ReviewItem[]): ReviewItem[] => items.filter((i) => i.status !== 'done' && i.status !== 'dropped');
