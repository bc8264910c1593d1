import { z } from 'zod';
import {
  ActionStatus,
  ClockTime,
  IsoDate,
  LongText,
  Minutes,
  PersonName,
  ShortText,
  Team,
  Title,
  WorkshopStatus,
  type Workshop,
} from '../../shared/domain';
import { ActivityRunState, RUN_STATUSES } from '../../shared/run';
import { DomainError } from '../../shared/api/result';
import { describeIssues } from '../../shared/api/validate';
import { findDefinition } from '../../activities/registry';
import { listActivities } from '../db/queries/activities';
import { listParticipants, insertParticipant } from '../db/queries/participants';
import { listActionItems, insertActionItem } from '../db/queries/action-items';
import { getRun, listActivityRuns, saveActivityRun, upsertRun } from '../db/queries/runs';
import { newId } from '../db/ids';
import type { HandlerContext } from '../services/context';
import { workshopChanged } from '../services/context';
import { getWorkshopOrThrow, newWorkshop } from '../services/workshop-records';
import { insertAt, parseConfig, withCurrentConfig } from '../services/activities';

// The whole workshop as one versioned JSON file, and back.
//
// Round trip: export → import → export gives the same file except for
//  - exportedAt (when the file was written), and
//  - the ids of the workshop, participants, activities and action items,
//    which are new on import (references between them, including ids inside
//    an activity's board such as brainstorm groups, are carried over).
// Everything else (answers with their times, the run with its actual times,
// boards, action items) comes back as it was.

export const WORKSHOP_FILE_FORMAT = 'common-ground.workshop';
export const WORKSHOP_FILE_VERSION = 1;
/** Imports are sent through the API, whose messages are at most 1 MiB. */
export const MAX_IMPORT_CHARS = 1_000_000;

const Ref = z.string().min(1).max(64);
const Stamp = z.string().max(40);

export const WorkshopFile = z
  .object({
    format: z.literal(WORKSHOP_FILE_FORMAT),
    version: z.literal(WORKSHOP_FILE_VERSION),
    exportedAt: Stamp,
    workshop: z.object({
      id: Ref,
      title: Title,
      goal: LongText,
      date: IsoDate.nullable(),
      startTime: ClockTime.nullable(),
      plannedEnd: ClockTime.nullable(),
      location: ShortText,
      facilitator: ShortText,
      status: WorkshopStatus,
      anonymityThreshold: z.number().int().min(1).max(20),
    }),
    participants: z.array(z.object({ id: Ref, name: PersonName, team: Team, role: ShortText })).max(500),
    activities: z
      .array(z.object({ id: Ref, kind: z.string().min(1).max(40), title: Title, minutes: Minutes, configVersion: z.number().int().min(0), config: z.unknown(), notes: LongText }))
      .max(200),
    actionItems: z
      .array(z.object({ id: Ref, text: z.string().trim().min(1).max(500), owner: ShortText, dueDate: IsoDate.nullable(), status: ActionStatus }))
      .max(1000),
    responses: z
      .array(z.object({ activity: Ref, participant: Ref, itemKey: z.string().min(1).max(64), value: z.unknown(), createdAt: Stamp, updatedAt: Stamp }))
      .max(100_000),
    run: z
      .object({
        status: z.enum(RUN_STATUSES).exclude(['idle']),
        currentActivity: Ref.nullable(),
        startedAt: Stamp,
        endedAt: Stamp.nullable(),
        enteredAt: Stamp.nullable(),
        activities: z.array(ActivityRunState.extend({ activityId: Ref })).max(200),
      })
      .nullable(),
  })
  .strict();
export type WorkshopFile = z.infer<typeof WorkshopFile>;

interface ResponseRow {
  activity_id: string;
  participant_id: string;
  item_key: string;
  value: string;
  created_at: string;
  updated_at: string;
}

