import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection';
import { migrate } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { call, dumpRows, manualClock, testCore } from '../../helpers/core';
import { finishedSample } from '../../helpers/workshop-fill';
import { tempDir } from '../../helpers/temp-dir';
import type { Core } from '../../../src/main/core';

const errorOf = (r: { ok: boolean; error?: { code: string; message: string } }) => (r.ok ? null : r.error);

/** Every row of every table of a database file except one column, as text. */
function rowsWithout(path: string, ...columns: string[]): string {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'series' ORDER BY name").all() as { name: string }[];
    return tables
      .map(({ name }) => {
        const rows = (db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all() as Record<string, unknown>[]).map((r) => {
          return Object.fromEntries(Object.entries(r).filter(([k]) => !columns.includes(k)));
        });
        return `${name}: ${JSON.stringify(rows)}`;
      })
      .join('\n');
  } finally {
    db.close();
  }
}

describe('migration 0009 (series)', () => {
  it('upgrades a database at the previous version with every workshop row intact and in no series', () => {
    const dir = tempDir();
    const clock = manualClock();
    // A real database made by the app, with a finished workshop (answers, boards, run, action items), then taken back to version 8.
    const core = testCore(dir, clock.now);
    const id = finishedSample(core, clock);
    call(core, 'workshop:createSample', {});
    const path = core.dbPath;
    core.close();
    const raw = new Database(path);
    // Migrations 10 (answer versions) and 11 (language) came after the series: undo them too, and leave their columns out of the comparison.
    raw.exec('ALTER TABLE workshops DROP COLUMN language'); // migration 11
    raw.exec('ALTER TABLE responses DROP COLUMN value_version');
    raw.exec('DROP INDEX workshops_by_series; ALTER TABLE workshops DROP COLUMN series_id; DROP TABLE series; PRAGMA user_version = 8;');
    raw.close();
    const before = rowsWithout(path, 'series_id', 'value_version', 'language');

    const db = openDatabase(path);
    const report = migrate(db, { backupDir: join(dir, 'backups'), migrations: MIGRATIONS });
    db.close();

    expect(report).toMatchObject({ from: 8, to: MIGRATIONS.length });
    expect(rowsWithout(path, 'series_id', 'value_version', 'language')).toBe(before);
    const check = new Database(path, { readonly: true });
    expect(check.prepare('SELECT count(*) AS n FROM workshops WHERE series_id IS NOT NULL').get()).toEqual({ n: 0 });
    expect(check.prepare('SELECT count(*) AS n FROM workshops').get()).toEqual({ n: 2 });
    check.close();
    const reopened = testCore(dir);
    expect(call(reopened, 'series:list', {})).toEqual([]);
    expect(call(reopened, 'workshop:get', { id }).workshop.id).toBe(id);
    reopened.close();
  });
});

function seriesWithFinishedWorkshop(): { core: Core; first: string; seriesId: string } {
  const clock = manualClock();
  const core = testCore(tempDir(), clock.now);
  const first = finishedSample(core, clock);
  call(core, 'workshop:update', { id: first, patch: { date: '2027-03-03', title: 'ACME joint meeting 1' } });
  const series = call(core, 'series:create', { title: '  ACME alignment 2027 ', workshopId: first });
  return { core, first, seriesId: series.id };
}

