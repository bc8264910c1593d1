import { say, says } from './say';
import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import {
  ActionItem,
  ActionStatus,
  Activity,
  Id,
  IsoDate,
  MAX_IMPORT_BYTES,
  LongText,
  Minutes,
  Naming,
  Participant,
  PersonName,
  ShortText,
  Team,
  Title,
  Workshop,
  WorkshopDetail,
  WorkshopSummary,
} from '../domain';
import { PageCount, PageStep, RunState, TIMER_ACTIONS } from '../run';
import { RoomInfo } from '../room';
import { HandOverState, PinCheck, PrivacyLogEntry, RoomPin } from '../room-privacy';
import type { EventName, OpName } from './names';
import { MAX_TEMPLATE_FILE_CHARS, TemplateSummary } from '../templates';
import type { Result } from './result';
import { ExportedFile, ExportRequest } from '../export';
import { AnonymiseInput, AnonymiseSummary } from '../anonymise';
import { Currency } from '../currency';
import { Language } from '../locale';
import { AccentColour, Brand, BrandDefault, ClientName, LogoBase64 } from '../branding';
import { Series, SeriesTitle } from '../series';
import { ReviewItem, ReviewMarkInput, ReviewSource } from '../review';
import { SeriesTrends } from '../trends';
import { MessagingSeedsReport } from '../messaging-seeds';

const MAX_MB = Math.round(MAX_IMPORT_BYTES / (1024 * 1024));

// The one API contract. Each operation maps to a zod input and output schema;
// the core validates every input against it, whichever transport it came by.

const ById = z.object({ id: Id }).strict();
const Removed = z.object({ id: Id });

const WorkshopFields = Workshop.pick({
  title: true,
  goal: true,
  date: true,
  startTime: true,
  plannedEnd: true,
  location: true,
  facilitator: true,
  status: true,
})
  .extend({
    anonymityThreshold: z
      .number()
      .int()
      .min(1, says(msg`The threshold is at least 1`))
      .max(20, says(msg`The threshold is at most 20`)),
    namesInExports: z.boolean(says(msg`Names in the report and exports is either on or off`)),
    currency: Currency,
    language: Language,
    clientName: ClientName,
    /** null: no accent colour (the app's own). */
    accent: AccentColour.nullable(),
  })
  .strict();

const NewPerson = z.object({ name: PersonName, team: Team, role: ShortText.optional() }).strict();

const ByWorkshop = z.object({ workshopId: Id }).strict();
const MyResponses = z.object({ activityId: Id, participantId: Id, mine: z.record(z.string(), z.unknown()), complete: z.boolean() });
const TeamResult = z.object({ team: Team, n: z.number().int(), suppressed: z.boolean(), result: z.unknown() });
const ActivityResults = z.object({
  activityId: Id,
  /** Null for kinds nobody responds to. */
  aggregate: z.object({ n: z.number().int(), overall: z.unknown(), teams: z.array(TeamResult) }).nullable(),
  /** Who has answered (names are the console's business, not the projector's). */
  respondents: z.array(z.object({ participantId: Id, complete: z.boolean() })),
  threshold: z.number().int(),
});
export type ActivityResults = z.infer<typeof ActivityResults>;

