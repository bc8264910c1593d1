import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { Activity } from '../../shared/domain';
import type { ActivityRunState, RunState } from '../../shared/run';
import { DomainError } from '../../shared/api/result';
import { parseOrThrow } from '../../shared/api/validate';
import { findDefinition } from '../../activities/registry';
import { currentBoardVersion, upgradeStoredBoard } from '../../activities/board-versions';
import { listActivities, getActivity } from '../db/queries/activities';
import * as q from '../db/queries/runs';
import { deleteActivityResponses } from '../db/queries/responses';
import { updateWorkshop } from '../db/queries/workshops';
import type { HandlerContext, Handlers } from './context';
import { required } from './context';
import { getWorkshopOrThrow } from './workshop-records';
import { withCurrentConfig } from './activities';
import { checkBoardKeepsAnswers } from './answer-rules';
import { mergeBoard } from '../../shared/board-merge';
import { pullOnEntry } from './review';
import { forgetPaging, movePage, projectorContent, readPaging, reportPages } from './projector-paging';

function freshActivityRun(activity: Activity): ActivityRunState {
  return {
    activityId: activity.id,
    locked: false,
    revealed: false,
    firstEnteredAt: null,
    spentMs: 0,
    timer: { durationMs: activity.minutes * 60_000, elapsedMs: 0, runningSince: null },
    board: findDefinition(activity.kind)?.board?.initial() ?? null,
    boardVersion: currentBoardVersion(activity.kind),
  };
}

/** A stored run state with its board at the engine's current version; a board that does not read stays exactly as stored (see upgradeStoredBoard). */
function withCurrentBoard(kind: string, s: ActivityRunState): ActivityRunState {
  const shape = findDefinition(kind)?.board;
  return shape ? { ...s, ...upgradeStoredBoard(kind, s, shape) } : s;
}

/** The run state of one activity, as stored (its board brought up to date) or as it starts. */
export function activityRun(ctx: HandlerContext, activity: Activity): ActivityRunState {
  const stored = q.getActivityRun(ctx.db, activity.id);
  return stored ? withCurrentBoard(activity.kind, stored) : freshActivityRun(activity);
}

/** Resuming an ended workshop: the activity reached last (the furthest along the agenda that was ever entered). */
function furthestReached(ctx: HandlerContext, workshopId: string): string | null {
  const entered = new Set(
    q
      .listActivityRuns(ctx.db, workshopId)
      .filter((s) => s.firstEnteredAt !== null)
      .map((s) => s.activityId),
  );
  const reached = listActivities(ctx.db, workshopId).filter((a) => entered.has(a.id));
  return reached.at(-1)?.id ?? null;
}

/** A facilitator's board as the engine's schema has it (saved live or imported); a VALIDATION error says why not. */
export function checkBoard(kind: string, board: unknown): unknown {
  const schema = findDefinition(kind)?.board?.schema;
  if (!schema) throw new DomainError('VALIDATION', msg`This activity has no board to arrange.`);
  return parseOrThrow(schema, board);
}

export function loadRunState(ctx: HandlerContext, workshopId: string): RunState {
  const run = q.getRun(ctx.db, workshopId);
  const stored = new Map(q.listActivityRuns(ctx.db, workshopId).map((s) => [s.activityId, s]));
  const status = run?.status ?? 'idle';
  const currentActivityId = run?.current_activity_id ?? null;
  const activities = listActivities(ctx.db, workshopId).map((a) => {
    const s = stored.get(a.id);
    return s ? withCurrentBoard(a.kind, s) : freshActivityRun(a);
  });
  return {
    workshopId,
    status,
    currentActivityId,
    startedAt: run?.started_at ?? null,
    endedAt: run?.ended_at ?? null,
    enteredAt: run?.entered_at ?? null,
    serverNow: ctx.now,
    activities,
    projector: readPaging(ctx.db, workshopId, projectorContent({ status, currentActivityId, activities })),
  };
}

/** What the projector shows now, as a key for its page; a CONFLICT when no activity is on it. */
function projectorShowing(ctx: HandlerContext, workshopId: string, refusal: MessageDescriptor): string {
  getWorkshopOrThrow(ctx, workshopId);
  const content = projectorContent(loadRunState(ctx, workshopId));
  if (!content) throw new DomainError('CONFLICT', refusal);
  return content;
}

const ms = (iso: string) => Date.parse(iso);

