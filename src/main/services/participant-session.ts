import { createHash, randomBytes } from 'node:crypto';
import type { Team } from '../../shared/domain';
import type { PhoneActivity, PhoneStage, RosterEntry } from '../../shared/participant-protocol';
import { DomainError } from '../../shared/api/result';
import { getActivity } from '../db/queries/activities';
import { deviceParticipant, insertDevice, touchDevice } from '../db/queries/devices';
import { getParticipant, listParticipants } from '../db/queries/participants';
import { listMine } from '../db/queries/responses';
import { getRun } from '../db/queries/runs';
import type { HandlerContext } from './context';
import { getWorkshopOrThrow } from './workshop-records';
import { addPeople } from './participants';
import { withCurrentConfig } from './activities';
import { findDefinition } from '../../activities/registry';
import { namingOf } from '../../activities/naming';
import { activityRun } from './run';
import { submitResponse } from './responses';
import type { Locale } from '../../shared/locale';
import { i18nFor } from '../i18n';
import { roomWords } from '../server/room-words';

// What a phone may do, and nothing more: join, read the current activity of
// its own workshop, and write its own answers to it while it is unlocked.

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export function roster(ctx: HandlerContext, workshopId: string): { title: string; language: Locale; roster: RosterEntry[] } {
  const workshop = getWorkshopOrThrow(ctx, workshopId);
  return {
    title: workshop.title,
    language: workshop.language,
    roster: listParticipants(ctx.db, workshopId).map((p) => ({ id: p.id, name: p.name, team: p.team })),
  };
}

function issueDevice(ctx: HandlerContext, workshopId: string, participantId: string): string {
  const token = randomBytes(32).toString('base64url');
  insertDevice(ctx.db, hash(token), workshopId, participantId, ctx.now);
  return token;
}

export function joinAs(ctx: HandlerContext, workshopId: string, participantId: string) {
  const p = getParticipant(ctx.db, participantId);
  if (!p || p.workshopId !== workshopId) throw new DomainError('NOT_FOUND', roomWords(i18nFor(getWorkshopOrThrow(ctx, workshopId).language), 'NOT_ON_LIST'));
  return { participant: { id: p.id, name: p.name, team: p.team }, deviceToken: issueDevice(ctx, workshopId, p.id) };
}

export function joinNew(ctx: HandlerContext, workshopId: string, name: string, team: Team) {
  const [p] = addPeople(ctx, workshopId, [{ name, team }]);
  return { participant: { id: p!.id, name: p!.name, team: p!.team }, deviceToken: issueDevice(ctx, workshopId, p!.id) };
}

/** The participant a device token belongs to, in this workshop, or null. */
export function resume(ctx: HandlerContext, workshopId: string, token: string): RosterEntry | null {
  const participantId = deviceParticipant(ctx.db, hash(token), workshopId);
  if (!participantId) return null;
  const p = getParticipant(ctx.db, participantId);
  if (!p) return null;
  touchDevice(ctx.db, hash(token), ctx.now);
  return { id: p.id, name: p.name, team: p.team };
}

export interface PhoneState {
  stage: PhoneStage;
  activity: PhoneActivity | null;
  locked: boolean;
  mine: Record<string, unknown>;
  /** The workshop's language, for phones whose person has not picked one. */
  language: Locale;
}

export function phoneState(ctx: HandlerContext, workshopId: string, participantId: string): PhoneState {
  const workshop = getWorkshopOrThrow(ctx, workshopId);
  const language = workshop.language;
  const run = getRun(ctx.db, workshopId);
  if (run?.status === 'ended') return { stage: 'ended', activity: null, locked: true, mine: {}, language };
  const current = run?.status === 'running' && run.current_activity_id ? getActivity(ctx.db, run.current_activity_id) : undefined;
  if (!current) return { stage: 'waiting', activity: null, locked: true, mine: {}, language };
  const activity = withCurrentConfig(current);
  const state = activityRun(ctx, activity);
  const def = findDefinition(activity.kind);
  // Only what the room sees: the settings its participant view needs (no
  // facilitator-only fields, no poll or ballot that is not open) and what the
  // facilitator opened from the board. Never the notes, guide or results.
  const config = def?.participantConfig ? def.participantConfig(activity.config, state.board) : null;
  const shared = def?.shared?.(activity.config, state.board);
  const naming = namingOf(def, activity, workshop);
  return {
    stage: 'activity',
    activity: { id: activity.id, kind: activity.kind, title: activity.title, naming, config, ...(shared === undefined ? {} : { shared }) },
    locked: state.locked,
    mine: Object.fromEntries(listMine(ctx.db, activity.id, participantId)),
    language,
  };
}

/** A phone's write: only to the activity on screen right now, and only its own. */
export function submitFromPhone(
  ctx: HandlerContext,
  workshopId: string,
  participantId: string,
  input: { activityId: string; itemKey: string; value: unknown },
): Record<string, unknown> {
  const run = getRun(ctx.db, workshopId);
  if (run?.status !== 'running' || run.current_activity_id !== input.activityId) {
    throw new DomainError('CONFLICT', roomWords(i18nFor(getWorkshopOrThrow(ctx, workshopId).language), 'ACTIVITY_CLOSED'));
  }
  return submitResponse(ctx, { ...input, participantId }).mine;
}
