import type { ReviewStatus } from '../../shared/review';
import type { ReviewItem } from './board';

// What the projector, the console and the report say about a review: the headline
// ("7 of 11 done since 3 March") and the items grouped by how the room marked them.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "3 March" from an ISO date. */
export function dayMonth(iso: string): string {
  const [, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]}`;
}

export interface Headline {
  done: number;
  total: number;
  /** The date of the earliest workshop the items came from (ISO), or null when none is dated. */
  since: string | null;
  text: string;
}

/** Done, of the items on the review, since the earliest workshop they came from. */
export function headline(items: readonly ReviewItem[]): Headline {
  const done = items.filter((i) => i.status === 'done').length;
  const dates = items.map((i) => i.from.date).filter((d): d is string => d !== null);
  const since = dates.length ? dates.reduce((a, b) => (b < a ? b : a)) : null;
  const text = items.length === 0 ? 'Nothing carried over' : `${done} of ${items.length} done${since ? ` since ${dayMonth(since)}` : ''}`;
  return { done, total: items.length, since, text };
}

export const STATUS_LABEL: Record<ReviewStatus | 'none', string> = {
  done: 'Done',
  partly: 'Partly done',
  notDone: 'Not done',
  dropped: 'Dropped',
  none: 'Not reviewed yet',
};

const ORDER = ['done', 'partly', 'notDone', 'dropped', 'none'] as const;

/** The items by status (done first, not reviewed last), empty groups left out. */
export function groupByStatus(items: readonly ReviewItem[]): { status: (typeof ORDER)[number]; label: string; items: ReviewItem[] }[] {
  return ORDER.map((status) => ({ status, label: STATUS_LABEL[status], items: items.filter((i) => (i.status ?? 'none') === status) })).filter(
    (g) => g.items.length > 0,
  );
}

/** What goes on to the next workshop: partly done, not done, and not reviewed. */
export const carriedOn = (items: readonly ReviewItem[]): ReviewItem[] => items.filter((i) => i.status !== 'done' && i.status !== 'dropped');

/** "from Kickoff, 3 March" */
export const fromWords = (item: ReviewItem): string => `${item.from.title}${item.from.date ? `, ${dayMonth(item.from.date)}` : ''}`;
