import { says } from './api/say';
import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { NAMINGS } from './privacy';
import { TEAMS } from './teams';
import { Currency } from './currency';
import { Language } from './locale';
import { LogoInfo } from './branding';

// The domain model shared by the core, the renderer and phones.
// Pure: no Node, Electron, React or DOM.

export { TEAMS, TEAM_LABEL, TEAM_MARK } from './teams';
export const Team = z.enum(TEAMS, says(msg`Team must be Sales, Marketing or Other`));
export type Team = z.infer<typeof Team>;

export const WORKSHOP_STATUSES = ['draft', 'ready', 'running', 'finished'] as const;
export const WorkshopStatus = z.enum(WORKSHOP_STATUSES);
export type WorkshopStatus = z.infer<typeof WorkshopStatus>;

export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const;
export const ActionStatus = z.enum(ACTION_STATUSES);

export const Id = z
  .string()
  .min(1, says(msg`An id is required`))
  .max(64, says(msg`That id is too long`));
export const Title = z
  .string()
  .trim()
  .min(1, says(msg`A title is required`))
  .max(200, says(msg`Keep the title under 200 characters`));
export const ShortText = z
  .string()
  .trim()
  .max(200, says(msg`Keep it under 200 characters`));
export const LongText = z.string().max(5000, says(msg`Keep it under 5,000 characters`));
/** A real calendar day as YYYY-MM-DD (zod's ISO date checks month lengths and leap years: 2026-02-31 is refused). */
export const IsoDate = z.iso.date(says(msg`Use a real date like 2026-03-14`));
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, says(msg`Use a 24-hour time like 09:30`));
export const Minutes = z
  .number(says(msg`Minutes must be a number`))
  .int(says(msg`Minutes must be a whole number`))
  .min(0, says(msg`Minutes cannot be negative`))
  .max(480, says(msg`One activity can last at most 8 hours`));
export const Timestamp = z.string();
/** An instant as the core writes it (Date.toISOString(): UTC, "Z"). */
export const IsoTimestamp = z.iso.datetime(says(msg`Use a time like 2026-03-14T09:30:00.000Z`));

/**
 * The largest workshop file the app takes back (64 MiB of UTF-8). One limit for
 * every path: the import operation, the browser upload and the renderer's check.
 */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export const Workshop = z.object({
  id: Id,
  title: Title,
  goal: LongText,
  date: IsoDate.nullable(),
  startTime: ClockTime.nullable(),
  plannedEnd: ClockTime.nullable(),
  location: ShortText,
  facilitator: ShortText,
  status: WorkshopStatus,
  anonymityThreshold: z.number().int().min(1).max(20),
  /** "Names in the report and exports": off by default; names only on purpose. */
  namesInExports: z.boolean(),
  /** When every name was replaced by "Sales 1", "Marketing 2", ... (null = not anonymised). */
  anonymisedAt: Timestamp.nullable(),
  /** The currency money is shown in (comp plans, paychecks), e.g. "EUR". */
  currency: Currency,
  /** The language the room sees (projector, phones, report, exports): "en", "de", "fr" or "es". */
  language: Language,
  /** Branding (src/shared/branding.ts): the client's name ('' = none), an accent colour (#rrggbb or null), the logo's description (its file via workshop:brand). */
  clientName: z.string(),
  accent: z.string().nullable(),
  logo: LogoInfo.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type Workshop = z.infer<typeof Workshop>;

export const WorkshopSummary = Workshop.extend({
  participantCount: z.number().int(),
  /** People per team, for the list's "5 Sales ◆ · 5 Marketing ●". */
  teamCounts: z.object({ sales: z.number().int(), marketing: z.number().int(), other: z.number().int() }),
  activityCount: z.number().int(),
  totalMinutes: z.number().int(),
});
export type WorkshopSummary = z.infer<typeof WorkshopSummary>;

export const PersonName = z
  .string()
  .trim()
  .min(1, says(msg`A name is required`))
  .max(80, says(msg`Keep names under 80 characters`));

export const Participant = z.object({
  id: Id,
  workshopId: Id,
  name: PersonName,
  team: Team,
  role: ShortText,
  position: z.number().int(),
});
export type Participant = z.infer<typeof Participant>;

/** Who can be recognised in an activity's answers (see shared/privacy.ts). */
export const Naming = z.enum(NAMINGS, says(msg`Naming must be anonymous, team or named`));

export const Activity = z.object({
  id: Id,
  workshopId: Id,
  position: z.number().int(),
  kind: z.string(),
  title: Title,
  minutes: Minutes,
  config: z.unknown(),
  configVersion: z.number().int(),
  notes: LongText,
  /** The activity's own naming override; null follows the workshop setting. */
  naming: Naming.nullable(),
});
export type Activity = z.infer<typeof Activity>;

export const ActionItem = z.object({
  id: Id,
  workshopId: Id,
  text: z
    .string()
    .trim()
    .min(1, says(msg`Describe the action`))
    .max(500),
  owner: ShortText,
  dueDate: IsoDate.nullable(),
  status: ActionStatus,
  position: z.number().int(),
});
export type ActionItem = z.infer<typeof ActionItem>;

export const WorkshopDetail = z.object({
  workshop: Workshop,
  participants: z.array(Participant),
  activities: z.array(Activity),
  actionItems: z.array(ActionItem),
});
export type WorkshopDetail = z.infer<typeof WorkshopDetail>;
