import type { Workshop } from '../../shared/domain';
import { msg } from '@lingui/core/macro';
import { DomainError } from '../../shared/api/result';
import { say } from '../../shared/api/say';
import { findDefinition } from '../../activities/registry';
import type { AnswerContext } from '../../activities/types';
import { remapBoardRefs } from '../../activities/board-ids';
import { boardHistory, currentBoardVersion } from '../../activities/board-versions';
import { migrateValue, type VersionHistory } from '../../activities/versioned';
import { listActivities } from '../db/queries/activities';
import { listParticipants, insertParticipant } from '../db/queries/participants';
import { listActionItems, insertActionItem } from '../db/queries/action-items';
import { getRun, listActivityRuns, saveActivityRun, upsertRun } from '../db/queries/runs';
import { newId } from '../db/ids';
import type { HandlerContext } from '../services/context';
import { workshopChanged } from '../services/context';
import { getWorkshopOrThrow, newWorkshop } from '../services/workshop-records';
import { putInSeries, seriesForImport } from '../services/series';
import { insertAt, withCurrentConfig } from '../services/activities';
import { checkActivityConfig } from '../services/templates';
import { answerContext, checkAnswer } from '../services/answer-rules';
import { checkBoard } from '../services/run';
import { currencyOfActivities } from '../services/currency';
import { checkLogo, type CheckedLogo } from '../services/logo-check';
import { getLogo, putLogo } from '../db/queries/branding';
import { answerWriter, listWorkshopAnswers } from '../db/queries/responses';
import { answerHistory, currentAnswerVersion } from '../../activities/answer-versions';
import { refuse, parseWorkshopFile, WORKSHOP_FILE_FORMAT, WORKSHOP_FILE_VERSION, type WorkshopFile } from './json-file';
import { getSeries, workshopSeriesId } from '../db/queries/series';

// The whole workshop as one versioned JSON file, and back.
//
// Round trip: export → import → export gives the same file except for
//  - exportedAt (when the file was written), and
//  - the ids of the workshop, participants, activities and action items,
//    which are new on import (references between them, including ids inside
//    an activity's board such as brainstorm groups, are carried over).
// Everything else (answers with their times, the run with its actual times,
// boards, action items) comes back as it was. Boards and answers carry the
// version of their engine's shape (boardVersion, valueVersion; absent in files
// from before versions: 0) and are brought to the current one on import; one
// from a newer version is refused.
//
// An import is a live write: every setting, board and answer passes the same
// engine checks as when the facilitator or a phone writes it (checkActivityConfig,
// checkBoard, checkAnswer), all in the caller's one transaction. Answers are
// checked as kept answers (AnswerContext live: false) against the imported
// settings and board: the rules about the moment (is the activity locked, is
// the vote open right now, was this note on the ballot when the vote was cast)
// are left out, since a file records the end of the day; the rules every kept
// answer obeys at all times stay in (only dots on what is still on the ballot
// count toward a person's dots, as in the results). The live app keeps every
// answer within those rules when the board or the settings change, so a
// workshop's own export always imports back.

export { WORKSHOP_FILE_FORMAT, WORKSHOP_FILE_VERSION, WorkshopFile, parseWorkshopFile } from './json-file';