const op = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const contract = {
  'app:info': op(
    z.object({}).strict(),
    z.object({ version: z.string(), dataDir: z.string(), schemaVersion: z.number().int(), mode: z.enum(['electron', 'browser']) }),
  ),
  'workshop:list': op(z.object({}).strict(), z.array(WorkshopSummary)),
  'workshop:listTrash': op(z.object({}).strict(), z.array(WorkshopSummary)),
  'workshop:get': op(ById, WorkshopDetail),
  'workshop:create': op(WorkshopFields.partial().extend({ title: Title }).strict(), Workshop),
  /** `language`: the sample's words and example content (default English). */
  'workshop:createSample': op(z.object({ language: Language.optional() }).strict(), Workshop),
  'workshop:update': op(z.object({ id: Id, patch: WorkshopFields.partial() }).strict(), Workshop),
  'workshop:duplicate': op(ById, Workshop),
  'workshop:trash': op(ById, Workshop),
  'workshop:restore': op(ById, Workshop),
  'workshop:purge': op(ById, Removed),
  'workshop:anonymise': op(AnonymiseInput, AnonymiseSummary),
  /** How many answers each activity has (activity id → count; none = absent): the planner asks before changing who can be recognised. */
  'workshop:answerCounts': op(ById, z.record(Id, z.number().int())),
  // Branding: client name and accent go through workshop:update; the logo has its own operations.
  /** The workshop's branding with its logo file (the planner's preview, the projector's join screen). */
  'workshop:brand': op(ById, Brand),
  /** A PNG or SVG from disk, as base64 (at most 512 KB); a file that is not a safe, whole image is refused and nothing changes. */
  'workshop:setLogo': op(z.object({ id: Id, base64: LogoBase64 }).strict(), Workshop),
  'workshop:clearLogo': op(ById, Workshop),
  /** Give an existing workshop the saved default branding (client name, logo, accent). */
  'workshop:applyBrandDefault': op(ById, Workshop),
  'settings:getBrandDefault': op(z.object({}).strict(), BrandDefault.nullable()),
  /** Save this workshop's branding as the default every new workshop starts with. */
  'settings:saveBrandDefault': op(ByWorkshop, BrandDefault),
  'settings:clearBrandDefault': op(z.object({}).strict(), z.null()),
  'workshop:import': op(
    z
      .object({
        json: z.string().max(MAX_IMPORT_BYTES, says(msg`That file is too large to be a Common Ground workshop (over ${MAX_MB} MB). Nothing was imported.`)),
      })
      .strict(),
    Workshop,
  ),
  'participant:add': op(NewPerson.extend({ workshopId: Id }).strict(), Participant),
  'participant:addMany': op(
    z
      .object({
        workshopId: Id,
        people: z
          .array(NewPerson)
          .min(1, says(msg`Add at least one person`))
          .max(200, says(msg`Add at most 200 people at once`)),
      })
      .strict(),
    z.array(Participant),
  ),
  'participant:update': op(z.object({ id: Id, patch: z.object({ name: PersonName, team: Team, role: ShortText }).partial().strict() }).strict(), Participant),
  'participant:remove': op(ById, Removed),
  'activity:add': op(
    z
      .object({
        workshopId: Id,
        kind: z.string().min(1).max(40),
        title: Title.optional(),
        minutes: Minutes.optional(),
        config: z.unknown().optional(),
        /** Where to insert; at the end when left out. */
        index: z.number().int().min(0).optional(),
      })
      .strict(),
    Activity,
  ),
  'activity:update': op(
    z
      .object({
        id: Id,
        patch: z.object({ title: Title, minutes: Minutes, config: z.unknown(), notes: LongText, naming: Naming.nullable() }).partial().strict(),
      })
      .strict(),
    Activity,
  ),
  'activity:duplicate': op(ById, Activity),
  'activity:remove': op(ById, Removed),
  'activity:reorder': op(z.object({ workshopId: Id, orderedIds: z.array(Id).max(500) }).strict(), z.array(Activity)),
  'actionItem:add': op(
    z
      .object({
        workshopId: Id,
        text: ActionItem.shape.text,
        owner: ShortText.optional(),
        dueDate: IsoDate.nullable().optional(),
      })
      .strict(),
    ActionItem,
  ),
  'actionItem:update': op(
    z
      .object({
        id: Id,
        patch: z.object({ text: ActionItem.shape.text, owner: ShortText, dueDate: IsoDate.nullable(), status: ActionStatus }).partial().strict(),
      })
      .strict(),
    ActionItem,
  ),
  'actionItem:remove': op(ById, Removed),

  // Running a workshop
  'run:get': op(ByWorkshop, RunState),
  'run:start': op(ByWorkshop, RunState),
  'run:goto': op(z.object({ workshopId: Id, activityId: Id }).strict(), RunState),
  'run:next': op(ByWorkshop, RunState),
  'run:previous': op(ByWorkshop, RunState),
  'run:end': op(ByWorkshop, RunState),
  'run:timer': op(z.object({ workshopId: Id, action: z.enum(TIMER_ACTIONS) }).strict(), RunState),
  'run:set': op(z.object({ activityId: Id, locked: z.boolean().optional(), revealed: z.boolean().optional() }).strict(), RunState),
  /**
   * A facilitator's board edit. With `base` (the board the edit was made on), the core merges it into the board stored now,
   * so two consoles editing at once both keep their work; a field both changed keeps the stored value and comes back in
   * `boardConflicts`. Without `base` the board is written whole (imports, scripts).
   */
  'run:setBoard': op(
    z.object({ activityId: Id, board: z.unknown(), base: z.unknown().optional() }).strict(),
    RunState.extend({ boardConflicts: z.array(z.object({ path: z.array(z.string()), field: z.string() })).optional() }),
  ),
  'run:resetResponses': op(z.object({ activityId: Id }).strict(), z.object({ removed: z.number().int() })),
  /** Page the projector's current activity (the console's buttons and keys, the presenter's keys). */
  'run:page': op(z.object({ workshopId: Id, delta: PageStep }).strict(), RunState),
  /** The presenter window says how many pages the current activity takes on its screen. */
  'run:presenterPages': op(z.object({ workshopId: Id, activityId: Id, pages: PageCount }).strict(), RunState),
  'activity:results': op(z.object({ activityId: Id }).strict(), ActivityResults),
  'response:submit': op(
    z
      .object({
        activityId: Id,
        participantId: Id,
        itemKey: z
          .string()
          .min(1, says(msg`An item key is required`))
          .max(64, says(msg`That item key is too long`)),
        /** The answer, or null to take it back. */
        value: z.unknown(),
      })
      .strict(),
    MyResponses,
  ),
  'response:mine': op(z.object({ activityId: Id, participantId: Id }).strict(), MyResponses),

  // The in-room page: who handed over, each person's own PIN, the privacy log
  'handover:list': op(ByWorkshop, z.array(HandOverState)),
  'handover:done': op(z.object({ participantId: Id, pin: RoomPin.optional() }).strict(), HandOverState),
  'handover:checkPin': op(z.object({ participantId: Id, pin: RoomPin }).strict(), PinCheck),
  'handover:openWithoutPin': op(z.object({ participantId: Id }).strict(), HandOverState),
  'privacyLog:list': op(ByWorkshop, z.array(PrivacyLogEntry)),

  // Templates: agendas with settings, never answers or rosters
  /** `language`: the built-in templates' names and descriptions (default English); saved templates are as they were written. */
  'template:list': op(z.object({ language: Language.optional() }).strict(), z.array(TemplateSummary)),
  'template:saveFromWorkshop': op(z.object({ workshopId: Id, name: Title, description: LongText.optional() }).strict(), TemplateSummary),
  /**
   * A new workshop from a template, in `language` (default English): a built-in template's words and
   * example content are made in it; a saved template keeps the words it was saved with.
   */
  'template:createWorkshop': op(z.object({ templateId: Id, title: Title.optional(), language: Language.optional() }).strict(), Workshop),
  'template:export': op(ById, z.object({ fileName: z.string(), json: z.string() })),
  'template:import': op(
    z.object({ json: z.string().max(MAX_TEMPLATE_FILE_CHARS, says(msg`That file is too big to be a Common Ground template. Nothing was imported.`)) }).strict(),
    TemplateSummary,
  ),
  'template:remove': op(ById, Removed),

  // Series: workshops that belong together, with a timeline (each series' workshops in date order)
  'series:list': op(z.object({}).strict(), z.array(Series)),
  'series:get': op(ById, Series),
  /** A new series; with workshopId, that workshop moves into it. A title already taken (case aside) is refused. */
  'series:create': op(z.object({ title: SeriesTitle, workshopId: Id.optional() }).strict(), Series),
  'series:rename': op(z.object({ id: Id, title: SeriesTitle }).strict(), Series),
  /** Only a series with no workshops (outside the trash) can be deleted. */
  'series:delete': op(ById, Removed),
  /** Move a workshop into a series, or out of any (seriesId null). */
  'workshop:setSeries': op(z.object({ workshopId: Id, seriesId: Id.nullable() }).strict(), z.object({ workshopId: Id, series: Series.nullable() })),
  /**
   * One click from a workshop of a series: the next one, in the same series, with the same people in the same teams and (agenda
   * 'same', the default) the same activities and settings, or (agenda 'joint-meeting') the 40-minute joint meeting template; no
   * answers, boards, run or action items. Scheduled two weeks later unless a date is given.
   */
  'series:nextWorkshop': op(
    z.object({ workshopId: Id, title: Title.optional(), date: IsoDate.optional(), agenda: z.enum(['same', 'joint-meeting']).optional() }).strict(),
    Workshop,
  ),
  /** The whole series as one JSON file: every workshop in it, each as its own workshop file. */
  'series:export': op(ById, z.object({ fileName: z.string(), json: z.string() })),
  /** A series file back: the series found by title (case aside) or made, with all its workshops; all of it or nothing. */
  'series:import': op(
    z
      .object({
        json: z.string().max(MAX_IMPORT_BYTES, says(msg`That file is too large to be a Common Ground series (over ${MAX_MB} MB). Nothing was imported.`)),
      })
      .strict(),
    Series,
  ),

  // The room for phones
  'room:open': op(
    z
      .object({
        workshopId: Id,
        host: z.string().max(64).optional(),
        allowSelfAdd: z.boolean().optional(),
        /** How many names people may add from their phones in this workshop (default 200). */
        selfAddLimit: z
          .number()
          .int()
          .min(0, says(msg`The number of people who can add themselves cannot be below 0.`))
          .max(5000, says(msg`At most 5,000 people can add themselves.`))
          .optional(),
      })
      .strict(),
    RoomInfo,
  ),
  'room:close': op(z.object({}).strict(), z.null()),
  'room:status': op(z.object({}).strict(), RoomInfo.nullable()),
  'room:hosts': op(z.object({}).strict(), z.array(z.object({ address: z.string(), label: z.string() }))),

  // Desktop windows
  'window:openPresenter': op(z.object({ workshopId: Id }).strict(), z.object({ display: z.enum(['external', 'window']) })),
  'export:save': op(z.object({ exportId: z.string().min(1).max(64) }).strict(), z.object({ saved: z.boolean(), path: z.string().nullable() })),

  // Exports (report, raw data, calendar)
  'export:prepare': op(ExportRequest, ExportedFile),

  // Commitments review (#18)
  /** Where a review stands: its series, how many workshops came before, how many open commitments are not on its board yet. */
  'review:status': op(z.object({ activityId: Id }).strict(), ReviewSource),
  /** Bring the open commitments of earlier workshops of the series onto the review (idempotent; marks stay). */
  'review:pull': op(z.object({ activityId: Id }).strict(), z.object({ added: z.number().int() })),
  /** Mark one carried commitment (done, partly, not done, dropped; null clears), with a reason, owner or due date. */
  'review:mark': op(ReviewMarkInput, ReviewItem),
  // Series trends (#18)
  /**
   * The pulse gap per statement and the lead-card divergence over a series. With workshopId: its series up to and including
   * that workshop (what its report and projector may show), or null when it is in no series. With seriesId: the whole series.
   */
  'series:trends': op(
    z.union([z.object({ workshopId: Id }).strict(), z.object({ seriesId: Id }).strict()], {
      error: () => say(msg`Ask for the trends of one series (seriesId) or of one workshop (workshopId).`),
    }),
    SeriesTrends.nullable(),
  ),
  // Messaging brainstorm (#18)
  /** The starting points a messaging brainstorm can bring in from the earlier workshops of this workshop's series; a read, nothing changes. */
  'messaging:seeds': op(z.object({ workshopId: Id }).strict(), MessagingSeedsReport),
} satisfies Record<OpName, { input: z.ZodType; output: z.ZodType }>;

// A name listed in OP_NAMES but missing here, or the reverse, fails to compile.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const contractCoversNames: Exact<keyof typeof contract, OpName> = true;

export type Contract = typeof contract;
export type OpInput<K extends OpName> = z.input<Contract[K]['input']>;
export type OpParsedInput<K extends OpName> = z.output<Contract[K]['input']>;
export type OpOutput<K extends OpName> = z.output<Contract[K]['output']>;

export const events = {
  'workshops:changed': z.object({}),
  'workshop:changed': z.object({ workshopId: Id }),
  'run:changed': z.object({ workshopId: Id }),
  'responses:changed': z.object({ workshopId: Id, activityId: Id }),
  'room:changed': z.object({}),
} satisfies Record<EventName, z.ZodType>;
export const eventsCoverNames: Exact<keyof typeof events, EventName> = true;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

/** What any transport gives the renderer: the same on IPC and WebSocket. */
export interface ApiClient {
  invoke<K extends OpName>(op: K, input: OpInput<K>): Promise<Result<OpOutput<K>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
