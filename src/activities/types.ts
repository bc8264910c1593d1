import type { z } from 'zod';
import { msg, plural } from '@lingui/core/macro';
import { say } from '../shared/api/say';
import type { I18n } from '@lingui/core';
import type { Team } from '../shared/domain';
import type { NamingPolicy } from '../shared/privacy';
import type { CurrencyCode } from '../shared/currency';
import type { Locale } from '../shared/locale';
import type { Localized } from './localized';
import type { ReportBlock, ReportInput, ResponseText } from './report-types';

/**
 * The pure half of an activity engine, typed by what it stores: its settings
 * (Config), one answer (Value), its results (Tally) and the facilitator's
 * board (Board). Kinds without answers or board have `never` there. Write one
 * with defineActivity (below) and list it in registry.ts. The types are read
 * from configSchema, responses and board.schema only (NoInfer elsewhere), so
 * a default config or a shared report function cannot widen them.
 */
export interface ActivityDefinition<Config = unknown, Value = unknown, Tally = unknown, Board = unknown, Kind extends string = string> {
  kind: Kind;
  /** Name in the activity library, e.g. "Dot vote". */
  label: string;
  /** One sentence on why a facilitator would use it. */
  description: string;
  defaultTitle: string;
  defaultMinutes: number;
  /** Whether participants respond to it (a break or a talk: no): exactly when it has `responses`, set by defineActivity. */
  readonly interactive: boolean;
  configVersion: number;
  configSchema: z.ZodType<Config>;
  /** The settings a new activity starts with, its example content in `locale` (the workshop's language; English when not given). */
  defaultConfig(locale?: Locale): NoInfer<Config>;
  /**
   * Bring a config stored at an older version up to configVersion.
   * Called with the stored version; returns data for configSchema.
   */
  migrateConfig(fromVersion: number, config: unknown): unknown;
  /** For kinds that show money: the config written in the workshop's currency (kept in step with the workshop setting). */
  withCurrency?(config: NoInfer<Config>, currency: CurrencyCode): NoInfer<Config>;
  /** How people respond, for interactive kinds. */
  responses?: ResponseEngine<NoInfer<Config>, Value, Tally>;
  /** The facilitator's own working state while running it (e.g. brainstorm clusters). */
  board?: BoardSpec<Board>;
  /** A short facilitator guide (purpose, how to run it, timing, what to watch for) in every language, shown in the planner and the console. */
  guide?: Localized<FacilitatorGuide>;
  /** Its section of the PDF report (see report-types.ts); without it the report shows title and plan only. */
  report?(input: ReportInput<NoInfer<Config>, NoInfer<Tally>>): ReportBlock[];
  /**
   * One answer in words (appendix, CSV) in the workshop's language (`i18n`); default: the item key and JSON.
   * `board` is the activity's board when known (else undefined), to name themes and notes.
   */
  describeResponse?(config: NoInfer<Config>, itemKey: string, value: NoInfer<Value>, board: unknown, i18n: I18n): ResponseText;
  /**
   * What phones may see of the facilitator's board while this activity runs
   * (e.g. the poll that is open, the notes put to the vote): passed to the
   * Participant view as `shared`. Only what the board holds, never responses.
   */
  shared?(config: NoInfer<Config>, board: unknown): unknown;
  /**
   * For kinds that vote on what the facilitator puts on the board (persona
   * notes, retro themes): the ballot the board holds. Votes are checked
   * against it (see AnswerContext), and only dots on it count, as in the results.
   */
  ballot?(config: NoInfer<Config>, board: unknown): Ballot;
  /**
   * The settings a participant's screen needs right now, and nothing else: no
   * facilitator-only fields, no question or ballot that is not open. Phones
   * receive this instead of the config. Interactive kinds must declare it (a
   * test checks); without it phones get no settings at all.
   */
  participantConfig?(config: NoInfer<Config>, board: unknown): unknown;
  /** Whether names must stay hidden (e.g. an anonymous brainstorm): the appendix and CSV then show none. */
  isAnonymous?(config: NoInfer<Config>): boolean;
  /**
   * How this kind treats names (see shared/privacy.ts); default 'follows-workshop'.
   * Never read it directly: ask namingOf (activities/naming.ts) for the naming in force.
   */
  namingPolicy?: NamingPolicy;
}

