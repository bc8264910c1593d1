import { msg } from '@lingui/core/macro';
import { say } from '../../shared/api/say';
import type { z } from 'zod';
import type { Activity, Workshop } from '../../shared/domain';
import { ActionItem, LongText, ShortText, Title } from '../../shared/domain';
import { titleConfirms, type AnonymiseSummary } from '../../shared/anonymise';
import { DomainError } from '../../shared/api/result';
import { parseOrThrow } from '../../shared/api/validate';
import { findDefinition } from '../../activities/registry';
import { listParticipants, replaceWithLabel } from '../db/queries/participants';
import { listActivities, updateActivity } from '../db/queries/activities';
import { listActionItems, updateActionItem } from '../db/queries/action-items';
import { getRun, listActivityRuns, saveActivityRun } from '../db/queries/runs';
import { updateWorkshop } from '../db/queries/workshops';
import { appendPrivacyLog, listPrivacyLogDetails, setPrivacyLogDetail } from '../db/queries/room-pins';
import { listStoredAnswers, setStoredAnswer } from '../db/queries/responses';
import { currentAnswerVersion, readAnswer } from '../../activities/answer-versions';
import { deleteWorkshopDevices } from '../db/queries/devices';
import { withSecureDelete } from '../db/pragmas';
import type { HandlerContext, Handlers } from './context';
import { workshopChanged } from './context';
import { getWorkshopOrThrow } from './workshop-records';
import { withCurrentConfig } from './activities';
import { activityRun } from './run';
import { anonymiseOwner, nameReplacer, replaceNamesIn, rosterLabels, type TextWalk } from './anonymise-text';

// "Anonymise this workshop": after the day, forget who said what. Every
// participant becomes "Sales 1", "Marketing 2", ... (numbered within the team
// in roster order); teams, answers and the run stay exactly as they were, so
// every tally and the report come out the same, without names.
//
// Where a name can hide, and what happens there (all in the caller's one
// transaction: a crash half-way leaves every name or none):
//  - participants: name → label; role, in-room PIN and hand-over time cleared;
//  - devices: every phone token of the workshop deleted (none can rejoin as anyone);
//  - action items: owner → the label when it is exactly a roster name, a team
//    word stays, anything else → "Someone"; roster names in the text replaced;
//  - the facilitator's text (workshop title, goal, location; activity titles,
//    notes and settings; boards) and participants' answers: roster names, exactly
//    as spelled on the roster and as whole words, replaced by the label; a person
//    stored with their id on a board (a shadowing pair) gets their label;
//  - the privacy log: roster names in its lines replaced; one line added, with counts only.
// Kept on purpose: the workshop's `facilitator` field. It is the name of whoever
// ran the session, not of a participant; nobody's answers are recorded under it,
// and a report without its author is harder to trust or follow up on.

const quote = (title: string) => `“${title.slice(0, 60)}”`;

/** A field's new value (a text, settings, a board, an answer), refused (nothing changes) when the labels would make it invalid, e.g. too long. */
function checked<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  return parseOrThrow(
    schema,
    value,
    (why) => `With the names replaced, ${where} would no longer be valid (${why.replace(/\.$/, '')}). Shorten it, then anonymise again. Nothing was changed.`,
  );
}

function refuseUnlessFinished(ctx: HandlerContext, workshop: Workshop, confirmTitle: string): void {
  if (workshop.anonymisedAt) {
    const day = workshop.anonymisedAt.slice(0, 10);
    throw new DomainError('CONFLICT', msg`This workshop was already anonymised (${day}). There are no names left to remove.`);
  }
  const running = getRun(ctx.db, workshop.id)?.status === 'running';
  if (workshop.status !== 'finished' || running) {
    throw new DomainError(
      'CONFLICT',
      running || workshop.status === 'running'
        ? msg`Only a finished workshop can be anonymised, and it is still running: end it in the console first. Nothing was changed.`
        : msg`Only a finished workshop can be anonymised, and it has not been run yet. Nothing was changed.`,
    );
  }
  if (!titleConfirms(confirmTitle, workshop.title)) {
    const title = workshop.title.slice(0, 60);
    throw new DomainError('VALIDATION', msg`That does not match the workshop title “${title}”. Type it exactly to confirm. Nothing was changed.`, [
      { path: 'confirmTitle', message: say(msg`Type the workshop title exactly`) },
    ]);
  }
}

