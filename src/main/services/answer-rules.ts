import { msg } from '@lingui/core/macro';
import type { Activity } from '../../shared/domain';
import { DomainError } from '../../shared/api/result';
import { parseOrThrow } from '../../shared/api/validate';
import { findDefinition } from '../../activities/registry';
import type { AnswerContext, ResponseEngine } from '../../activities/types';
import { getParticipant } from '../db/queries/participants';
import { answeredItemKeys, listResponses } from '../db/queries/responses';
import type { HandlerContext } from './context';
import { namingOf } from '../../activities/naming';
import { getWorkshopOrThrow } from './workshop-records';
import { activityRun } from './run';

// The rules every answer obeys, in one place: a phone's or the console's
// write (live), an import, and a change of the board or the settings that
// the answers already kept must still fit (stored). See AnswerContext in
// src/activities/types.ts for which rules are about the moment.

/** What an answer is checked against: the ballot on the activity's board (for kinds that have one), live or stored. */
export function answerContext(kind: string, config: unknown, board: unknown, live: boolean): AnswerContext {
  const ballot = findDefinition(kind)?.ballot?.(config, board);
  return ballot ? { live, ballot } : { live };
}

/**
 * One answer: the engine's value schema, then its check against the config,
 * this person's other answers and the board. Returns the parsed value
 * (null = take it back); a VALIDATION error says why not.
 */
export function checkAnswer(
  engine: ResponseEngine<unknown>,
  config: unknown,
  itemKey: string,
  input: unknown,
  mine: ReadonlyMap<string, unknown>,
  context: AnswerContext,
): unknown {
  const value = input === null ? null : parseOrThrow(engine.valueSchema, input);
  const problem = engine.check(config, itemKey, value, mine, context);
  if (problem) throw new DomainError('VALIDATION', problem);
  return value;
}

/** The first kept answer (person, problem) that fits `before` but not `after`, each a config and board. */
function firstBroken(ctx: HandlerContext, activity: Activity, before: { config: unknown; board: unknown }, after: { config: unknown; board: unknown }) {
  const engine = findDefinition(activity.kind)?.responses;
  if (!engine) return null;
  const byPerson = new Map<string, Map<string, unknown>>();
  for (const r of listResponses(ctx.db, activity.id))
    byPerson.set(r.participantId, (byPerson.get(r.participantId) ?? new Map<string, unknown>()).set(r.itemKey, r.value));
  const was = answerContext(activity.kind, before.config, before.board, false);
  const will = answerContext(activity.kind, after.config, after.board, false);
  // With the same settings, only an item coming (back) onto the ballot can break a kept answer: only its voters need a look.
  const sameSettings = before.config === after.config;
  const comesBack = (key: string) => Boolean(will.ballot?.has(key) && !was.ballot?.has(key));
  for (const [participantId, mine] of byPerson) {
    if (sameSettings && ![...mine.keys()].some(comesBack)) continue;
    for (const [itemKey, value] of mine) {
      const others = new Map(mine);
      others.delete(itemKey);
      const problem = engine.check(after.config, itemKey, value, others, will);
      // Answers that did not fit before either (kept from an older version) do not block the change.
      if (problem && !engine.check(before.config, itemKey, value, others, was)) return { participantId, problem };
    }
  }
  return null;
}

/**
 * Who gave a kept answer, as the facilitator's screen may say it: a name only where the
 * activity is named (the console can be on a shared screen; an anonymous answer stays so).
 */
function whoGave(ctx: HandlerContext, activity: Activity, participantId: string): string | null {
  const workshop = getWorkshopOrThrow(ctx, activity.workshopId);
  if (namingOf(findDefinition(activity.kind), activity, workshop) !== 'named') return null;
  return getParticipant(ctx.db, participantId)?.name ?? null;
}

/** A new board must still fit the answers kept (a theme back on the ballot must not count dots spent elsewhere since). */
export function checkBoardKeepsAnswers(ctx: HandlerContext, activity: Activity, before: unknown, after: unknown): void {
  const def = findDefinition(activity.kind);
  if (!def?.ballot) return; // only ballots decide which kept answers count
  // Most board changes (a card moved within the ballot, a theme renamed, a note agreed) bring nothing back onto it.
  const was = def.ballot(activity.config, before);
  const will = def.ballot(activity.config, after);
  const keys = answeredItemKeys(ctx.db, activity.id);
  if (!keys.some((k) => will.has(k) && !was.has(k))) return;
  const broken = firstBroken(ctx, activity, { config: activity.config, board: before }, { config: activity.config, board: after });
  if (!broken) return;
  const name = whoGave(ctx, activity, broken.participantId);
  const problem = broken.problem;
  throw new DomainError(
    'VALIDATION',
    name
      ? msg`That change to the board was not saved: ${name}’s votes would no longer add up. ${problem} A theme or note that left the ballot cannot come back once its dots were spent elsewhere: put those cards in a new theme instead.`
      : msg`That change to the board was not saved: someone’s votes would no longer add up. ${problem} A theme or note that left the ballot cannot come back once its dots were spent elsewhere: put those cards in a new theme instead.`,
  );
}

/** New settings must still fit the answers kept (a card someone placed stays, a budget stays above what was spent). */
export function checkSettingsKeepAnswers(ctx: HandlerContext, activity: Activity, config: unknown): void {
  const board = activityRun(ctx, activity).board ?? findDefinition(activity.kind)?.board?.initial() ?? null;
  const broken = firstBroken(ctx, activity, { config: activity.config, board }, { config, board });
  if (!broken) return;
  const name = whoGave(ctx, activity, broken.participantId);
  const problem = broken.problem;
  throw new DomainError(
    'VALIDATION',
    name
      ? msg`These settings were not saved: they no longer fit an answer ${name} has already given. ${problem} Ask ${name} to change that answer, or clear this activity’s answers in the console, then change the settings.`
      : msg`These settings were not saved: they no longer fit an answer someone has already given. ${problem} Clear this activity’s answers in the console, or keep the settings as they are.`,
  );
}
