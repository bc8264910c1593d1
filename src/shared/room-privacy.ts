import { says } from './api/say';
import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { Id, Timestamp } from './domain';

// The in-room answering page (one shared screen or a passed-around tablet):
// who has handed over, whose answers are behind a PIN, and the privacy log
// the console shows. Pure: used by the core, the renderer and the tests.

/** A person's own 4-digit PIN for re-opening their answers on the shared screen. */
export const RoomPin = z.string(says(msg`A PIN is 4 digits, like 2580`)).regex(/^\d{4}$/, says(msg`A PIN is exactly 4 digits, like 2580`));

/** Wrong PINs in a row before a person's answers wait; each further wrong PIN doubles the wait. */
export const PIN_TRIES = 5;
export const PIN_FIRST_WAIT_SECONDS = 60;
export const PIN_MAX_WAIT_SECONDS = 15 * 60;

export const HandOverState = z.object({
  participantId: Id,
  /** When they last pressed "Done — next person" (null = never): from then on their answers need their step to re-open. */
  handedOverAt: Timestamp.nullable(),
  hasPin: z.boolean(),
});
export type HandOverState = z.infer<typeof HandOverState>;

export const PinCheck = z.object({
  unlocked: z.boolean(),
  /** Wrong PINs still allowed before a wait. */
  triesLeft: z.number().int(),
  /** Seconds until another PIN is accepted (0 = now). */
  retryAfterSeconds: z.number().int(),
});
export type PinCheck = z.infer<typeof PinCheck>;

export const PrivacyLogEntry = z.object({
  id: z.number().int(),
  at: Timestamp,
  action: z.string(),
  detail: z.string(),
});
export type PrivacyLogEntry = z.infer<typeof PrivacyLogEntry>;

/** The privacy-log actions the in-room page writes; `detail` is the participant's id (so an anonymised workshop keeps no name here). */
export const ROOM_LOG_ACTIONS = {
  override: 'room:open-without-pin',
  lockout: 'room:pin-lockout',
} as const;

/**
 * Done with the activity on screen: handed over since it was first opened.
 * (One hand-over time per person is stored; an earlier activity's hand-over does not count.)
 */
export function doneWithActivity(state: HandOverState | undefined, activityFirstEnteredAt: string | null | undefined): boolean {
  if (!state?.handedOverAt || !activityFirstEnteredAt) return false;
  return Date.parse(state.handedOverAt) >= Date.parse(activityFirstEnteredAt);
}

/** "1 minute", "45 seconds": how long to wait before another PIN. */
export function waitInWords(seconds: number): string {
  if (seconds >= 60) {
    const m = Math.ceil(seconds / 60);
    return `${m} minute${m === 1 ? '' : 's'}`;
  }
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}
