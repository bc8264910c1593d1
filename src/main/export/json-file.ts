import { say } from '../../shared/api/say';
import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import {
  ActionStatus,
  IsoDate,
  IsoTimestamp,
  LongText,
  MAX_IMPORT_BYTES,
  Minutes,
  Naming,
  PersonName,
  ShortText,
  Team,
  Title,
  Workshop,
} from '../../shared/domain';
import { ActivityRunState, RUN_STATUSES, TimerState } from '../../shared/run';
import { DomainError } from '../../shared/api/result';
import { Currency } from '../../shared/currency';
import { Language } from '../../shared/locale';
import { AccentColour, ClientName, LogoBase64, LogoMime } from '../../shared/branding';
import { parseOrThrow } from '../../shared/api/validate';
import { SeriesTitle } from '../../shared/series';

// The workshop file: its format, and reading one back safely (size, text,
// nesting depth, JSON, then the schema). What the file says is then checked
// by the engines when it is imported (see json.ts).

export const WORKSHOP_FILE_FORMAT = 'common-ground.workshop';
export const WORKSHOP_FILE_VERSION = 1;
/** JSON nested deeper than this is not a workshop file (ours is about 10 deep); refused before it is parsed into objects. */
export const MAX_IMPORT_DEPTH = 64;

const Ref = z.string().min(1).max(64);

export const WorkshopFile = z
  .object({
    format: z.literal(WORKSHOP_FILE_FORMAT),
    version: z.literal(WORKSHOP_FILE_VERSION),
    exportedAt: IsoTimestamp,
    // The workshop's own fields as the app checks them; ids, the privacy
    // settings' defaults for older files and timestamps are the file's.
    workshop: Workshop.pick({
      title: true,
      goal: true,
      date: true,
      startTime: true,
      plannedEnd: true,
      location: true,
      facilitator: true,
      status: true,
      anonymityThreshold: true,
    }).extend({
      id: Ref,
      /** Older files have no privacy setting: they import with names off (the default). */
      namesInExports: z.boolean().default(false),
      /** When the names were replaced by "Sales 1", "Marketing 2", ...: an anonymised workshop stays anonymised when imported. */
      anonymisedAt: IsoTimestamp.nullable().default(null),
      /** Older files have no currency: the import takes the one their comp plan was written in (else USD). */
      currency: Currency.optional(),
      /** The room's language (issue #19); older files and English ones have none: English. */
      language: Language.optional(),
      /** Branding (older files have none). The logo's bytes are checked again on import, like a logo chosen from disk. */
      clientName: ClientName.default(''),
      accent: AccentColour.nullable().default(null),
      logo: z.object({ mime: LogoMime, base64: LogoBase64 }).strict().nullable().default(null),
      /** The series it belongs to (absent: none). On import the series is found again by title, or made. */
      series: z.object({ id: Ref, title: SeriesTitle }).strict().optional(),
    }),
    participants: z.array(z.object({ id: Ref, name: PersonName, team: Team, role: ShortText })).max(2000),
    activities: z
      .array(
        z.object({
          id: Ref,
          kind: z.string().min(1).max(40),
          title: Title,
          minutes: Minutes,
          configVersion: z.number().int().min(0),
          config: z.unknown(),
          notes: LongText,
          naming: Naming.nullable().default(null),
        }),
      )
      .max(200),
    actionItems: z
      .array(z.object({ id: Ref, text: z.string().trim().min(1).max(500), owner: ShortText, dueDate: IsoDate.nullable(), status: ActionStatus }))
      .max(1000),
    responses: z
      .array(
        z.object({
          activity: Ref,
          participant: Ref,
          itemKey: z.string().min(1).max(64),
          value: z.unknown(),
          /** The version of its engine's answer shape; files from before answers had versions have none (0). */
          valueVersion: z.number().int().min(0).optional(),
          createdAt: IsoTimestamp,
          updatedAt: IsoTimestamp,
        }),
      )
      .max(1_000_000),
    run: z
      .object({
        status: z.enum(RUN_STATUSES).exclude(['idle']),
        currentActivity: Ref.nullable(),
        startedAt: IsoTimestamp,
        endedAt: IsoTimestamp.nullable(),
        enteredAt: IsoTimestamp.nullable(),
        activities: z
          .array(
            ActivityRunState.extend({
              activityId: Ref,
              firstEnteredAt: IsoTimestamp.nullable(),
              timer: TimerState.extend({ runningSince: IsoTimestamp.nullable() }),
            }),
          )
          .max(200),
      })
      .nullable(),
  })
  .strict();