export function exportWorkshop(ctx: HandlerContext, workshopId: string): WorkshopFile {
  const w = getWorkshopOrThrow(ctx, workshopId);
  const logo = w.logo ? getLogo(ctx.db, w.logo.hash) : undefined;
  const activities = listActivities(ctx.db, workshopId).map(withCurrentConfig);
  const run = getRun(ctx.db, workshopId);
  const responses = listWorkshopAnswers(ctx.db, workshopId);
  const order = new Map(activities.map((a, i) => [a.id, i]));
  const seriesId = workshopSeriesId(ctx.db, workshopId);
  const series = seriesId ? getSeries(ctx.db, seriesId) : undefined;
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
      namesInExports: w.namesInExports,
      anonymisedAt: w.anonymisedAt,
      currency: w.currency,
      // Written only when not English, so an English workshop's file is as before.
      ...(w.language !== 'en' ? { language: w.language } : {}),
      clientName: w.clientName,
      accent: w.accent,
      logo: logo ? { mime: logo.mime, base64: logo.data.toString('base64') } : null,
      // Left out for a workshop in no series, so its file is as before.
      ...(series ? { series: { id: series.id, title: series.title } } : {}),
    },
    participants: listParticipants(ctx.db, workshopId).map((p) => ({ id: p.id, name: p.name, team: p.team, role: p.role })),
    activities: activities.map((a) => ({
      id: a.id,
      kind: a.kind,
      title: a.title,
      minutes: a.minutes,
      configVersion: a.configVersion,
      config: a.config,
      notes: a.notes,
      naming: a.naming,
    })),
    actionItems: listActionItems(ctx.db, workshopId).map((a) => ({ id: a.id, text: a.text, owner: a.owner, dueDate: a.dueDate, status: a.status })),
    responses: responses.map((r) => ({
      activity: r.activityId,
      participant: r.participantId,
      itemKey: r.itemKey,
      value: r.value,
      valueVersion: r.valueVersion,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
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

// What a refused file's checks say, in the caller's language (the operation's, say.ts): the place in the file,
// then why, then "Nothing was imported."
const quote = (title: string) => `“${title.slice(0, 60)}”`;

/** Re-throw an engine's VALIDATION error with where it happened in the file. */
function at<T>(where: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof DomainError && error.code === 'VALIDATION') {
      const why = error.message;
      throw refuse(msg`${where}: ${why} Nothing was imported.`, error.issues);
    }
    throw error;
  }
}

/** A record whose id the file uses twice: none of it can be linked up, so nothing is imported. */
function usedTwice(what: 'participant' | 'activity' | 'action item', old: string): DomainError {
  const id = old.slice(0, 40);
  if (what === 'participant') return refuse(msg`A person's id in the file is used twice: "${id}". Nothing was imported.`);
  if (what === 'activity') return refuse(msg`An activity's id in the file is used twice: "${id}". Nothing was imported.`);
  return refuse(msg`An action item's id in the file is used twice: "${id}". Nothing was imported.`);
}

/** Where an answer sits in the file: "Answer 12 (activity “Lead sort”, person 3)". */
const answerAt = (n: number, title: string, person: number) => {
  const activity = quote(title);
  return say(msg`Answer ${n} (activity ${activity}, person ${person})`);
};

/** Recreate a workshop from its file, in the caller's transaction: all of it or nothing. Its series is found by title, or made. */
export function importWorkshop(ctx: HandlerContext, text: string): Workshop {
  const file = parseWorkshopFile(text);
  return importWorkshopFile(ctx, file, file.workshop.series ? seriesForImport(ctx, file.workshop.series.title) : null);
}

/**
 * Recreate a checked workshop file, in the caller's transaction, in the given series (null: none).
 * `newIds`, when given, learns each old id of the file (workshop, people, activities, action items) and its new one.
 */
export function importWorkshopFile(ctx: HandlerContext, file: WorkshopFile, seriesId: string | null, newIds?: Map<string, string>): Workshop {
  const { id: _oldId, currency, language, logo: logoFile, series: _series, ...fields } = file.workshop;
  const logo = logoFile ? importLogo(logoFile) : null;
  if (logo) putLogo(ctx.db, logo);
  // Files from before the currency setting: the currency their comp plan was written in.
  const workshop = newWorkshop(ctx, {
    ...fields,
    logo: logo && { mime: logo.mime, width: logo.width, height: logo.height, bytes: logo.bytes, hash: logo.hash },
    currency: currency ?? currencyOfActivities(file.activities) ?? 'USD',
    language: language ?? 'en',
  });
  const ids = new Map<string, string>([[file.workshop.id, workshop.id]]);
  const fresh = (old: string, what: 'participant' | 'activity' | 'action item') => {
    if (ids.has(old)) throw usedTwice(what, old);
    const id = newId();
    ids.set(old, id);
    return id;
  };

  const personNumber = new Map<string, number>();
  file.participants.forEach((p, position) => {
    const id = fresh(p.id, 'participant');
    personNumber.set(id, position + 1);
    insertParticipant(ctx.db, { id, workshopId: workshop.id, name: p.name, team: p.team, role: p.role, position }, ctx.now);
  });
  const newParticipantId = (old: string) => (personNumber.has(ids.get(old) ?? '') ? ids.get(old) : undefined);

  const activities = new Map<string, { kind: string; title: string; config: unknown; board?: unknown }>();
  file.activities.forEach((a, i) => {
    const checked = checkActivityConfig(a, i + 1);
    const id = fresh(a.id, 'activity');
    activities.set(id, { kind: a.kind, title: a.title, config: checked.config });
    insertAt(ctx, {
      id,
      workshopId: workshop.id,
      kind: a.kind,
      title: a.title,
      minutes: a.minutes,
      config: checked.config,
      configVersion: checked.configVersion,
      notes: a.notes,
      naming: a.naming,
    });
  });
  file.actionItems.forEach((a, position) =>
    insertActionItem(
      ctx.db,
      { id: fresh(a.id, 'action item'), workshopId: workshop.id, text: a.text, owner: a.owner, dueDate: a.dueDate, status: a.status, position },
      ctx.now,
    ),
  );

  if (file.run) importRun(ctx, workshop.id, file.run, ids, activities, newParticipantId);
  importAnswers(ctx, file.responses, ids, activities, personNumber);
  if (seriesId) putInSeries(ctx, workshop.id, seriesId);
  if (newIds) for (const [old, id] of ids) newIds.set(old, id);
  workshopChanged(ctx, workshop.id);
  return getWorkshopOrThrow(ctx, workshop.id);
}

/** The file's logo, checked as a logo chosen from disk is. */
function importLogo(logo: { mime: string; base64: string }): CheckedLogo {
  let checked: CheckedLogo;
  try {
    checked = checkLogo(logo.base64);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'VALIDATION') {
      const why = error.issues?.[0]?.message ?? error.message;
      throw refuse(msg`The workshop’s logo: ${why} Nothing was imported.`);
    }
    throw error;
  }
  const said = logo.mime;
  const is = checked.mime;
  if (checked.mime !== logo.mime) throw refuse(msg`The workshop’s logo is said to be ${said} but is ${is}. Nothing was imported.`);
  return checked;
}