export function exportWorkshop(ctx: HandlerContext, workshopId: string): WorkshopFile {
  const w = getWorkshopOrThrow(ctx, workshopId);
  const activities = listActivities(ctx.db, workshopId).map(withCurrentConfig);
  const run = getRun(ctx.db, workshopId);
  const responses = ctx.db
    .prepare(
      `SELECT r.activity_id, r.participant_id, r.item_key, r.value, r.created_at, r.updated_at
       FROM responses r JOIN activities a ON a.id = r.activity_id
       WHERE a.workshop_id = ? ORDER BY a.position, r.id`,
    )
    .all(workshopId) as ResponseRow[];
  const order = new Map(activities.map((a, i) => [a.id, i]));
  return {
    format: WORKSHOP_FILE_FORMAT,
    version: WORKSHOP_FILE_VERSION,
    exportedAt: ctx.now,
    workshop: {
      id: w.id,
      title: w.title,
      goal: w.goal,
      date: w.date,
      startTime: w.startTime,
      plannedEnd: w.plannedEnd,
      location: w.location,
      facilitator: w.facilitator,
      status: w.status,
      anonymityThreshold: w.anonymityThreshold,
    },
    participants: listParticipants(ctx.db, workshopId).map((p) => ({ id: p.id, name: p.name, team: p.team, role: p.role })),
    activities: activities.map((a) => ({ id: a.id, kind: a.kind, title: a.title, minutes: a.minutes, configVersion: a.configVersion, config: a.config, notes: a.notes })),
    actionItems: listActionItems(ctx.db, workshopId).map((a) => ({ id: a.id, text: a.text, owner: a.owner, dueDate: a.dueDate, status: a.status })),
    responses: responses.map((r) => ({
      activity: r.activity_id,
      participant: r.participant_id,
      itemKey: r.item_key,
      value: JSON.parse(r.value) as unknown,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    })),
    run: run
      ? {
          status: run.status,
          currentActivity: run.current_activity_id,
          startedAt: run.started_at,
          endedAt: run.ended_at,
          enteredAt: run.entered_at,
          activities: listActivityRuns(ctx.db, workshopId).sort((a, b) => (order.get(a.activityId) ?? 0) - (order.get(b.activityId) ?? 0)),
        }
      : null,
  };
}

/** Replace old ids inside a board (e.g. "participantId/card-key") with the new ones. */
function remapIds(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') {
    const exact = ids.get(value);
    if (exact) return exact;
    const slash = value.indexOf('/');
    const head = slash > 0 ? ids.get(value.slice(0, slash)) : undefined;
    return head ? head + value.slice(slash) : value;
  }
  if (Array.isArray(value)) return value.map((v) => remapIds(v, ids));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, remapIds(v, ids)]));
  return value;
}

const refuse = (message: string) => new DomainError('VALIDATION', `${message} Nothing was imported.`);

/** Parse and check a workshop file; every problem is a VALIDATION error that names it. */
export function parseWorkshopFile(text: string): WorkshopFile {
  if (text.length > MAX_IMPORT_CHARS) throw refuse('That file is too large to be a Common Ground workshop (over 1 MB).');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw refuse('That file is not valid JSON, so it is not a Common Ground workshop export.');
  }
  const head = raw as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== WORKSHOP_FILE_FORMAT) {
    throw refuse('That file is not a Common Ground workshop export.');
  }
  if (head.version !== WORKSHOP_FILE_VERSION) {
    throw refuse(
      typeof head.version === 'number' && head.version > WORKSHOP_FILE_VERSION
        ? `That file was written by a newer version of Common Ground (format ${head.version}). Update the app, then import it.`
        : 'That file has an unknown format version.',
    );
  }
  const parsed = WorkshopFile.safeParse(raw);
  if (!parsed.success) {
    const d = describeIssues(parsed.error);
    throw new DomainError('VALIDATION', `That workshop file is damaged: ${d.message} Nothing was imported.`, d.issues);
  }
  return parsed.data;
}

