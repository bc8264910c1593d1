import type { ReviewStatus } from '../../shared/review';

// Commitment follow-through per workshop of a series (for the series trends): of what was
// committed to in each workshop, how much the later reviews found done. Pure.

export interface FollowThroughWorkshop {
  workshopId: string;
  /** The ids of the commitments made in this workshop (see madeIn in ./carry.ts: "action:<id>", "pair:…"). */
  made: readonly string[];
  /** This workshop's review boards, in agenda order (items with their marks; null: not marked). */
  reviews: readonly { items: readonly { id: string; status: ReviewStatus | null }[] }[];
}

export interface FollowThrough {
  workshopId: string;
  /** Commitments made in the workshop; the other counts add up to it. */
  made: number;
  done: number;
  partly: number;
  notDone: number;
  dropped: number;
  /** Not marked by any review yet. */
  open: number;
}

/**
 * Per workshop (in the order given, the series' order), what became of its commitments, by the
 * latest mark any review in the series gave each one: a later review's mark replaces an earlier
 * one, and a review that left an item unmarked changes nothing. Each made item counts once.
 */
export function followThrough(workshops: readonly FollowThroughWorkshop[]): FollowThrough[] {
  const latest = new Map<string, ReviewStatus>();
  for (const w of workshops) for (const board of w.reviews) for (const item of board.items) if (item.status) latest.set(item.id, item.status);
  return workshops.map((w) => {
    const row: FollowThrough = { workshopId: w.workshopId, made: 0, done: 0, partly: 0, notDone: 0, dropped: 0, open: 0 };
    for (const id of new Set(w.made)) {
      row.made++;
      row[latest.get(id) ?? 'open']++;
    }
    return row;
  });
}
