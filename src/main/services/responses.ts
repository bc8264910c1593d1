import { msg } from '@lingui/core/macro';
import type { Activity } from '../../shared/domain';
import { DomainError } from '../../shared/api/result';
import { findDefinition } from '../../activities/registry';
import type { ResponseEngine } from '../../activities/types';
import { aggregate } from '../../activities/aggregate';
import { getActivity } from '../db/queries/activities';
import { getParticipant, listParticipants } from '../db/queries/participants';
import * as q from '../db/queries/responses';
import { currentAnswerVersion } from '../../activities/answer-versions';
import type { HandlerContext, Handlers } from './context';
import { required } from './context';
import { getWorkshopOrThrow } from './workshop-records';
import { withCurrentConfig } from './activities';
import { activityRun } from './run';
import { answerContext, checkAnswer } from './answer-rules';

function engineFor(activity: Activity): ResponseEngine<unknown> {
  const engine = findDefinition(activity.kind)?.responses;
  if (!engine) {
    const title = activity.title;
    throw new DomainError('VALIDATION', msg`"${title}" does not take answers.`);
  }
  return engine;
}

function myResponses(ctx: HandlerContext, activity: Activity, participantId: string) {
  const engine = engineFor(activity);
  const mine = q.listMine(ctx.db, activity.id, participantId);
  return {
    activityId: activity.id,
    participantId,
    mine: Object.fromEntries(mine),
    complete: engine.isComplete?.(activity.config, mine) ?? mine.size > 0,
  };
}

function participantOf(ctx: HandlerContext, activity: Activity, participantId: string) {
  const participant = required(getParticipant(ctx.db, participantId), 'participant');
  if (participant.workshopId !== activity.workshopId) throw new DomainError('NOT_FOUND', msg`That participant is not in this workshop.`);
  return participant;
}

/** Save one answer: validated by the engine, refused when locked, idempotent on retry. */
export function submitResponse(ctx: HandlerContext, input: { activityId: string; participantId: string; itemKey: string; value: unknown }) {
  const activity = withCurrentConfig(required(getActivity(ctx.db, input.activityId), 'activity'));
  const engine = engineFor(activity);
  participantOf(ctx, activity, input.participantId);
  const run = activityRun(ctx, activity);
  if (run.locked) {
    throw new DomainError('CONFLICT', msg`Answers are locked for this activity. Ask the facilitator to unlock it.`);
  }
  const mine = q.listMine(ctx.db, activity.id, input.participantId);
  const context = answerContext(activity.kind, activity.config, run.board, true);
  const value = checkAnswer(engine, activity.config, input.itemKey, input.value, mine, context);
  if (value === null) q.deleteResponse(ctx.db, activity.id, input.participantId, input.itemKey);
  else q.upsertResponse(ctx.db, activity.id, input.participantId, input.itemKey, value, currentAnswerVersion(activity.kind), ctx.now);
  ctx.emit('responses:changed', { workshopId: activity.workshopId, activityId: activity.id });
  return myResponses(ctx, activity, input.participantId);
}

export function activityResults(ctx: HandlerContext, activityId: string) {
  const activity = withCurrentConfig(required(getActivity(ctx.db, activityId), 'activity'));
  const workshop = getWorkshopOrThrow(ctx, activity.workshopId);
  const def = findDefinition(activity.kind);
  const responses = q.listResponses(ctx.db, activityId);
  const engine = def?.responses;
  const byPerson = new Map<string, Map<string, unknown>>();
  for (const r of responses) {
    const m = byPerson.get(r.participantId) ?? new Map<string, unknown>();
    m.set(r.itemKey, r.value);
    byPerson.set(r.participantId, m);
  }
  const order = listParticipants(ctx.db, activity.workshopId).map((p) => p.id);
  const respondents = order
    .filter((id) => byPerson.has(id))
    .map((participantId) => ({
      participantId,
      complete: engine?.isComplete?.(activity.config, byPerson.get(participantId)!) ?? true,
    }));
  return {
    activityId,
    aggregate: def ? aggregate(def, activity.config, responses, workshop.anonymityThreshold) : null,
    respondents,
    threshold: workshop.anonymityThreshold,
  };
}

export const responseHandlers = {
  'response:submit': (input, ctx) => submitResponse(ctx, input),

  'response:mine': ({ activityId, participantId }, ctx) => {
    const activity = withCurrentConfig(required(getActivity(ctx.db, activityId), 'activity'));
    participantOf(ctx, activity, participantId);
    return myResponses(ctx, activity, participantId);
  },

  'activity:results': ({ activityId }, ctx) => activityResults(ctx, activityId),
} satisfies Partial<Handlers>;
