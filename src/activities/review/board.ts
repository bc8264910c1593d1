import { msg } from '@lingui/core/macro';
import { says } from '../../shared/api/say';
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
    .refine((items) => new Set(items.map((i) => i.id)).size === items.length, says(msg`An item is on the review twice`)),
});
export type ReviewBoard = z.infer<typeof ReviewBoard>;

export const initialReviewBoard = (): ReviewBoard => ({ items: [] });

/** A stored review board at the current version (or the empty board when it does not read). */
export function readReviewBoard(board: unknown, boardVersion?: number): ReviewBoard {
  const stored: StoredBoard = boardVersion === undefined ? { board } : { board, boardVersion };
  return readBoard('review', stored, { schema: ReviewBoard, initial: initialReviewBoard });
}

/** The workshop id, or the activity or action item id, an item's reference points at ("action:<id>", "pair:<activity>:<pair>"...). */
const REF = /^(action|pair|report|meeting):([^:]+)(.*)$/;

/**
 * The board with its pointers into other workshops (item references, where items and marks came from)
 * moved to those workshops' new ids, after a series import gave every workshop, activity and action
 * item a new id. Ids `newId` does not know stay as they are.
 */
export function remapReviewBoard(board: ReviewBoard, newId: (old: string) => string | undefined): ReviewBoard {
  const origin = <T extends { workshopId: string }>(o: T): T => ({ ...o, workshopId: newId(o.workshopId) ?? o.workshopId });
  return {
    items: board.items.map((item) => {
      const m = REF.exec(item.id);
      const id = m ? `${m[1]}:${newId(m[2]!) ?? m[2]}${m[3]}` : item.id;
      return { ...item, id, from: origin(item.from), before: item.before && { ...item.before, at: origin(item.before.at) } };
    }),
  };
}
