import type { ReviewMarkInput, ReviewSource } from '../../shared/review';
import { plural } from '../../shared/plural';
import type { Slice, StoreDeps } from './types';

// Commitments review (#18): the console's calls to bring in and mark carried commitments.
// The board itself comes back through run:changed like every other board.

export interface ReviewSlice {
  /** Where the review stands in its series, or null when it could not be read. */
  reviewSource(activityId: string): Promise<ReviewSource | null>;
  /** Bring in the open commitments of earlier workshops; a toast says how many came in, or why not. */
  pullReview(activityId: string): Promise<void>;
  /** Mark one carried commitment; null when saved, or a sentence saying why not (nothing changed). */
  markReviewItem(activityId: string, itemId: string, patch: Omit<ReviewMarkInput, 'activityId' | 'itemId'>): Promise<string | null>;
}

export const createReviewSlice =
  (deps: StoreDeps): Slice<ReviewSlice> =>
  (_set, get) => ({
    async reviewSource(activityId) {
      const r = await deps.api.invoke('review:status', { activityId });
      return r.ok ? r.value : null;
    },
    async pullReview(activityId) {
      const r = await deps.api.invoke('review:pull', { activityId });
      if (!r.ok) get().pushToast({ tone: 'error', message: `Nothing was brought in: ${r.error.message}` });
      else get().pushToast({ tone: 'success', message: r.value.added ? `${plural(r.value.added, 'commitment')} brought in.` : 'Nothing new to bring in.' });
    },
    async markReviewItem(activityId, itemId, patch) {
      const r = await deps.api.invoke('review:mark', { activityId, itemId, ...patch });
      return r.ok ? null : r.error.message;
    },
  });