export type WorkshopFile = z.infer<typeof WorkshopFile>;

/** A refused import. A `msg` descriptor is a whole sentence ending "Nothing was imported."; a string (English) gets that ending. */
export const refuse = (message: string | MessageDescriptor, issues?: { path: string; message: string }[]) =>
  new DomainError('VALIDATION', typeof message === 'string' ? `${message} Nothing was imported.` : message, issues);

/** How deeply arrays and objects nest in a JSON text, counted without parsing it (so no stack to overflow). */
export function jsonDepth(text: string, stopAbove = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) max = depth;
      if (max > stopAbove) return max;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

const MAX_MB = Math.round(MAX_IMPORT_BYTES / (1024 * 1024));

/** Read a file's text as JSON safely (size, text, nesting depth, then JSON); every problem is a VALIDATION error that names it. */
export function parseJsonFile(text: string): unknown {
  if (text.length > MAX_IMPORT_BYTES || Buffer.byteLength(text, 'utf8') > MAX_IMPORT_BYTES) {
    throw refuse(msg`That file is too large to be a Common Ground workshop (over ${MAX_MB} MB). Nothing was imported.`);
  }
  // A lone UTF-16 surrogate: what a text decoder leaves of broken bytes (String.prototype.isWellFormed, Node 20+).
  if (!(text as unknown as { isWellFormed(): boolean }).isWellFormed())
    throw refuse(msg`That file contains text that is not valid Unicode, so it is damaged. Nothing was imported.`);
  if (jsonDepth(text, MAX_IMPORT_DEPTH) > MAX_IMPORT_DEPTH) {
    throw refuse(
      msg`That file nests lists and objects more than ${MAX_IMPORT_DEPTH} deep, so it is not a Common Ground workshop export. Nothing was imported.`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw refuse(msg`That file is not valid JSON, so it is not a Common Ground workshop export. Nothing was imported.`);
  }
}

/** Parse and check a workshop file; every problem is a VALIDATION error that names it. */
export function parseWorkshopFile(text: string): WorkshopFile {
  return checkWorkshopFile(parseJsonFile(text));
}

/** Check parsed JSON as a workshop file: its format, version, then the schema. `inSeries`: its place in a series file (1 for the first). */
export function checkWorkshopFile(raw: unknown, inSeries?: number): WorkshopFile {
  const head = raw as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== WORKSHOP_FILE_FORMAT) {
    throw refuse(msg`That file is not a Common Ground workshop export. Nothing was imported.`);
  }
  if (head.version !== WORKSHOP_FILE_VERSION) {
    const version = head.version;
    throw refuse(
      typeof version === 'number' && version > WORKSHOP_FILE_VERSION
        ? msg`That file was written by a newer version of Common Ground (format ${version}). Update the app, then import it. Nothing was imported.`
        : msg`That file has an unknown format version. Nothing was imported.`,
    );
  }
  return parseOrThrow(WorkshopFile, raw, (why) =>
    say(
      inSeries === undefined
        ? msg`That workshop file is damaged: ${why} Nothing was imported.`
        : msg`Workshop ${inSeries} of the series is damaged: ${why} Nothing was imported.`,
    ),
  );
}
