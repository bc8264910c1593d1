import { z } from 'zod';
import { ReviewItem } from '../../shared/review';
import { readBoard, type StoredBoard } from '../board-versions';

export { ReviewItem, ReviewOrigin } from '../../shared/review';

// The review's board: a snapshot of the commitments carried in from earlier workshops of the
// series, with the room's marks. Names are stored on purpose: owners are the point of a commitment.

export const ReviewBoard = z.object({
  items: z
    .array(ReviewItem)
    .max(500)
    .refine((items) => new Set(items.map((i) => i.id)).size === items.length, { message: 'An item is on the review twice' }),
});
export type ReviewBoard = z.infer<typeof ReviewBoard>;

export const initialReviewBoard = (): ReviewBoard => ({ items: [] });

/** A stored review board at the current version (or the empty board when it does not read). */
export function readReviewBoard(board: unknown, boardVersion?: number): ReviewBoard {
  const stored: StoredBoard = boardVersion === undefined ? { board } : { board, boardVersion };
  return readBoard('review', stored, { schema: ReviewBoard, initial: initialReviewBoard });
}
