import { randomInt } from 'node:crypto';
import { sameSecret } from './auth';
import { AttemptLimiter } from './rate-limit';
import type { I18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import { i18nFor } from '../i18n';

/** No look-alikes: no 0/O, 1/I/L, 2/Z, 5/S, 8/B. */
export const JOIN_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const JOIN_CODE_LENGTH = 6;
export const MAX_JOIN_CODE_LENGTH = 10;

export function newJoinCode(length = JOIN_CODE_LENGTH): string {
  let code = '';
  for (let i = 0; i < length; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** What people type: any case, with spaces or dashes. */
export function normaliseJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').slice(0, 20);
}

/*
 * Why a room-wide budget, and why it never refuses the right code.
 *
 * A per-address lockout stops one laptop but not a script rotating addresses (measured:
 * ~2,900 guesses/s), and it locked out real people behind the same address. So:
 * - the right code is ALWAYS accepted, from any address, however many wrong tries it made;
 * - wrong codes from one address beyond `perAddress` a minute get 429 (that address only);
 * - every wrong code of the current length counts room-wide; after `wrongPerCode` (200) of
 *   them the code is replaced by a new random one, one character longer, up to 10 (then it
 *   stays: see the odds below). The
 *   projector and console show the new code (room.ts onChange); joined phones and the QR
 *   link (which carries the 256-bit room token, not the code) are unaffected.
 *
 * The odds, with 25 letters and 200 wrong codes per code before it lengthens:
 *   6 letters: 200 / 25^6  = 200 / 244,140,625          = 8.2e-7
 *   7 letters: 200 / 25^7  = 200 / 6,103,515,625        = 3.3e-8
 *   8 letters: 200 / 25^8  = 200 / 152,587,890,625      = 1.3e-9
 *   9 letters: 200 / 25^9  = 200 / 3,814,697,265,625    = 5.2e-11
 *   then 10 letters, 25^10 = 95,367,431,640,625, for the rest of the day: at 2,900 guesses/s
 *   for 8 hours, 83,520,000 guesses / 25^10 = 8.8e-7.
 *   Total: about 1.7e-6, one chance in ~580,000 per 8-hour workshop, and only 4 code changes
 *   on the projector however long the attack goes on. (Without the budget, 6 letters fall to
 *   that rate in 244,140,625 / 2,900 s = 23 hours for certain, 34% within 8 hours.)
 * A code that cannot be right (wrong length, or the code just replaced) does not count, so
 * people's typos and a code read just before it changed do not use up the budget.
 */
export interface JoinCodeGuardOptions {
  code: string;
  /** Wrong codes, room-wide, before the code is replaced by a longer one. */
  wrongPerCode?: number;
  /** Wrong codes one address may try in the window before it is told to wait. */
  perAddress?: { max: number; windowMs: number };
  /** The code changed: show the new one on the projector and console. */
  onChange?: (code: string) => void;
}

/** Why a code was refused, for the phone to say in its person's language (CodeEntry). */
export type JoinCodeRefusal = 'WRONG_CODE' | 'CODE_CHANGED' | 'TOO_MANY_TRIES';
export type JoinCodeCheck = { ok: true } | { ok: false; status: 400 | 429; message: string; reason: JoinCodeRefusal };

export function createJoinCodeGuard(opts: JoinCodeGuardOptions) {
  const budget = opts.wrongPerCode ?? 200;
  const perAddress = new AttemptLimiter(opts.perAddress?.max ?? 10, opts.perAddress?.windowMs ?? 60_000);
  let code = opts.code;
  let previous: string | null = null;
  let wrong = 0;

  function countWrong(typed: string) {
    if (code.length >= MAX_JOIN_CODE_LENGTH) return; // 10 letters hold for the day (see above)
    if (typed.length !== code.length || (previous !== null && sameSecret(typed, previous))) return;
    if (++wrong < budget) return;
    previous = code;
    code = newJoinCode(Math.min(MAX_JOIN_CODE_LENGTH, code.length + 1));
    wrong = 0;
    opts.onChange?.(code);
  }

  return {
    current: () => code,
    /** `i18n`: the workshop's language, which the refusal is said in. */
    check(address: string, typed: string, i18n: I18n = i18nFor('en')): JoinCodeCheck {
      const clean = normaliseJoinCode(typed);
      if (sameSecret(clean, code)) return { ok: true };
      const changed = previous !== null && sameSecret(clean, previous);
      countWrong(clean);
      if (!perAddress.allow(address)) {
        return { ok: false, status: 429, reason: 'TOO_MANY_TRIES', message: t(i18n)`Too many tries. Wait a minute, then type the code again.` };
      }
      return changed
        ? { ok: false, status: 400, reason: 'CODE_CHANGED', message: t(i18n)`The code on the screen has just changed. Type the new code.` }
        : { ok: false, status: 400, reason: 'WRONG_CODE', message: t(i18n)`That code does not match. Check the code on the screen.` };
    },
  };
}
export type JoinCodeGuard = ReturnType<typeof createJoinCodeGuard>;