function pauseTimer(s: ActivityRunState, now: string): ActivityRunState {
  if (!s.timer.runningSince) return s;
  const elapsed = s.timer.elapsedMs + Math.max(0, ms(now) - ms(s.timer.runningSince));
  return { ...s, timer: { ...s.timer, elapsedMs: elapsed, runningSince: null } };
}

function runChanged(ctx: HandlerContext, workshopId: string): RunState {
  ctx.emit('run:changed', { workshopId });
  return loadRunState(ctx, workshopId);
}

/** Leave the current activity (its time and timer stop counting) and enter another. */
function moveTo(ctx: HandlerContext, workshopId: string, activityId: string | null): RunState {
  const run = q.getRun(ctx.db, workshopId);
  if (!run || run.status !== 'running') {
    throw new DomainError('CONFLICT', msg`This workshop is not running. Start it first.`);
  }
  if (run.current_activity_id === activityId) return loadRunState(ctx, workshopId);
  const leaving = run.current_activity_id ? getActivity(ctx.db, run.current_activity_id) : undefined;
  if (leaving) {
    const s = pauseTimer(activityRun(ctx, leaving), ctx.now);
    const stint = run.entered_at ? Math.max(0, ms(ctx.now) - ms(run.entered_at)) : 0;
    q.saveActivityRun(ctx.db, workshopId, { ...s, spentMs: s.spentMs + stint });
  }
  if (activityId) {
    const entering = required(getActivity(ctx.db, activityId), 'activity');
    const s = activityRun(ctx, entering);
    q.saveActivityRun(ctx.db, workshopId, { ...s, firstEnteredAt: s.firstEnteredAt ?? ctx.now });
    // A commitments review reached with an empty board brings in the open commitments of earlier workshops.
    pullOnEntry(ctx, entering);
  }
  q.upsertRun(ctx.db, { ...run, current_activity_id: activityId, entered_at: activityId ? ctx.now : null });
  forgetPaging(ctx.db, workshopId);
  return runChanged(ctx, workshopId);
}

function step(ctx: HandlerContext, workshopId: string, delta: 1 | -1): RunState {
  const run = q.getRun(ctx.db, workshopId);
  const ids = listActivities(ctx.db, workshopId).map((a) => a.id);
  const at = run?.current_activity_id ? ids.indexOf(run.current_activity_id) : -1;
  const next = ids[Math.min(ids.length - 1, Math.max(0, at + delta))];
  return moveTo(ctx, workshopId, next ?? null);
}

function activityInWorkshop(ctx: HandlerContext, activityId: string): Activity {
  return required(getActivity(ctx.db, activityId), 'activity');
}

