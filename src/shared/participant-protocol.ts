import { z } from 'zod';
import { Id, PersonName, Team } from './domain';
import type { Naming } from './privacy';

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

export type ParticipantServerMessage =
  | { t: 'welcome'; workshopTitle: string; roster: RosterEntry[]; allowSelfAdd: boolean }
  | { t: 'joined'; participant: RosterEntry; deviceToken: string }
  | {
      t: 'state';
      stage: PhoneStage;
      activity: PhoneActivity | null;
      locked: boolean;
      mine: Record<string, unknown>;
    }
  | { t: 'ack'; seq: number; mine: Record<string, unknown> }
  | { t: 'error'; seq?: number; code: string; message: string }
  | { t: 'closed'; message: string }
  | { t: 'pong' };