describe('series', () => {
  it('creates a series around a workshop and lists its timeline in date order', () => {
    const { core, first, seriesId } = seriesWithFinishedWorkshop();
    const earlier = call(core, 'workshop:create', { title: 'Kickoff', date: '2027-01-20' });
    const undated = call(core, 'workshop:create', { title: 'Someday' });
    call(core, 'workshop:setSeries', { workshopId: undated.id, seriesId });
    call(core, 'workshop:setSeries', { workshopId: earlier.id, seriesId });
    const [s] = call(core, 'series:list', {});
    expect(s).toMatchObject({ id: seriesId, title: 'ACME alignment 2027' });
    expect(s!.workshops.map((w) => [w.title, w.date])).toEqual([
      ['Kickoff', '2027-01-20'],
      ['ACME joint meeting 1', '2027-03-03'],
      ['Someday', null],
    ]);
    expect(call(core, 'series:get', { id: seriesId }).workshops.map((w) => w.id)).toEqual([earlier.id, first, undated.id]);
    core.close();
  });

  it('makes the next workshop in one click: same people, same teams, same agenda; no answers, boards, run or action items', () => {
    const { core, first, seriesId } = seriesWithFinishedWorkshop();
    const next = call(core, 'series:nextWorkshop', { workshopId: first });
    expect(next).toMatchObject({ title: 'ACME joint meeting 2', date: '2027-03-17', status: 'draft', anonymisedAt: null });
    const a = call(core, 'workshop:get', { id: first });
    const b = call(core, 'workshop:get', { id: next.id });
    expect(b.participants.map((p) => [p.name, p.team, p.role, p.position])).toEqual(a.participants.map((p) => [p.name, p.team, p.role, p.position]));
    expect(b.activities.map((x) => [x.kind, x.title, x.minutes, x.config, x.notes, x.naming])).toEqual(
      a.activities.map((x) => [x.kind, x.title, x.minutes, x.config, x.notes, x.naming]),
    );
    expect(b.participants.some((p) => a.participants.some((q) => q.id === p.id))).toBe(false);
    expect(b.actionItems).toEqual([]);
    expect(a.actionItems).toHaveLength(3);
    expect(call(core, 'run:get', { workshopId: next.id }).status).toBe('idle');
    for (const act of b.activities) {
      const results = call(core, 'activity:results', { activityId: act.id });
      expect(results.respondents).toEqual([]);
    }
    expect(call(core, 'series:get', { id: seriesId }).workshops.map((w) => w.id)).toEqual([first, next.id]);
    // The facilitator then changes the roster of the new one only.
    call(core, 'participant:remove', { id: b.participants[0]!.id });
    call(core, 'participant:add', { workshopId: next.id, name: 'New Hire', team: 'sales' });
    expect(call(core, 'workshop:get', { id: first }).participants).toEqual(a.participants);
    core.close();
  });

  it('makes the next workshop as a 40-minute joint meeting when asked: same people and settings, the joint meeting agenda', () => {
    const { core, first, seriesId } = seriesWithFinishedWorkshop();
    call(core, 'workshop:update', { id: first, patch: { title: 'ACME kickoff' } });
    const next = call(core, 'series:nextWorkshop', { workshopId: first, agenda: 'joint-meeting' });
    const a = call(core, 'workshop:get', { id: first });
    const b = call(core, 'workshop:get', { id: next.id });
    expect(next).toMatchObject({
      title: 'Joint meeting 1',
      date: '2027-03-17',
      status: 'draft',
      currency: a.workshop.currency,
      facilitator: a.workshop.facilitator,
    });
    expect(b.activities.map((x) => x.kind)).toEqual(['slide', 'review', 'pulse', 'leadsort', 'commitments', 'slide']);
    expect(b.activities.reduce((sum, x) => sum + x.minutes, 0)).toBe(40);
    expect(b.participants.map((p) => [p.name, p.team])).toEqual(a.participants.map((p) => [p.name, p.team]));
    expect(b.actionItems).toEqual([]);
    // The one after a joint meeting counts on.
    expect(call(core, 'series:nextWorkshop', { workshopId: next.id, agenda: 'joint-meeting' }).title).toBe('Joint meeting 2');
    expect(call(core, 'series:get', { id: seriesId }).workshops).toHaveLength(3);
    core.close();
  });

  it('takes a title and a date for the next workshop, and refuses a date not after the previous one', () => {
    const { core, first } = seriesWithFinishedWorkshop();
    const before = dumpRows(core);
    const r = core.dispatch('series:nextWorkshop', { workshopId: first, date: '2027-03-03' });
    expect(errorOf(r)).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('choose a later date') });
    expect(errorOf(core.dispatch('series:nextWorkshop', { workshopId: first, date: '2027-02-31' }))?.code).toBe('VALIDATION');
    expect(dumpRows(core)).toBe(before);
    expect(call(core, 'series:nextWorkshop', { workshopId: first, title: 'April check-in', date: '2027-04-01' })).toMatchObject({
      title: 'April check-in',
      date: '2027-04-01',
    });
    core.close();
  });

  it('moves a workshop out of a series and into another', () => {
    const { core, first, seriesId } = seriesWithFinishedWorkshop();
    const other = call(core, 'series:create', { title: 'Globex 2027' });
    expect(call(core, 'workshop:setSeries', { workshopId: first, seriesId: other.id }).series?.workshops.map((w) => w.id)).toEqual([first]);
    expect(call(core, 'series:get', { id: seriesId }).workshops).toEqual([]);
    expect(call(core, 'workshop:setSeries', { workshopId: first, seriesId: null })).toEqual({ workshopId: first, series: null });
    expect(call(core, 'series:list', {}).flatMap((s) => s.workshops)).toEqual([]);
    // A workshop in no series has no "next in series".
    expect(errorOf(core.dispatch('series:nextWorkshop', { workshopId: first }))).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('in no series'),
    });
    core.close();
  });

  it('refuses bad input with a clear error and changes nothing', () => {
    const { core, first, seriesId } = seriesWithFinishedWorkshop();
    const before = dumpRows(core);
    const refusals: [ReturnType<Core['dispatch']>, string, RegExp][] = [
      [core.dispatch('series:create', { title: '   ' }), 'VALIDATION', /needs a title/],
      [core.dispatch('series:create', { title: 'acme ALIGNMENT 2027' }), 'CONFLICT', /already a series called “ACME alignment 2027”/],
      [core.dispatch('series:create', { title: 'New', workshopId: 'nope' }), 'NOT_FOUND', /workshop was not found/],
      [core.dispatch('series:create', { title: 'New', extra: 1 } as never), 'VALIDATION', /./],
      [core.dispatch('series:rename', { id: 'nope', title: 'X' }), 'NOT_FOUND', /series was not found/],
      [core.dispatch('workshop:setSeries', { workshopId: first, seriesId: 'nope' }), 'NOT_FOUND', /series was not found/],
      [core.dispatch('workshop:setSeries', { workshopId: 'nope', seriesId }), 'NOT_FOUND', /workshop was not found/],
      [core.dispatch('series:delete', { id: seriesId }), 'CONFLICT', /still has one workshop. Move it out of the series first/],
      [core.dispatch('series:nextWorkshop', { workshopId: 'nope' }), 'NOT_FOUND', /workshop was not found/],
    ];
    for (const [r, code, message] of refusals) {
      expect(errorOf(r)?.code).toBe(code);
      expect(errorOf(r)?.message).toMatch(message);
    }
    expect(dumpRows(core)).toBe(before);
    core.close();
  });

  it('renames, and deletes a series once it is empty (a trashed workshop is left standalone)', () => {
    const { core, first, seriesId } = seriesWithFinishedWorkshop();
    const other = call(core, 'series:create', { title: 'Globex 2027' });
    expect(errorOf(core.dispatch('series:rename', { id: other.id, title: 'ACME Alignment 2027' }))?.code).toBe('CONFLICT');
    expect(call(core, 'series:rename', { id: seriesId, title: 'ACME alignment 2027/28' }).title).toBe('ACME alignment 2027/28');
    call(core, 'workshop:trash', { id: first });
    expect(call(core, 'series:delete', { id: seriesId })).toEqual({ id: seriesId });
    call(core, 'workshop:restore', { id: first });
    expect(call(core, 'series:list', {}).map((s) => s.title)).toEqual(['Globex 2027']);
    expect(call(core, 'series:list', {})[0]!.workshops).toEqual([]);
    core.close();
  });
});
