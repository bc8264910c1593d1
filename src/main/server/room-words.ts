import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { PhoneReason } from '../../shared/participant-protocol';

// What the room server itself says to a phone, in the workshop's language (`i18nFor(workshop.language)`).
// Each refusal a phone's own screens show goes with a reason, which the phone says in its person's
// language instead (src/renderer/phone/reasons.ts); these words are for everything else that reads
// the message (a page without its script, an older phone page, a test).

export const ROOM_WORDS = {
  NOT_ON_LIST: msg`That name is not on this workshop’s list. Pick your name again.`,
  SELF_ADD_OFF: msg`Ask the facilitator to add you to the list.`,
  LIST_FULL: msg`The list is full: ask the facilitator to add you.`,
  SELF_ADD_BUSY: msg`Several people just added themselves from this network. Wait a minute and try again, or ask the facilitator to add you.`,
  ALREADY_ADDED: msg`This phone has already added a name. Anyone else can add themselves on their own phone, or ask the facilitator.`,
  PICK_NAME_FIRST: msg`Pick your name first.`,
  ACTIVITY_CLOSED: msg`This activity is no longer open. Your screen will update in a moment.`,
  SLOW_DOWN: msg`Slow down a little: too many messages at once.`,
  ROOM_CLOSED: msg`The facilitator closed the room for phones. Thank you for taking part!`,
} as const satisfies Record<PhoneReason, unknown>;

/** The room's words for a reason, in a language. */
export const roomWords = (i18n: I18n, reason: PhoneReason): string => i18n._(ROOM_WORDS[reason]);

/** The reason whose words (in this language) a message is: a service's refusal, said as the room says it. */
export function reasonOf(i18n: I18n, message: string): PhoneReason | undefined {
  return (Object.keys(ROOM_WORDS) as PhoneReason[]).find((reason) => roomWords(i18n, reason) === message);
}
