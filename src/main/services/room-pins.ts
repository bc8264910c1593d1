import { msg } from '@lingui/core/macro';
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../../shared/api/result';
import { PIN_FIRST_WAIT_SECONDS, PIN_MAX_WAIT_SECONDS, PIN_TRIES, ROOM_LOG_ACTIONS, type PinCheck } from '../../shared/room-privacy';
import type { Db } from '../db/connection';
import * as q from '../db/queries/room-pins';
import type { HandlerContext, Handlers } from './context';
import { required, workshopChanged } from './context';
import { getWorkshopOrThrow } from './workshop-records';

// The in-room answering page keeps each person's answers to themselves: a
// person who handed over is marked done, and re-opening their answers needs
// their own 4-digit PIN (stored here as an scrypt hash with its own salt) or,
// if they set none, their explicit confirmation on the page. Wrong PINs are
// limited per person; the facilitator can remove a PIN, which is logged.

const SCRYPT = { N: 16384, r: 8, p: 1 } as const;
const KEY_BYTES = 32;

export function hashPin(pin: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(pin, salt, KEY_BYTES, SCRYPT);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export function pinMatches(pin: string, stored: string): boolean {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = scryptSync(pin, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return timingSafeEqual(actual, expected);
}

/** Wrong PINs in a row per person, kept in memory beside the one writing connection. */
interface Tries {
  wrong: number;
  waitUntilMs: number;
}
const triesByDb = new WeakMap<Db, Map<string, Tries>>();
function triesOf(db: Db): Map<string, Tries> {
  let map = triesByDb.get(db);
  if (!map) triesByDb.set(db, (map = new Map()));
  return map;
}

const personOrThrow = (ctx: HandlerContext, participantId: string) => required(q.getPinRecord(ctx.db, participantId), 'person');

function checkPin(ctx: HandlerContext, participantId: string, pin: string): PinCheck {
  const person = personOrThrow(ctx, participantId);
  if (!person.pinHash) {
    throw new DomainError('CONFLICT', msg`This person has no PIN. Their answers open with “It’s me: change my answers” and “Show my answers”.`);
  }
  const all = triesOf(ctx.db);
  const tries = all.get(participantId) ?? { wrong: 0, waitUntilMs: 0 };
  const nowMs = Date.parse(ctx.now);
  if (nowMs < tries.waitUntilMs) {
    // Not even checked while waiting: a right guess during the wait would still be a guess.
    return { unlocked: false, triesLeft: 0, retryAfterSeconds: Math.ceil((tries.waitUntilMs - nowMs) / 1000) };
  }
  if (pinMatches(pin, person.pinHash)) {
    all.delete(participantId);
    return { unlocked: true, triesLeft: PIN_TRIES, retryAfterSeconds: 0 };
  }
  tries.wrong += 1;
  let retryAfterSeconds = 0;
  if (tries.wrong >= PIN_TRIES) {
    retryAfterSeconds = Math.min(PIN_MAX_WAIT_SECONDS, PIN_FIRST_WAIT_SECONDS * 2 ** (tries.wrong - PIN_TRIES));
    tries.waitUntilMs = nowMs + retryAfterSeconds * 1000;
    q.appendPrivacyLog(ctx.db, person.workshopId, ctx.now, ROOM_LOG_ACTIONS.lockout, participantId);
    workshopChanged(ctx, person.workshopId);
  }
  all.set(participantId, tries);
  return { unlocked: false, triesLeft: Math.max(0, PIN_TRIES - tries.wrong), retryAfterSeconds };
}

export const roomPinHandlers = {
  'handover:list': ({ workshopId }, ctx) => {
    getWorkshopOrThrow(ctx, workshopId);
    return q.listHandOvers(ctx.db, workshopId);
  },

  'handover:done': ({ participantId, pin }, ctx) => {
    const person = personOrThrow(ctx, participantId);
    if (pin !== undefined) {
      if (person.pinHash) {
        throw new DomainError(
          'CONFLICT',
          msg`This person already has a PIN. Nothing was changed; the facilitator can remove a forgotten PIN from the console.`,
        );
      }
      q.setPinHash(ctx.db, participantId, hashPin(pin));
      triesOf(ctx.db).delete(participantId);
    }
    q.setHandedOver(ctx.db, participantId, ctx.now);
    workshopChanged(ctx, person.workshopId);
    return q.handOverState(ctx.db, participantId)!;
  },

  'handover:checkPin': ({ participantId, pin }, ctx) => checkPin(ctx, participantId, pin),

  'handover:openWithoutPin': ({ participantId }, ctx) => {
    const person = personOrThrow(ctx, participantId);
    if (!person.pinHash) throw new DomainError('CONFLICT', msg`This person has no PIN to open without. Nothing was changed.`);
    q.setPinHash(ctx.db, participantId, null);
    triesOf(ctx.db).delete(participantId);
    q.appendPrivacyLog(ctx.db, person.workshopId, ctx.now, ROOM_LOG_ACTIONS.override, participantId);
    workshopChanged(ctx, person.workshopId);
    return q.handOverState(ctx.db, participantId)!;
  },

  'privacyLog:list': ({ workshopId }, ctx) => {
    getWorkshopOrThrow(ctx, workshopId);
    return q.listPrivacyLog(ctx.db, workshopId);
  },
} satisfies Partial<Handlers>;
