import { msg } from '@lingui/core/macro';
import type { Activity } from '../../shared/domain';
import { DomainError } from '../../shared/api/result';
import type { SeriesWorkshop } from '../../shared/series';
import type { ReviewSource } from '../../shared/review';
import { findDefinition } from '../../activities/registry';
import { currentBoardVersion, upgradeStoredBoard } from '../../activities/board-versions';
import { agreed, type CommitmentsConfig } from '../../activities/commitments/definition';
import { readReviewBoard, remapReviewBoard, type ReviewBoard, type ReviewItem } from '../../activities/review/board';
import { openFrom, madeIn, withPulled, type SourceWorkshop } from '../../activities/review/carry';
import { carriedKinds, type ReviewConfig } from '../../activities/review/definition';
import { followThrough, type FollowThrough } from '../../activities/review/follow-through';
import { getActivity, listActivities } from '../db/queries/activities';
import { listActionItems } from '../db/queries/action-items';
import * as runs from '../db/queries/runs';
import * as series from '../db/queries/series';
import type { HandlerContext, Handlers } from './context';
import { required } from './context';
import { withCurrentConfig } from './activities';
import { getWorkshopOrThrow } from './workshop-records';
import { i18nFor } from '../i18n';

// Commitments review (#18): brings the open commitments of earlier workshops of the series onto
// a review's board, and keeps the room's marks. Every write is one handler (one transaction).

function reviewActivityOrThrow(ctx: HandlerContext, activityId: string): Activity {
  const activity = withCurrentConfig(required(getActivity(ctx.db, activityId), 'activity'));
  if (activity.kind !== 'review') {
    const title = activity.title.slice(0, 60);
    throw new DomainError('VALIDATION', msg`“${title}” is not a commitments review.`);
  }
  return activity;
}

/** A stored board brought to its engine's current version (null: none stored). */
function storedBoard(ctx: HandlerContext, activity: Activity): unknown {
  const s = runs.getActivityRun(ctx.db, activity.id);
  const shape = findDefinition(activity.kind)?.board;
  if (!s || !shape) return null;
  return upgradeStoredBoard(activity.kind, s, shape).board;
}

/** The review's series and the workshops before its own in the series' timeline (the order listSeriesWorkshops gives). */
function placeInSeries(ctx: HandlerContext, workshopId: string): { series: { id: string; title: string } | null; earlier: SeriesWorkshop[] } {
  const seriesId = series.workshopSeriesId(ctx.db, workshopId);
  const record = seriesId ? series.getSeries(ctx.db, seriesId) : undefined;
  if (!record) return { series: null, earlier: [] };
  const timeline = series.listSeriesWorkshops(ctx.db, record.id);
  const at = timeline.findIndex((w) => w.id === workshopId);
  return { series: { id: record.id, title: record.title }, earlier: at < 0 ? [] : timeline.slice(0, at) };
}

/** One workshop as the carry logic reads it: its action items, the commitments the room reached, its review boards. */
function sourceOf(ctx: HandlerContext, w: SeriesWorkshop): SourceWorkshop {
  const activities = listActivities(ctx.db, w.id).map(withCurrentConfig);
  const reached = (a: Activity) => {
    const s = runs.getActivityRun(ctx.db, a.id);
    return Boolean(s && (s.firstEnteredAt !== null || s.board !== null));
  };
  return {
    origin: { workshopId: w.id, title: w.title.slice(0, 200), date: w.date },
    actionItems: listActionItems(ctx.db, w.id),
    commitments: activities
      .filter((a) => a.kind === 'commitments' && reached(a))
      .map((a) => ({ activityId: a.id, ...agreed(a.config as CommitmentsConfig, storedBoard(ctx, a)) })),
    reviews: activities.filter((a) => a.kind === 'review').map((a) => readReviewBoard(storedBoard(ctx, a))),
  };
}

function openFor(ctx: HandlerContext, activity: Activity): { source: Omit<ReviewSource, 'newItems'>; open: ReviewItem[] } {
  const place = placeInSeries(ctx, activity.workshopId);
  const open = openFrom(
    place.earlier.map((w) => sourceOf(ctx, w)),
    i18nFor(getWorkshopOrThrow(ctx, activity.workshopId).language), // the review's room reads the items
    carriedKinds(activity.config as ReviewConfig),
  );
  return { source: { series: place.series, earlier: place.earlier.length }, open };
}

