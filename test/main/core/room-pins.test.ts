import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { doneWithActivity, ROOM_LOG_ACTIONS, waitInWords } from '../../../src/shared/room-privacy';
import { call, dumpRows, manualClock, testCore } from '../../helpers/core';
import { genericWorkshop } from '../../helpers/generic-workshop';
import { tempDir } from '../../helpers/temp-dir';

// The in-room page's hand-overs and PINs, through the public operations on a
// real SQLite file.

function setUp() {
  const dir = tempDir();
  const clock = manualClock();
  const core = testCore(dir, clock.now);
  const w = genericWorkshop(core);
  const people = call(core, 'workshop:get', { id: w.id }).participants;
  return { dir, clock, core, workshopId: w.id, dana: people[0]!, marcus: people[1]! };
}

const rawPinHashes = (dbPath: string) => {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare('SELECT room_pin_hash FROM participants WHERE room_pin_hash IS NOT NULL ORDER BY position').pluck().all() as string[];
  } finally {
    db.close();
  }
};

describe('hand-over on the in-room page', () => {
  it('marks a person as handed over, and the mark survives closing and reopening the data file', () => {
    const { dir, clock, core, workshopId, dana, marcus } = setUp();
    expect(call(core, 'handover:list', { workshopId }).find((s) => s.participantId === dana.id)).toEqual({
      participantId: dana.id,
      handedOverAt: null,
      hasPin: false,
    });
    const done = call(core, 'handover:done', { participantId: dana.id });
    expect(done).toEqual({ participantId: dana.id, handedOverAt: clock.now().toISOString(), hasPin: false });
    core.close();

    const again = testCore(dir);
    const list = call(again, 'handover:list', { workshopId });
    expect(list.find((s) => s.participantId === dana.id)?.handedOverAt).toBe(clock.now().toISOString());
    expect(list.find((s) => s.participantId === marcus.id)?.handedOverAt).toBeNull();
    again.close();
  });

  it('stores a PIN only as a salted scrypt hash: never the digits, and two equal PINs hash differently', () => {
    const { core, dana, marcus } = setUp();
    expect(call(core, 'handover:done', { participantId: dana.id, pin: '2580' }).hasPin).toBe(true);
    call(core, 'handover:done', { participantId: marcus.id, pin: '2580' });
    const hashes = rawPinHashes(core.dbPath);
    expect(hashes).toHaveLength(2);
    for (const h of hashes) {
      expect(h).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
      expect(h).not.toContain('2580');
    }
    expect(hashes[0]).not.toBe(hashes[1]);
    expect(call(core, 'handover:checkPin', { participantId: dana.id, pin: '2580' }).unlocked).toBe(true);
    expect(call(core, 'handover:checkPin', { participantId: marcus.id, pin: '2580' }).unlocked).toBe(true);
    core.close();
  });

  it('refuses to replace an existing PIN, a PIN that is not 4 digits, and an unknown person, changing nothing', () => {
    const { core, dana } = setUp();
    call(core, 'handover:done', { participantId: dana.id, pin: '1234' });
    const before = dumpRows(core);
    const replace = core.dispatch('handover:done', { participantId: dana.id, pin: '9999' });
    expect(replace.ok ? null : replace.error).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/already has a PIN/) });
    for (const pin of ['123', '12345', '12a4', ' 1234', '']) {
      const bad = core.dispatch('handover:done', { participantId: dana.id, pin });
      expect(bad.ok ? null : bad.error).toMatchObject({ code: 'VALIDATION', message: 'pin: A PIN is exactly 4 digits, like 2580.' });
    }
    const nobody = core.dispatch('handover:checkPin', { participantId: 'nobody-here', pin: '1234' });
    expect(nobody.ok ? null : nobody.error.code).toBe('NOT_FOUND');
    expect(dumpRows(core)).toBe(before);
    expect(call(core, 'handover:checkPin', { participantId: dana.id, pin: '1234' }).unlocked).toBe(true);
    core.close();
  });

  it('allows 5 wrong PINs, then makes that person wait (even for the right PIN), doubling the wait; others are not affected', () => {
    const { clock, core, workshopId, dana, marcus } = setUp();
    call(core, 'handover:done', { participantId: dana.id, pin: '4321' });
    call(core, 'handover:done', { participantId: marcus.id, pin: '1111' });
    const tries = [1, 2, 3, 4, 5].map(() => call(core, 'handover:checkPin', { participantId: dana.id, pin: '0000' }));
    expect(tries.map((t) => [t.unlocked, t.triesLeft, t.retryAfterSeconds])).toEqual([
      [false, 4, 0],
      [false, 3, 0],
      [false, 2, 0],
      [false, 1, 0],
      [false, 0, 60],
    ]);
    clock.advance(30_000);
    expect(call(core, 'handover:checkPin', { participantId: dana.id, pin: '4321' })).toEqual({ unlocked: false, triesLeft: 0, retryAfterSeconds: 30 });
    // Marcus is not held up by someone guessing Dana's PIN.
    expect(call(core, 'handover:checkPin', { participantId: marcus.id, pin: '1111' }).unlocked).toBe(true);

    clock.advance(30_000);
    expect(call(core, 'handover:checkPin', { participantId: dana.id, pin: '0001' })).toEqual({ unlocked: false, triesLeft: 0, retryAfterSeconds: 120 });
    clock.advance(120_000);
    expect(call(core, 'handover:checkPin', { participantId: dana.id, pin: '4321' }).unlocked).toBe(true);
    // The right PIN starts the count again.
    expect(call(core, 'handover:checkPin', { participantId: dana.id, pin: '0000' }).triesLeft).toBe(4);

    const log = call(core, 'privacyLog:list', { workshopId });
    expect(log.map((e) => [e.action, e.detail])).toEqual([
      [ROOM_LOG_ACTIONS.lockout, dana.id],
      [ROOM_LOG_ACTIONS.lockout, dana.id],
    ]);
    core.close();
  });

  it('lets the facilitator open without the PIN: the PIN is removed, the wait lifted, and it is written to the privacy log', () => {
    const { clock, core, workshopId, dana } = setUp();
    call(core, 'handover:done', { participantId: dana.id, pin: '4321' });
    for (let i = 0; i < 5; i++) call(core, 'handover:checkPin', { participantId: dana.id, pin: '0000' });
    clock.advance(5_000);
    expect(call(core, 'handover:openWithoutPin', { participantId: dana.id })).toMatchObject({ hasPin: false });
    expect(rawPinHashes(core.dbPath)).toEqual([]);
    const log = call(core, 'privacyLog:list', { workshopId });
    expect(log[0]).toMatchObject({ action: ROOM_LOG_ACTIONS.override, detail: dana.id, at: clock.now().toISOString() });
    expect(log).toHaveLength(2); // newest first: the override, then the lockout

    // No PIN now: nothing to open without, and nothing to check. A new PIN can be set at the next hand-over.
    const before = dumpRows(core);
    const again = core.dispatch('handover:openWithoutPin', { participantId: dana.id });
    expect(again.ok ? null : again.error.code).toBe('CONFLICT');
    const check = core.dispatch('handover:checkPin', { participantId: dana.id, pin: '4321' });
    expect(check.ok ? null : check.error.code).toBe('CONFLICT');
    expect(dumpRows(core)).toBe(before);
    call(core, 'handover:done', { participantId: dana.id, pin: '8642' });
    expect(call(core, 'handover:checkPin', { participantId: dana.id, pin: '8642' }).unlocked).toBe(true);
    core.close();
  });
});

describe('done with the activity on screen', () => {
  const state = (handedOverAt: string | null) => ({ participantId: 'p', handedOverAt, hasPin: false });
  it('counts a hand-over since the activity was first opened, not one from before it', () => {
    expect(doneWithActivity(state('2026-11-27T09:10:00.000Z'), '2026-11-27T09:05:00.000Z')).toBe(true);
    expect(doneWithActivity(state('2026-11-27T09:05:00.000Z'), '2026-11-27T09:05:00.000Z')).toBe(true);
    expect(doneWithActivity(state('2026-11-27T09:04:59.999Z'), '2026-11-27T09:05:00.000Z')).toBe(false);
    expect(doneWithActivity(state(null), '2026-11-27T09:05:00.000Z')).toBe(false);
    expect(doneWithActivity(state('2026-11-27T09:10:00.000Z'), null)).toBe(false);
    expect(doneWithActivity(undefined, '2026-11-27T09:05:00.000Z')).toBe(false);
  });
  it('says the wait in words', () => {
    expect([1, 45, 60, 61, 120, 900].map(waitInWords)).toEqual(['1 second', '45 seconds', '1 minute', '2 minutes', '2 minutes', '15 minutes']);
  });
});
