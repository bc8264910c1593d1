import { msg } from '@lingui/core/macro';
import { say } from '../../shared/api/say';
import { z } from 'zod';
import { REVIEW_KINDS, type ReviewKind } from '../../shared/review';
import { noMigrations, defineActivity } from '../types';
import { initialReviewBoard, ReviewBoard } from './board';
import { reviewGuide } from './guide';
import { reviewReport } from './report';

export const ReviewConfig = z
  .object({
    /** Which kinds of commitment to bring in from earlier workshops (default: all). */
    carry: z
      .object({ action: z.boolean(), shadowing: z.boolean(), report: z.boolean(), meeting: z.boolean() })
      .strict()
      .refine((c) => Object.values(c).some(Boolean), { error: () => say(msg`Choose at least one kind of commitment to bring in`) }),
  })
  .strict();
export type ReviewConfig = z.infer<typeof ReviewConfig>;

/** The kinds of commitment this review brings in. */
export const carriedKinds = (config: ReviewConfig): Set<ReviewKind> => new Set(REVIEW_KINDS.filter((k) => config.carry[k]));

export const review = defineActivity({
  kind: 'review',
  label: 'Commitments review',
  description: 'Look back at what earlier workshops of the series committed to: mark each done, partly, not done or dropped, and carry the rest on.',
  defaultTitle: 'What we said we would do',
  defaultMinutes: 15,
  /** A commitment is a named person's promise: the review names owners on purpose. */
  namingPolicy: 'named-by-nature',
  configVersion: 1,
  configSchema: ReviewConfig,
  defaultConfig: (): ReviewConfig => ({ carry: { action: true, shadowing: true, report: true, meeting: true } }),
  migrateConfig: noMigrations,
  board: { schema: ReviewBoard, initial: initialReviewBoard, title: 'Mark each commitment' },
  guide: reviewGuide,
  report: reviewReport,
});