function boardOf(ctx: HandlerContext, activity: Activity): ReviewBoard {
  return readReviewBoard(storedBoard(ctx, activity));
}

function saveBoard(ctx: HandlerContext, activity: Activity, board: ReviewBoard): void {
  const s = runs.getActivityRun(ctx.db, activity.id);
  const base = s ?? {
    activityId: activity.id,
    locked: false,
    revealed: false,
    firstEnteredAt: null,
    spentMs: 0,
    timer: { durationMs: activity.minutes * 60_000, elapsedMs: 0, runningSince: null },
  };
  runs.saveActivityRun(ctx.db, activity.workshopId, { ...base, board, boardVersion: currentBoardVersion(activity.kind) });
  ctx.emit('run:changed', { workshopId: activity.workshopId });
}

/** Bring the open commitments not on the board yet; marks and edits already there stay. Returns how many came in. */
function pull(ctx: HandlerContext, activity: Activity): number {
  const { open } = openFor(ctx, activity);
  const { board, added } = withPulled(boardOf(ctx, activity), open);
  if (added > 0) saveBoard(ctx, activity, board);
  return added;
}

/** When the run enters a review whose board is still empty, its open commitments come in by themselves. */
export function pullOnEntry(ctx: HandlerContext, activity: Activity): void {
  if (activity.kind !== 'review' || boardOf(ctx, activity).items.length > 0) return;
  pull(ctx, withCurrentConfig(activity));
}

/**
 * For the series trends: per workshop, in order, what became of the commitments made there, by the reviews among
 * these workshops (a series' timeline, or its start up to one workshop: what was known at that workshop's time).
 */
export function seriesFollowThrough(ctx: HandlerContext, workshops: readonly SeriesWorkshop[]): FollowThrough[] {
  return followThrough(
    workshops.map((w) => {
      const source = sourceOf(ctx, w);
      return { workshopId: w.id, made: madeIn(source, i18nFor('en')).map((i) => i.id), reviews: source.reviews }; // ids only: the words do not matter
    }),
  );
}

/** After a series import: each imported review's pointers into the other workshops moved to their new ids (see remapReviewBoard). */
export function remapReviewBoards(ctx: HandlerContext, workshopIds: readonly string[], newIds: ReadonlyMap<string, string>): void {
  for (const workshopId of workshopIds) {
    for (const activity of listActivities(ctx.db, workshopId).filter((a) => a.kind === 'review')) {
      const board = boardOf(ctx, activity);
      if (board.items.length > 0)
        saveBoard(
          ctx,
          activity,
          remapReviewBoard(board, (old) => newIds.get(old)),
        );
    }
  }
}

function notInSeries(fullTitle: string): DomainError {
  const title = fullTitle.slice(0, 60);
  return new DomainError('CONFLICT', msg`“${title}” is in no series, so there are no earlier commitments to bring in. Put it in a series first.`);
}

export const reviewHandlers = {
  'review:status': ({ activityId }, ctx) => {
    const activity = reviewActivityOrThrow(ctx, activityId);
    const { source, open } = openFor(ctx, activity);
    const have = new Set(boardOf(ctx, activity).items.map((i) => i.id));
    return { ...source, newItems: open.filter((i) => !have.has(i.id)).length };
  },

  'review:pull': ({ activityId }, ctx) => {
    const activity = reviewActivityOrThrow(ctx, activityId);
    if (!placeInSeries(ctx, activity.workshopId).series) throw notInSeries(getWorkshopOrThrow(ctx, activity.workshopId).title);
    return { added: pull(ctx, activity) };
  },

  'review:mark': ({ activityId, itemId, ...patch }, ctx) => {
    const activity = reviewActivityOrThrow(ctx, activityId);
    const board = boardOf(ctx, activity);
    const item = board.items.find((i) => i.id === itemId);
    if (!item) throw new DomainError('NOT_FOUND', msg`That commitment is not on this review. Reload the review and try again.`);
    const next: ReviewItem = {
      ...item,
      ...(patch.status !== undefined ? { status: patch.status } : {}),
      ...(patch.reason !== undefined ? { reason: patch.reason } : {}),
      ...(patch.owner !== undefined ? { owner: patch.owner } : {}),
      ...(patch.due !== undefined ? { due: patch.due } : {}),
    };
    saveBoard(ctx, activity, { items: board.items.map((i) => (i.id === itemId ? next : i)) });
    return next;
  },
} satisfies Partial<Handlers>;