/** Recreate a workshop from its file, in the caller's transaction: all of it or nothing. */
export function importWorkshop(ctx: HandlerContext, text: string): Workshop {
  const file = parseWorkshopFile(text);
  const { id: _oldId, ...fields } = file.workshop;
  const workshop = newWorkshop(ctx, fields);
  const ids = new Map<string, string>([[file.workshop.id, workshop.id]]);
  const fresh = (old: string, what: string) => {
    if (ids.has(old)) throw refuse(`The ${what} id "${old.slice(0, 40)}" is used twice.`);
    const id = newId();
    ids.set(old, id);
    return id;
  };

  file.participants.forEach((p, position) =>
    insertParticipant(ctx.db, { id: fresh(p.id, 'participant'), workshopId: workshop.id, name: p.name, team: p.team, role: p.role, position }, ctx.now),
  );
  const teamOf = new Map(file.participants.map((p) => [ids.get(p.id)!, p.team]));
  const kinds = new Map<string, string>();
  for (const a of file.activities) {
    const def = findDefinition(a.kind);
    if (!def) throw refuse(`The activity “${a.title}” is of a kind this version does not know (${a.kind.slice(0, 40)}).`);
    const config = parseConfig(def, a.configVersion < def.configVersion ? def.migrateConfig(a.configVersion, a.config) : a.config);
    const id = fresh(a.id, 'activity');
    kinds.set(id, a.kind);
    insertAt(ctx, { id, workshopId: workshop.id, kind: a.kind, title: a.title, minutes: a.minutes, config, configVersion: def.configVersion, notes: a.notes });
  }
  file.actionItems.forEach((a, position) =>
    insertActionItem(ctx.db, { id: fresh(a.id, 'action item'), workshopId: workshop.id, text: a.text, owner: a.owner, dueDate: a.dueDate, status: a.status, position }, ctx.now),
  );

  const insert = ctx.db.prepare(
    `INSERT INTO responses (activity_id, participant_id, item_key, value, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const seen = new Set<string>();
  file.responses.forEach((r, i) => {
    const activityId = ids.get(r.activity);
    const participantId = ids.get(r.participant);
    if (!activityId || !kinds.has(activityId)) throw refuse(`Answer ${i + 1} belongs to an activity that is not in the file.`);
    if (!participantId || !teamOf.has(participantId)) throw refuse(`Answer ${i + 1} belongs to a person who is not in the file.`);
    const engine = findDefinition(kinds.get(activityId)!)?.responses;
    if (!engine) throw refuse(`Answer ${i + 1} belongs to an activity that takes no answers.`);
    const value = engine.valueSchema.safeParse(r.value);
    if (!value.success) throw refuse(`Answer ${i + 1} is not a valid answer for its activity.`);
    const key = `${activityId}\u0000${participantId}\u0000${r.itemKey}`;
    if (seen.has(key)) throw refuse(`Answer ${i + 1} repeats an earlier one.`);
    seen.add(key);
    insert.run(activityId, participantId, r.itemKey, JSON.stringify(value.data), r.createdAt, r.updatedAt);
  });

  if (file.run) {
    const current = file.run.currentActivity === null ? null : (ids.get(file.run.currentActivity) ?? null);
    upsertRun(ctx.db, {
      workshop_id: workshop.id,
      status: file.run.status,
      current_activity_id: current,
      started_at: file.run.startedAt,
      ended_at: file.run.endedAt,
      entered_at: file.run.enteredAt,
    });
    for (const s of file.run.activities) {
      const activityId = ids.get(s.activityId);
      if (!activityId || !kinds.has(activityId)) throw refuse('The run refers to an activity that is not in the file.');
      const board = findDefinition(kinds.get(activityId)!)?.board;
      const remapped = remapIds(s.board, ids);
      if (board && remapped !== null && !board.schema.safeParse(remapped).success) throw refuse('An activity board in the file is damaged.');
      saveActivityRun(ctx.db, workshop.id, { ...s, activityId, board: remapped });
    }
  }
  workshopChanged(ctx, workshop.id);
  return getWorkshopOrThrow(ctx, workshop.id);
}
