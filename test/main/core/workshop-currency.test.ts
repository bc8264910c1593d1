import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { CompConfig } from '../../../src/activities/comp/definition';
import { openDatabase } from '../../../src/main/db/connection';
import { migrate } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { getWorkshop } from '../../../src/main/db/queries/workshops';
import { responsesCsv } from '../../../src/main/export/csv';
import { exportWorkshop } from '../../../src/main/export/json';
import { assembleReport } from '../../../src/main/report/data';
import { ReportRenderer } from '../../../src/main/report/render';
import { REPORT_SECTIONS } from '../../../src/main/report/types';
import type { Core } from '../../../src/main/core';
import { call, dumpRows, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { phoneOf, wire } from './alignment-room';

// Issue #14: a currency per workshop, used everywhere money appears.

const renderer = new ReportRenderer();
const opened: Core[] = [];
afterAll(() => {
  renderer.close();
  for (const c of opened) c.close();
});

function core() {
  const c = testCore();
  opened.push(c);
  return c;
}
const compOf = (c: Core, workshopId: string) => call(c, 'workshop:get', { id: workshopId }).activities.find((a) => a.kind === 'comp')!;

/** A workshop with a comp session, two people, the first poll open and both answers in. */
function euroRoom(c: Core, currency: 'EUR' | 'GBP' = 'EUR') {
  const w = call(c, 'workshop:create', { title: 'Kick-off Berlin', currency });
  const comp = call(c, 'activity:add', { workshopId: w.id, kind: 'comp' });
  const [ana, ben] = call(c, 'participant:addMany', {
    workshopId: w.id,
    people: [
      { name: 'Ana', team: 'sales' },
      { name: 'Ben', team: 'marketing' },
    ],
  });
  call(c, 'run:start', { workshopId: w.id });
  call(c, 'run:goto', { workshopId: w.id, activityId: comp.id });
  call(c, 'run:setBoard', {
    activityId: comp.id,
    board: { view: 'poll', patternId: 'clawback', scenarioId: 'last-day', takeaways: ['No launches in the last two weeks of a quarter'] },
  });
  for (const p of [ana!, ben!]) call(c, 'response:submit', { activityId: comp.id, participantId: p.id, itemKey: 'last-day', value: { option: 'a1' } });
  return { workshopId: w.id, comp, ana: ana!, ben: ben! };
}

describe('a workshop’s currency', () => {
  it('defaults to US dollars, and a comp session added to a euro workshop is written in euros', () => {
    const c = core();
    expect(call(c, 'workshop:create', { title: 'Plain' }).currency).toBe('USD');
    const { workshopId } = euroRoom(c);
    const config = compOf(c, workshopId).config as CompConfig;
    expect(config.currency).toBe('EUR');
    expect(config.patterns.find((p) => p.id === 'slip')!.story).toContain('€90,000 deal');
  });

  it('changing it rewrites the comp session’s currency and its preset texts, not its amounts', () => {
    const c = core();
    const { workshopId } = euroRoom(c);
    const before = compOf(c, workshopId).config as CompConfig;
    call(c, 'workshop:update', { id: workshopId, patch: { currency: 'GBP' } });
    const after = compOf(c, workshopId).config as CompConfig;
    expect(after.currency).toBe('GBP');
    expect(after.plan).toEqual(before.plan);
    expect(after.patterns.find((p) => p.id === 'clawback')!.story).toContain('£60,000 deal');
    expect(after.scenarios[0]!.prompt).toContain('£15,000 deal');
  });

  it('refuses a currency it does not know, with a readable VALIDATION error, and changes nothing', () => {
    const c = core();
    const { workshopId } = euroRoom(c);
    const rows = dumpRows(c);
    const r = c.dispatch('workshop:update', { id: workshopId, patch: { currency: 'Euros' as 'EUR' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.message).toMatch(/USD, EUR, GBP, CHF, CAD, AUD/);
    expect(dumpRows(c)).toBe(rows);
  });

  it('a phone sees the open poll in euros', () => {
    const c = core();
    const { workshopId, ana } = euroRoom(c);
    const sees = wire(phoneOf(c, workshopId, ana.id));
    expect(sees).toContain('€15,000');
    expect(sees).not.toContain('$');
  });

  it('the CSV of answers writes the poll in euros', () => {
    const c = core();
    const { workshopId } = euroRoom(c);
    const csv = c.transact('test:csv', (ctx) => responsesCsv(ctx, workshopId));
    if (!csv.ok) throw new Error(csv.error.message);
    expect(csv.value).toContain('€15,000 deal');
    expect(csv.value).not.toContain('$');
  });

  it('the PDF report writes every amount in euros', async () => {
    const c = core();
    const { workshopId } = euroRoom(c);
    const data = c.transact('report', (ctx) => assembleReport(ctx, workshopId, { paper: 'a4', sections: REPORT_SECTIONS }));
    if (!data.ok) throw new Error(data.error.message);
    const { pdf } = await renderer.render(data.value);
    const file = join(tempDir(), 'euro.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('€120,000 a year'); // OTE
    expect(text).toContain('of which variable');
    expect(text).toMatch(/Year €[\d,]+ €[\d,]+ (−€[\d,]+ )?€[\d,]+ €[\d,]+/); // the year's totals: booked, variable, pay, the marketer's
    expect(text).toContain('€15,000 deal');
    expect(text).toMatch(/€\d+k/); // the curve's axis
    expect(text).not.toContain('$');
  }, 60_000);

  it('travels in the workshop file; an older file without it takes the currency its comp plan was written in', () => {
    const c = core();
    const { workshopId } = euroRoom(c);
    const file = c.transact('test:export', (ctx) => exportWorkshop(ctx, workshopId));
    if (!file.ok) throw new Error(file.error.message);
    expect(file.value.workshop.currency).toBe('EUR');
    expect(call(c, 'workshop:import', { json: JSON.stringify(file.value) }).currency).toBe('EUR');

    // As the app wrote it before issue #14: no workshop currency, the comp config at version 1 with a symbol.
    const old = structuredClone(file.value) as unknown as {
      workshop: Record<string, unknown>;
      activities: { kind: string; configVersion: number; config: Record<string, unknown> }[];
    };
    delete old.workshop.currency;
    const comp = old.activities.find((a) => a.kind === 'comp')!;
    comp.configVersion = 1;
    comp.config.currency = '£';
    const imported = call(c, 'workshop:import', { json: JSON.stringify(old) });
    expect(imported.currency).toBe('GBP');
    expect((compOf(c, imported.id).config as CompConfig).currency).toBe('GBP');
  });
});

describe('migration 0006 (currency)', () => {
  it('gives each existing workshop the currency its comp session was written in, else US dollars', () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'x.db'));
    migrate(db, { backupDir: join(dir, 'backups'), migrations: MIGRATIONS.slice(0, 5) });
    const now = '2026-03-14T09:00:00.000Z';
    const addWorkshop = (id: string, currency: string | null) => {
      db.prepare('INSERT INTO workshops (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)').run(id, id, now, now);
      if (currency !== null)
        db.prepare(
          `INSERT INTO activities (id, workshop_id, position, kind, title, minutes, config, config_version, created_at, updated_at)
           VALUES (?, ?, 0, 'comp', 'Comp 101', 20, ?, 1, ?, ?)`,
        ).run(`a-${id}`, id, JSON.stringify({ currency }), now, now);
    };
    addWorkshop('euro', '€');
    addWorkshop('pound', '£');
    addWorkshop('dollar', '$');
    addWorkshop('none', null);
    addWorkshop('odd', 'Kč');

    migrate(db, { backupDir: join(dir, 'backups'), migrations: MIGRATIONS });

    expect(['euro', 'pound', 'dollar', 'none', 'odd'].map((id) => getWorkshop(db, id)!.currency)).toEqual(['EUR', 'GBP', 'USD', 'USD', 'USD']);
    db.close();
    const check = new Database(join(dir, 'x.db'), { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    check.close();
  });
});
