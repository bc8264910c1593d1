import { z } from 'zod';
import { Id, PersonName, Team } from './domain';
import type { Naming } from './privacy';
import type { Locale } from './locale';

// The phone protocol: what a participant's device may say on the LAN, and
// what it hears back. Deliberately tiny: join, read the current activity,
// write your own answers to it.

export const PARTICIPANT_SOCKET_PATH = '/p/ws';
export const MAX_PARTICIPANT_MESSAGE = 16 * 1024;
/** Device tokens are 32 random bytes, base64url. */
export const DeviceToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'Not a device token');

export const ParticipantClientMessage = z.discriminatedUnion('t', [
  /** First message: resume as a known device, or ask to join. */
  z.object({ t: z.literal('hello'), deviceToken: DeviceToken.optional() }).strict(),
  z.object({ t: z.literal('join'), participantId: Id }).strict(),
  z.object({ t: z.literal('joinNew'), name: PersonName, team: Team }).strict(),
  z
    .object({
      t: z.literal('submit'),
      /** The device's own counter: echoed in the ack so retries are matched. */
      seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
      activityId: Id,
      itemKey: z.string().min(1).max(64),
      value: z.unknown(),
      /** The phone's language: a refusal of this answer is said in it (else in the workshop's; unknown ones too). */
      locale: z.string().max(16).optional(),
    })
    .strict(),
  z.object({ t: z.literal('leave') }).strict(),
  z.object({ t: z.literal('ping') }).strict(),
]);
export type ParticipantClientMessage = z.infer<typeof ParticipantClientMessage>;

export interface RosterEntry {
  id: string;
  name: string;
  team: Team;
  /** In the welcome list: someone has joined as this person on another phone right now. */
  joined?: boolean;
}

/**
 * The current activity as a phone sees it, and only what the room sees of
 * it: no notes, no guide, no other people's answers, no poll or ballot the
 * facilitator has not opened.
 */
export interface PhoneActivity {
  id: string;
  kind: string;
  title: string;
  /** Who can be recognised in what this activity collects, for the line phones show before people answer. */
  naming: Naming;
  /** The settings its participant view needs right now (the kind's `participantConfig`); null for kinds nobody answers. */
  config: unknown;
  /** What the facilitator opened to the room from the board (e.g. the themes to vote on), if the kind shares anything. */
  shared?: unknown;
}

export type PhoneStage = 'waiting' | 'activity' | 'ended';

/**
 * Why the room refused or closed, for the phone to say in its person's language (its own
 * catalog); `message` says the same in the workshop's language for anything that has no reason.
 */
export type PhoneReason =
  'NOT_ON_LIST' | 'SELF_ADD_OFF' | 'LIST_FULL' | 'SELF_ADD_BUSY' | 'ALREADY_ADDED' | 'PICK_NAME_FIRST' | 'ACTIVITY_CLOSED' | 'SLOW_DOWN' | 'ROOM_CLOSED';

export type ParticipantServerMessage =
  /**
   * `language`: the workshop's, which a phone shows unless its person picked another on it. The room
   * always sends it (participant-session.ts says it as required); a phone copes without it.
   */
  | { t: 'welcome'; workshopTitle: string; language?: Locale; roster: RosterEntry[]; allowSelfAdd: boolean }
  | { t: 'joined'; participant: RosterEntry; deviceToken: string }
  | {
      t: 'state';
      stage: PhoneStage;
      activity: PhoneActivity | null;
      locked: boolean;
      mine: Record<string, unknown>;
      /** The workshop's language: a change follows live on phones whose person never picked one (always sent, see welcome). */
      language?: Locale;
    }
  | { t: 'ack'; seq: number; mine: Record<string, unknown> }
  | { t: 'error'; seq?: number; code: string; message: string; reason?: PhoneReason }
  | { t: 'closed'; message: string; reason?: PhoneReason }
  | { t: 'pong' };
