import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../src/main/core';
import { backupName, checkBackup, KEEP } from '../../../src/main/db/backup';
import { AUTO_BACKUP_EVERY_MS, type Timers } from '../../../src/main/db/backup-schedule';
import { call, manualClock } from '../../helpers/core';
import { genericWorkshop } from '../../helpers/generic-workshop';
import { tempDir } from '../../helpers/temp-dir';

/** Timers the test fires by hand. */
function handTimers() {
  const set: { fn: () => void; ms: number }[] = [];
  const timers: Timers = {
    setInterval: (fn, ms) => (set.push({ fn, ms }), set.length - 1),
    clearInterval: (h) => void set.splice(h as number, 1, { fn: () => undefined, ms: -1 }),
  };
  return { timers, set, fire: () => set.forEach((t) => t.fn()) };
}

const backupsIn = (dir: string) => {
  try {
    return readdirSync(join(dir, 'backups')).sort();
  } catch {
    return [];
  }
};

function setup() {
  const dir = tempDir();
  const clock = manualClock();
  const hand = handTimers();
  const core = openCore({ dataDir: dir, mode: 'browser', version: 'test', now: clock.now, timers: hand.timers });
  const w = genericWorkshop(core);
  const detail = call(core, 'workshop:get', { id: w.id });
  return { dir, clock, hand, core, w, detail };
}

describe('automatic backups', () => {
  it('every 15 minutes while a workshop runs, only when something changed, and once at "End workshop"', () => {
    const { dir, clock, hand, core, w, detail } = setup();
    expect(hand.set.map((t) => t.ms)).toEqual([AUTO_BACKUP_EVERY_MS]);

    hand.fire(); // nothing runs yet
    expect(backupsIn(dir)).toEqual([]);

    call(core, 'run:start', { workshopId: w.id });
    clock.advance(AUTO_BACKUP_EVERY_MS);
    hand.fire();
    expect(backupsIn(dir)).toEqual(['common-ground-2026-11-27T09-15-00-000Z-auto.db']);

    clock.advance(AUTO_BACKUP_EVERY_MS);
    hand.fire(); // no change since the last one
    expect(backupsIn(dir)).toHaveLength(1);

    const sort = detail.activities.find((a) => a.kind === 'cardsort')!;
    call(core, 'run:goto', { workshopId: w.id, activityId: sort.id });
    call(core, 'response:submit', { activityId: sort.id, participantId: detail.participants[0]!.id, itemKey: 'sig1', value: { column: 'col1' } });
    clock.advance(AUTO_BACKUP_EVERY_MS);
    hand.fire();
    expect(backupsIn(dir)).toHaveLength(2);

    clock.advance(60_000);
    call(core, 'run:end', { workshopId: w.id });
    const all = backupsIn(dir);
    expect(all.at(-1)).toBe('common-ground-2026-11-27T09-46-00-000Z-workshop-end.db');
    expect(all.every((name) => checkBackup(join(dir, 'backups', name)).ok)).toBe(true);

    clock.advance(AUTO_BACKUP_EVERY_MS);
    call(core, 'workshop:update', { id: w.id, patch: { title: 'Renamed after the day' } });
    hand.fire(); // ended: no more automatic backups
    expect(backupsIn(dir)).toHaveLength(3);

    core.close();
    expect(hand.set.every((t) => t.ms === -1)).toBe(true); // the timer is stopped
  });

  it('keeps a bounded number of automatic backups', () => {
    const { dir, clock, hand, core, w } = setup();
    call(core, 'run:start', { workshopId: w.id });
    for (let i = 0; i < KEEP.automatic + 5; i++) {
      call(core, 'workshop:update', { id: w.id, patch: { title: `Take ${i}` } });
      clock.advance(AUTO_BACKUP_EVERY_MS);
      hand.fire();
    }
    const kept = backupsIn(dir);
    expect(kept).toHaveLength(KEEP.automatic);
    expect(kept.at(-1)).toBe(backupName('auto', clock.now())); // the newest is kept
    core.close();
  });

  it('a backup that fails does not stop "End workshop"', () => {
    const { dir, core, w } = setup();
    writeFileSync(join(dir, 'backups'), 'a file where the backup folder should be');
    call(core, 'run:start', { workshopId: w.id });
    const quiet = console.error;
    console.error = () => undefined;
    const ended = core.dispatch('run:end', { workshopId: w.id });
    console.error = quiet;
    expect(ended.ok).toBe(true);
    expect(call(core, 'run:get', { workshopId: w.id }).endedAt).not.toBeNull();
    core.close();
  });
});
