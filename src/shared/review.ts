import { says } from './api/say';
import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { Id, IsoDate } from './domain';

// Commitments review (#18): what the API says about carrying commitments from earlier
// workshops of a series into a review. Pure: shared by the core, the renderer and the engine.

/** How the room marks a carried commitment. */
export const REVIEW_STATUSES = ['done', 'partly', 'notDone', 'dropped'] as const;
export const ReviewStatus = z.enum(REVIEW_STATUSES, says(msg`Mark it done, partly, not done or dropped`));
export type ReviewStatus = z.infer<typeof ReviewStatus>;

/** The kinds of commitment a review carries. */
export const REVIEW_KINDS = ['action', 'shadowing', 'report', 'meeting'] as const;
export const ReviewKind = z.enum(REVIEW_KINDS);
export type ReviewKind = z.infer<typeof ReviewKind>;

export const REVIEW_REASON_MAX = 200;
export const ReviewReason = z
  .string()
  .trim()
  .max(REVIEW_REASON_MAX, says(msg`Keep the reason under ${REVIEW_REASON_MAX} characters`));
export const ReviewOwner = z
  .string()
  .trim()
  .max(120, says(msg`Keep the owner under 120 characters`));

/** The workshop a commitment (or an earlier mark) came from. */
export const ReviewOrigin = z.object({ workshopId: z.string().min(1).max(64), title: z.string().max(200), date: IsoDate.nullable() });
export type ReviewOrigin = z.infer<typeof ReviewOrigin>;

export const ReviewItem = z.object({
  /** A stable reference to its origin ("action:<id>", "pair:<activity>:<pair>"...): an item is never pulled twice. */
  id: z.string().min(1).max(200),
  kind: ReviewKind,
  what: z.string().trim().min(1).max(500),
  owner: ReviewOwner,
  due: IsoDate.nullable(),
  from: ReviewOrigin,
  /** The mark an earlier review left (partly or not done), carried with the item. */
  before: z.object({ status: z.enum(['partly', 'notDone']), reason: ReviewReason, at: ReviewOrigin }).nullable(),
  /** This review's mark; null: not reviewed yet. */
  status: ReviewStatus.nullable(),
  reason: ReviewReason,
});
export type ReviewItem = z.infer<typeof ReviewItem>;

/** One change to a carried item: its mark (null clears it), reason, owner or due date. */
export const ReviewMarkInput = z
  .object({
    activityId: Id,
    itemId: z
      .string()
      .min(1, says(msg`Say which item`))
      .max(200),
    status: ReviewStatus.nullable().optional(),
    reason: ReviewReason.optional(),
    owner: ReviewOwner.optional(),
    due: IsoDate.nullable().optional(),
  })
  .strict();
export type ReviewMarkInput = z.infer<typeof ReviewMarkInput>;

/** Where a review stands: its series (null: none), how many workshops came before it, and how many open commitments are not on its board yet. */
export const ReviewSource = z.object({
  series: z.object({ id: Id, title: z.string() }).nullable(),
  earlier: z.number().int(),
  newItems: z.number().int(),
});
export type ReviewSource = z.infer<typeof ReviewSource>;