function anonymiseActivities(ctx: HandlerContext, activities: Activity[], walk: TextWalk): number {
  let texts = 0;
  for (const stored of activities) {
    const a = withCurrentConfig(stored);
    const where = `the activity ${quote(a.title)}`;
    const title = checked(Title, walk.names.text(a.title), `the title of ${where}`);
    const notes = checked(LongText, walk.names.text(a.notes), `the notes of ${where}`);
    const schema = findDefinition(a.kind)?.configSchema;
    const config = schema ? replaceNamesIn(schema, a.config, walk) : a.config;
    const configChanged = JSON.stringify(config) !== JSON.stringify(a.config);
    texts += Number(title !== a.title) + Number(notes !== a.notes) + Number(configChanged);
    if (title === a.title && notes === a.notes && !configChanged) continue;
    const next = { ...a, title, notes, config: configChanged && schema ? checked(schema, config, `the settings of ${where}`) : a.config };
    updateActivity(ctx.db, next, ctx.now);
  }
  return texts;
}

function anonymiseBoards(ctx: HandlerContext, workshopId: string, activities: Activity[], walk: TextWalk): number {
  const stored = new Set(listActivityRuns(ctx.db, workshopId).map((s) => s.activityId));
  let texts = 0;
  for (const activity of activities) {
    const schema = findDefinition(activity.kind)?.board?.schema;
    if (!schema || !stored.has(activity.id)) continue;
    // The board at its current version (a board that does not read: as stored, at its version).
    const s = activityRun(ctx, activity);
    if (s.board === null || s.board === undefined) continue;
    const board = replaceNamesIn(schema, s.board, walk);
    if (JSON.stringify(board) === JSON.stringify(s.board)) continue;
    texts += 1;
    saveActivityRun(ctx.db, workshopId, { ...s, board: checked(schema, board, `the board of ${quote(activity.title)}`) });
  }
  return texts;
}

function anonymiseAnswers(ctx: HandlerContext, activities: Activity[], walk: TextWalk): number {
  let texts = 0;
  for (const a of activities) {
    const schema = findDefinition(a.kind)?.responses?.valueSchema;
    if (!schema) continue;
    let changed = false;
    for (const row of listStoredAnswers(ctx.db, a.id)) {
      // At the current version when it reads; one that does not is walked as stored (and refused if a name is in it).
      const read = readAnswer(a.kind, JSON.parse(row.value), row.valueVersion, { activityId: a.id, participantId: row.participantId, itemKey: row.itemKey });
      const value = read.ok ? read.migrated : (JSON.parse(row.value) as unknown);
      const next = replaceNamesIn(schema, value, walk);
      const text = JSON.stringify(next);
      if (text === row.value || text === JSON.stringify(value)) continue;
      const valueVersion = read.ok ? currentAnswerVersion(a.kind) : row.valueVersion;
      setStoredAnswer(ctx.db, row.id, JSON.stringify(checked(schema, next, `an answer in ${quote(a.title)}`)), valueVersion);
      texts += 1;
      changed = true;
    }
    if (changed) ctx.emit('responses:changed', { workshopId: a.workshopId, activityId: a.id });
  }
  return texts;
}

