import { useEffect, useMemo, useState } from 'react';
import type { Activity } from '../../../shared/domain';
import type { ReviewSource } from '../../../shared/review';
import type { ReviewPort } from '../../../activities/view-types';
import type { AppStore } from '../../store';

/**
 * A commitments review's port for its Board (#18): where it stands in its series, read again
 * whenever its board changes (a pull or a mark here or in another console), and the store's
 * calls to bring in and mark. Undefined for every other kind.
 */
export function useReviewPort(store: AppStore, activity: Activity, board: unknown): ReviewPort | undefined {
  const isReview = activity.kind === 'review';
  const [source, setSource] = useState<ReviewSource | null>(null);
  useEffect(() => {
    if (!isReview) return;
    let live = true;
    void store
      .getState()
      .reviewSource(activity.id)
      .then((s) => live && setSource(s));
    return () => {
      live = false;
    };
  }, [store, isReview, activity.id, activity.config, board]);
  return useMemo(
    () =>
      isReview
        ? {
            source,
            pull: () => store.getState().pullReview(activity.id),
            mark: (itemId, patch) => store.getState().markReviewItem(activity.id, itemId, patch),
          }
        : undefined,
    [isReview, source, store, activity.id],
  );
}