type Activities = ReadonlyMap<string, { kind: string; title: string; config: unknown; board?: unknown }>;

function importRun(
  ctx: HandlerContext,
  workshopId: string,
  run: NonNullable<WorkshopFile['run']>,
  ids: ReadonlyMap<string, string>,
  activities: Map<string, { kind: string; title: string; config: unknown; board?: unknown }>,
  newParticipantId: (old: string) => string | undefined,
) {
  const current = run.currentActivity === null ? null : ids.get(run.currentActivity);
  if (current === undefined || (current !== null && !activities.has(current)))
    throw refuse(msg`The run is on an activity that is not in the file. Nothing was imported.`);
  upsertRun(ctx.db, {
    workshop_id: workshopId,
    status: run.status,
    current_activity_id: current,
    started_at: run.startedAt,
    ended_at: run.endedAt,
    entered_at: run.enteredAt,
  });
  const seen = new Set<string>();
  for (const s of run.activities) {
    const activityId = ids.get(s.activityId);
    const activity = activityId ? activities.get(activityId) : undefined;
    if (!activityId || !activity) throw refuse(msg`The run refers to an activity that is not in the file. Nothing was imported.`);
    const title = quote(activity.title);
    if (seen.has(activityId)) throw refuse(msg`The run lists the activity ${title} twice. Nothing was imported.`);
    seen.add(activityId);
    let board: unknown = null;
    if (s.board !== null && s.board !== undefined) {
      const where = say(msg`The board of ${title}`);
      // Files from before boards had versions: their boards are at version 0.
      const checked = at(where, () => checkBoard(activity.kind, boardFromFile(activity.kind, s.boardVersion ?? 0, s.board)));
      board = remapBoardRefs(findDefinition(activity.kind)!.board!.schema, checked, newParticipantId);
    }
    activity.board = board;
    saveActivityRun(ctx.db, workshopId, { ...s, activityId, board, boardVersion: currentBoardVersion(activity.kind) });
  }
}

/** A value from a file brought to the current version of its shape; a VALIDATION error when it cannot be (e.g. from a newer version). */
function fromFile(history: VersionHistory, version: number, value: unknown): unknown {
  try {
    return migrateValue(history, version, value);
  } catch (error) {
    throw new DomainError('VALIDATION', error instanceof Error ? error.message : String(error));
  }
}

const boardFromFile = (kind: string, version: number, board: unknown) => fromFile(boardHistory(kind), version, board);
const valueFromFile = (kind: string, version: number, value: unknown) => fromFile(answerHistory(kind), version, value);

function importAnswers(
  ctx: HandlerContext,
  responses: WorkshopFile['responses'],
  ids: ReadonlyMap<string, string>,
  activities: Activities,
  personNumber: ReadonlyMap<string, number>,
) {
  const write = answerWriter(ctx.db);
  // What each person has answered so far in each activity: the engines' budgets (cards, dots, markers) count it.
  const mine = new Map<string, Map<string, unknown>>();
  // Each activity's answers are checked as kept answers, against its imported settings and board.
  const contexts = new Map<string, AnswerContext>();
  const contextOf = (id: string, a: { kind: string; config: unknown; board?: unknown }) =>
    contexts.get(id) ?? contexts.set(id, answerContext(a.kind, a.config, a.board ?? null, false)).get(id)!;
  responses.forEach((r, i) => {
    const activityId = ids.get(r.activity);
    const participantId = ids.get(r.participant);
    const activity = activityId ? activities.get(activityId) : undefined;
    const n = i + 1;
    if (!activityId || !activity) throw refuse(msg`Answer ${n} belongs to an activity that is not in the file. Nothing was imported.`);
    if (!participantId || !personNumber.has(participantId)) throw refuse(msg`Answer ${n} belongs to a person who is not in the file. Nothing was imported.`);
    const where = answerAt(n, activity.title, personNumber.get(participantId)!);
    const engine = findDefinition(activity.kind)?.responses;
    if (!engine) throw refuse(msg`${where}: that activity takes no answers. Nothing was imported.`);
    if (r.value === null) throw refuse(msg`${where}: an answer cannot be empty. Nothing was imported.`);
    const key = `${activityId}\u0000${participantId}`;
    const theirs = mine.get(key) ?? new Map<string, unknown>();
    if (theirs.has(r.itemKey)) throw refuse(msg`${where} repeats an earlier one. Nothing was imported.`);
    // Files from before answers had versions: their answers are at version 0.
    const current = at(where, () => valueFromFile(activity.kind, r.valueVersion ?? 0, r.value));
    const value = at(where, () => checkAnswer(engine, activity.config, r.itemKey, current, theirs, contextOf(activityId, activity)));
    theirs.set(r.itemKey, value);
    mine.set(key, theirs);
    write({
      activityId,
      participantId,
      itemKey: r.itemKey,
      value,
      valueVersion: currentAnswerVersion(activity.kind),
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    });
  });
}