function anonymiseActionItems(ctx: HandlerContext, workshopId: string, walk: TextWalk) {
  const owners = { renamed: 0, someone: 0, kept: 0 };
  let texts = 0;
  for (const item of listActionItems(ctx.db, workshopId)) {
    const text = checked(ActionItem.shape.text, walk.names.text(item.text), `an action item (${quote(item.text)})`);
    const o = anonymiseOwner(item.owner, walk.names);
    if (o.outcome === 'renamed') owners.renamed += 1;
    else if (o.outcome === 'someone') owners.someone += 1;
    else if (o.outcome === 'group') owners.kept += 1;
    texts += Number(text !== item.text);
    if (text !== item.text || o.owner !== item.owner) updateActionItem(ctx.db, { ...item, text, owner: o.owner }, ctx.now);
  }
  return { owners, texts };
}

function anonymisePrivacyLog(ctx: HandlerContext, workshopId: string, walk: TextWalk): number {
  let texts = 0;
  for (const row of listPrivacyLogDetails(ctx.db, workshopId)) {
    const detail = walk.names.text(row.detail);
    if (detail === row.detail) continue;
    setPrivacyLogDetail(ctx.db, row.id, detail);
    texts += 1;
  }
  return texts;
}

export function anonymiseWorkshop(ctx: HandlerContext, workshopId: string, confirmTitle: string): AnonymiseSummary {
  const workshop = getWorkshopOrThrow(ctx, workshopId);
  refuseUnlessFinished(ctx, workshop, confirmTitle);
  // SQLite leaves a replaced value's bytes in the file's free space: with
  // secure_delete on, what this transaction frees is overwritten with zeros,
  // so the data file itself keeps no copy of the names (checked in the tests).
  return withSecureDelete(ctx.db, () => replaceEverywhere(ctx, workshop));
}

function replaceEverywhere(ctx: HandlerContext, workshop: Workshop): AnonymiseSummary {
  const workshopId = workshop.id;
  const people = listParticipants(ctx.db, workshopId);
  const labels = rosterLabels(people);
  const walk: TextWalk = { names: nameReplacer(people, labels), labelOf: (id) => labels.get(id) };
  const activities = listActivities(ctx.db, workshopId);

  // Text first (it needs the names), then the names themselves.
  let texts = anonymiseActivities(ctx, activities, walk) + anonymiseBoards(ctx, workshopId, activities, walk) + anonymiseAnswers(ctx, activities, walk);
  const actions = anonymiseActionItems(ctx, workshopId, walk);
  texts += actions.texts + anonymisePrivacyLog(ctx, workshopId, walk);
  for (const p of people) replaceWithLabel(ctx.db, p.id, labels.get(p.id)!);
  const devices = deleteWorkshopDevices(ctx.db, workshopId);

  const fields = {
    title: checked(Title, walk.names.text(workshop.title), 'the workshop title'),
    goal: checked(LongText, walk.names.text(workshop.goal), 'the workshop goal'),
    location: checked(ShortText, walk.names.text(workshop.location), 'the workshop location'),
  };
  texts += Number(fields.title !== workshop.title) + Number(fields.goal !== workshop.goal) + Number(fields.location !== workshop.location);
  updateWorkshop(ctx.db, workshopId, { ...fields, anonymisedAt: ctx.now, updatedAt: ctx.now });
  const summary = { people: people.length, owners: actions.owners, texts, devices };
  appendPrivacyLog(
    ctx.db,
    workshopId,
    ctx.now,
    'anonymised',
    `Names removed: ${summary.people} people renamed by team; ${summary.owners.renamed} action owners renamed, ${summary.owners.someone} set to “Someone”; names replaced in ${summary.texts} texts; ${summary.devices} phones forgotten.`,
  );
  workshopChanged(ctx, workshopId);
  ctx.emit('run:changed', { workshopId });
  return { workshop: getWorkshopOrThrow(ctx, workshopId), ...summary };
}

export const anonymiseHandlers = {
  'workshop:anonymise': ({ id, confirmTitle }, ctx) => anonymiseWorkshop(ctx, id, confirmTitle),
} satisfies Partial<Handlers>;