/** The facilitator's working state of a kind: its schema, its empty state and the console's heading over it. */
export interface BoardSpec<Board = unknown> {
  schema: z.ZodType<Board>;
  initial(): NoInfer<Board>;
  /** Heading over the board in the console; default "Group the cards". */
  title?: string;
}

/** What defineActivity is given: everything but `interactive`, which follows from `responses`. */
export type ActivitySpec<Config, Value, Tally, Board, Kind extends string> = Omit<ActivityDefinition<Config, Value, Tally, Board, Kind>, 'interactive'>;

/**
 * Declare an engine. The types come from its parts (configSchema, responses,
 * board), so views, editors and reports listed for this kind are checked
 * against them; `interactive` is decided here, from `responses`, and nowhere else.
 */
export function defineActivity<const Kind extends string, Config, Value = never, Tally = never, Board = never>(
  spec: ActivitySpec<Config, Value, Tally, Board, Kind>,
): ActivityDefinition<Config, Value, Tally, Board, Kind> {
  return { ...spec, interactive: spec.responses !== undefined };
}

/** Plain words for the person running the exercise. */
export interface FacilitatorGuide {
  /** Why the room does this, in a sentence or two. */
  purpose: string;
  /** The steps, in order. */
  howToRun: string[];
  /** e.g. "20–30 minutes: 8 to sort, the rest to talk". */
  timing: string;
  /** What to listen and look for; where it tends to go wrong. */
  watchFor: string[];
}

/** One stored answer: unique per (activity, participant, item key). */
export interface StoredResponse<Value = unknown> {
  participantId: string;
  team: Team;
  itemKey: string;
  value: Value;
}

export interface ResponseEngine<Config, Value = unknown, Tally = unknown> {
  /** The shape of one response value. */
  valueSchema: z.ZodType<Value>;
  /**
   * Whether this participant may have value (null = take it back) under
   * itemKey, given their other answers (`mine`, which may include itemKey's
   * old value). A sentence saying why not, or null when it is fine. The core
   * always passes `context` (with the ballot, for kinds that have one).
   */
  check(config: Config, itemKey: string, value: Value | null, mine: ReadonlyMap<string, Value>, context?: AnswerContext): string | null;
  /** Results over a set of responses (everyone's, or one team's). Pure and order-independent. */
  tally(config: Config, responses: readonly StoredResponse<Value>[]): Tally;
  /** Whether a participant who wrote these has finished, e.g. sorted every card. */
  isComplete?(config: Config, mine: ReadonlyMap<string, Value>): boolean;
}

/** The items a vote may go to, as the board has them now. */
export interface Ballot {
  /** Whether votes are taken now (the facilitator opened the vote). */
  open: boolean;
  /** Whether this vote's item key is on the ballot: only dots on it count, in budgets and results. */
  has(itemKey: string): boolean;
}

/**
 * What an answer is checked against besides the settings and the person's
 * other answers. One check serves two cases:
 * - live (a phone or the console writes now): every rule, including those
 *   about the moment (the vote is open, this note is on the ballot now);
 * - stored (an answer already kept is checked again: an import, a change
 *   of the board or the settings): only the rules every kept answer obeys
 *   at all times. A vote on a note that later left the ballot is a normal
 *   kept answer; it just counts nowhere.
 */
export interface AnswerContext {
  live: boolean;
  /** The ballot on the activity's board, for kinds that have one. */
  ballot?: Ballot;
}

/** Why dots over a person's budget are refused: to that person as they vote (live), or about a kept answer. */
export function dotsLeftMessage(context: AnswerContext | undefined, left: number, perPerson: number): string {
  if (context?.live === false)
    return say(
      msg`${plural(perPerson, { one: 'That gives one person more than the # dot each person has.', other: 'That gives one person more than the # dots each person has.' })}`,
    );
  return say(msg`${plural(left, { one: 'You have # dot left.', other: 'You have # dots left.' })}`);
}

/** Give a response engine its types without repeating them at each use. */
export function defineResponses<Config, Value, Tally>(engine: ResponseEngine<Config, Value, Tally>): ResponseEngine<Config, Value, Tally> {
  return engine;
}

export const noMigrations = (_from: number, config: unknown): unknown => config;
