import { msg, plural } from '@lingui/core/macro';
import type { ReviewMarkInput, ReviewSource } from '../../shared/review';
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
      const i18n = deps.i18n();
      if (!r.ok) {
        const why = r.error.message;
        get().pushToast({ tone: 'error', message: i18n._(msg`Nothing was brought in: ${why}`) });
        return;
      }
      const added = r.value.added;
      get().pushToast({
        tone: 'success',
        message: added ? i18n._(msg`${plural(added, { one: '# commitment', other: '# commitments' })} brought in.`) : i18n._(msg`Nothing new to bring in.`),
      });
    },
    async markReviewItem(activityId, itemId, patch) {
      const r = await deps.api.invoke('review:mark', { activityId, itemId, ...patch });
      return r.ok ? null : r.error.message;
    },
  });