export const runHandlers = {
  'run:get': ({ workshopId }, ctx) => {
    getWorkshopOrThrow(ctx, workshopId);
    return loadRunState(ctx, workshopId);
  },

  'run:start': ({ workshopId }, ctx) => {
    getWorkshopOrThrow(ctx, workshopId);
    const existing = q.getRun(ctx.db, workshopId);
    if (existing?.status === 'running') return loadRunState(ctx, workshopId);
    const first = listActivities(ctx.db, workshopId)[0];
    if (!first) throw new DomainError('CONFLICT', msg`The agenda is empty. Add at least one activity before you start.`);
    q.upsertRun(ctx.db, {
      workshop_id: workshopId,
      status: 'running',
      current_activity_id: null,
      started_at: existing?.started_at ?? ctx.now,
      ended_at: null,
      entered_at: null,
    });
    updateWorkshop(ctx.db, workshopId, { status: 'running', updatedAt: ctx.now });
    ctx.emit('workshops:changed', {});
    ctx.emit('workshop:changed', { workshopId });
    return moveTo(ctx, workshopId, existing?.current_activity_id ?? (existing?.status === 'ended' ? furthestReached(ctx, workshopId) : null) ?? first.id);
  },

  'run:goto': ({ workshopId, activityId }, ctx) => {
    const activity = activityInWorkshop(ctx, activityId);
    if (activity.workshopId !== workshopId) throw new DomainError('NOT_FOUND', msg`That activity is not on this agenda.`);
    return moveTo(ctx, workshopId, activityId);
  },

  'run:next': ({ workshopId }, ctx) => step(ctx, workshopId, 1),
  'run:previous': ({ workshopId }, ctx) => step(ctx, workshopId, -1),

  'run:end': ({ workshopId }, ctx) => {
    getWorkshopOrThrow(ctx, workshopId);
    moveTo(ctx, workshopId, null);
    const run = q.getRun(ctx.db, workshopId)!;
    q.upsertRun(ctx.db, { ...run, status: 'ended', ended_at: ctx.now });
    updateWorkshop(ctx.db, workshopId, { status: 'finished', updatedAt: ctx.now });
    ctx.emit('workshops:changed', {});
    ctx.emit('workshop:changed', { workshopId });
    return runChanged(ctx, workshopId);
  },

  'run:timer': ({ workshopId, action }, ctx) => {
    const run = q.getRun(ctx.db, workshopId);
    if (!run?.current_activity_id || run.status !== 'running') {
      throw new DomainError('CONFLICT', msg`There is no activity running to time. Start the workshop first.`);
    }
    const activity = activityInWorkshop(ctx, run.current_activity_id);
    const s = activityRun(ctx, activity);
    const running = s.timer.runningSince !== null;
    let next: ActivityRunState;
    const mode = action === 'toggle' ? (running ? 'pause' : 'start') : action;
    if (mode === 'start') next = running ? s : { ...s, timer: { ...s.timer, runningSince: ctx.now } };
    else if (mode === 'pause') next = pauseTimer(s, ctx.now);
    else if (mode === 'reset') {
      next = { ...s, timer: { durationMs: activity.minutes * 60_000, elapsedMs: 0, runningSince: null } };
    } else next = { ...s, timer: { ...s.timer, durationMs: s.timer.durationMs + 60_000 } };
    q.saveActivityRun(ctx.db, workshopId, next);
    return runChanged(ctx, workshopId);
  },

  'run:set': ({ activityId, locked, revealed }, ctx) => {
    const activity = activityInWorkshop(ctx, activityId);
    const s = activityRun(ctx, activity);
    const next = { ...s, locked: locked ?? s.locked, revealed: revealed ?? s.revealed };
    q.saveActivityRun(ctx.db, activity.workshopId, next);
    if (next.locked !== s.locked || next.revealed !== s.revealed) forgetPaging(ctx.db, activity.workshopId, activity.id);
    return runChanged(ctx, activity.workshopId);
  },

  'run:setBoard': ({ activityId, board, base }, ctx) => {
    const activity = withCurrentConfig(activityInWorkshop(ctx, activityId));
    const s = activityRun(ctx, activity);
    // Another console may have changed the board since this edit was made on `base`: merge, never overwrite.
    const { board: merged, conflicts } = base === undefined ? { board, conflicts: [] } : mergeBoard(base, s.board, board);
    const next = checkBoard(activity.kind, merged);
    checkBoardKeepsAnswers(ctx, activity, s.board, next);
    q.saveActivityRun(ctx.db, activity.workshopId, { ...s, board: next, boardVersion: currentBoardVersion(activity.kind) });
    const run = runChanged(ctx, activity.workshopId);
    return conflicts.length ? { ...run, boardConflicts: conflicts } : run;
  },

  'run:page': ({ workshopId, delta }, ctx) => {
    const content = projectorShowing(ctx, workshopId, msg`There is no activity on the projector to page through. Start the workshop first.`);
    return movePage(ctx.db, workshopId, content, delta) ? runChanged(ctx, workshopId) : loadRunState(ctx, workshopId);
  },

  'run:presenterPages': ({ workshopId, activityId, pages }, ctx) => {
    const content = projectorShowing(ctx, workshopId, msg`There is no activity on the projector to measure. Start the workshop first.`);
    // A report about an activity that is no longer on the projector arrived late: ignore it.
    if (!content.startsWith(`${activityId}|`)) return loadRunState(ctx, workshopId);
    return reportPages(ctx.db, workshopId, content, pages) ? runChanged(ctx, workshopId) : loadRunState(ctx, workshopId);
  },

  'run:resetResponses': ({ activityId }, ctx) => {
    const activity = activityInWorkshop(ctx, activityId);
    const removed = deleteActivityResponses(ctx.db, activityId);
    const s = activityRun(ctx, activity);
    q.saveActivityRun(ctx.db, activity.workshopId, {
      ...s,
      revealed: false,
      board: findDefinition(activity.kind)?.board?.initial() ?? null,
      boardVersion: currentBoardVersion(activity.kind),
    });
    forgetPaging(ctx.db, activity.workshopId, activity.id);
    ctx.emit('responses:changed', { workshopId: activity.workshopId, activityId });
    ctx.emit('run:changed', { workshopId: activity.workshopId });
    return { removed };
  },
} satisfies Partial<Handlers>;
