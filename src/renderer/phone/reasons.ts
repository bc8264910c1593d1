import { i18n, type I18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { PhoneReason } from '../../shared/participant-protocol';

// Why the room refused or closed, said in this phone's language (its person's choice, else the
// workshop's): the room sends a reason with its own words (src/main/server/room-words.ts), and the
// phone says the reasons it knows itself, so a phone switched to Spanish in a German room reads Spanish.

type CodeRefusal = 'WRONG_CODE' | 'CODE_CHANGED' | 'TOO_MANY_TRIES';
/** The phone's own: an answer it could not send, and the laptop that cannot save. */
type PhoneOwn = 'PICK_AGAIN' | 'LEFT_BEFORE_SAVED' | 'SAVE_TROUBLE';

const REASONS: Readonly<Record<PhoneReason | CodeRefusal | PhoneOwn, MessageDescriptor>> = {
  NOT_ON_LIST: msg`That name is not on this workshop’s list. Pick your name again.`,
  SELF_ADD_OFF: msg`Ask the facilitator to add you to the list.`,
  LIST_FULL: msg`The list is full: ask the facilitator to add you.`,
  SELF_ADD_BUSY: msg`Several people just added themselves from this network. Wait a minute and try again, or ask the facilitator to add you.`,
  ALREADY_ADDED: msg`This phone has already added a name. Anyone else can add themselves on their own phone, or ask the facilitator.`,
  PICK_NAME_FIRST: msg`Pick your name first.`,
  ACTIVITY_CLOSED: msg`This activity is no longer open. Your screen will update in a moment.`,
  SLOW_DOWN: msg`Slow down a little: too many messages at once.`,
  ROOM_CLOSED: msg`The facilitator closed the room for phones. Thank you for taking part!`,
  WRONG_CODE: msg`That code does not match. Check the code on the screen.`,
  CODE_CHANGED: msg`The code on the screen has just changed. Type the new code.`,
  TOO_MANY_TRIES: msg`Too many tries. Wait a minute, then type the code again.`,
  PICK_AGAIN: msg`Pick your name again, then redo this answer.`,
  LEFT_BEFORE_SAVED: msg`You left before this answer was saved.`,
  SAVE_TROUBLE: msg`The facilitator's laptop cannot save right now; your answer is kept and will be sent again`,
};

const known = (reason: unknown): reason is keyof typeof REASONS => typeof reason === 'string' && Object.hasOwn(REASONS, reason);

/** What the room said, in this phone's language when the phone knows the reason; else the room's own words. */
export function said(reason: unknown, message: string, on: I18n = i18n): string {
  // Before any language is active (the client in a test of its own) the room's words stand.
  return known(reason) && on.locale ? on._(REASONS[reason]) : message;
}
