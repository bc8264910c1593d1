import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection';
import { migrate } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { getWorkshop } from '../../../src/main/db/queries/workshops';
import { exportWorkshop } from '../../../src/main/export/json';
import { intlLocale, firstSupported } from '../../../src/shared/locale';
import type { Core } from '../../../src/main/core';
import { call, dumpRows, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';

// Issue #19: each workshop has a language, which the room sees (projector, phones, report, exports).

const opened: Core[] = [];
afterAll(() => opened.forEach((c) => c.close()));
function core() {
  const c = testCore();
  opened.push(c);
  return c;
}

describe('a workshop language', () => {
  it('is English for a new workshop, and can be set when made or changed later', () => {
    const c = core();
    expect(call(c, 'workshop:create', { title: 'Chicago kickoff' }).language).toBe('en');
    const w = call(c, 'workshop:create', { title: 'Kickoff München', language: 'de' });
    expect(w.language).toBe('de');
    call(c, 'workshop:update', { id: w.id, patch: { language: 'fr' } });
    expect(call(c, 'workshop:get', { id: w.id }).workshop.language).toBe('fr');
  });

  it('refuses a language it does not speak, with a readable VALIDATION error, and changes nothing', () => {
    const c = core();
    const w = call(c, 'workshop:create', { title: 'Kickoff', language: 'de' });
    const rows = dumpRows(c);
    const r = c.dispatch('workshop:update', { id: w.id, patch: { language: 'it' as 'de' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.message).toMatch(/en, de, fr, es/);
    expect(dumpRows(c)).toBe(rows);
  });

  it('travels in the workshop file; an English workshop and an older file carry none and import as English', () => {
    const c = core();
    const de = call(c, 'workshop:create', { title: 'Kickoff München', language: 'de' });
    const file = c.transact('test:export', (ctx) => exportWorkshop(ctx, de.id));
    if (!file.ok) throw new Error(file.error.message);
    expect(file.value.workshop.language).toBe('de');
    expect(call(c, 'workshop:import', { json: JSON.stringify(file.value) }).language).toBe('de');

    const en = call(c, 'workshop:create', { title: 'Chicago' });
    const enFile = c.transact('test:export', (ctx) => exportWorkshop(ctx, en.id));
    if (!enFile.ok) throw new Error(enFile.error.message);
    expect('language' in enFile.value.workshop).toBe(false);
    expect(call(c, 'workshop:import', { json: JSON.stringify(enFile.value) }).language).toBe('en');
  });

  it('a file naming a language the app does not speak is refused and nothing is imported', () => {
    const c = core();
    const de = call(c, 'workshop:create', { title: 'Kickoff', language: 'de' });
    const file = c.transact('test:export', (ctx) => exportWorkshop(ctx, de.id));
    if (!file.ok) throw new Error(file.error.message);
    const rows = dumpRows(c);
    const r = c.dispatch('workshop:import', { json: JSON.stringify({ ...file.value, workshop: { ...file.value.workshop, language: 'klingon' } }) });
    expect(r.ok).toBe(false);
    expect(dumpRows(c)).toBe(rows);
  });
});

describe('migration 0011 (language)', () => {
  it('gives every existing workshop English, and the database refuses a language outside the list', () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'x.db'));
    migrate(db, { backupDir: join(dir, 'backups'), migrations: MIGRATIONS.slice(0, 10) });
    const now = '2026-03-14T09:00:00.000Z';
    db.prepare('INSERT INTO workshops (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)').run('old', 'Old', now, now);
    migrate(db, { backupDir: join(dir, 'backups'), migrations: MIGRATIONS });
    expect(getWorkshop(db, 'old')!.language).toBe('en');
    expect(() => db.prepare("UPDATE workshops SET language = 'xx' WHERE id = 'old'").run()).toThrow(/CHECK/);
    db.close();
  });
});

describe('the Intl locale of a workshop', () => {
  it('takes the region from the currency where it says one, else the language’s home', () => {
    expect(intlLocale('de', 'EUR')).toBe('de-DE');
    expect(intlLocale('de', 'CHF')).toBe('de-CH');
    expect(intlLocale('fr', 'EUR')).toBe('fr-FR');
    expect(intlLocale('fr', 'CAD')).toBe('fr-CA');
    expect(intlLocale('es', 'EUR')).toBe('es-ES');
    expect(intlLocale('en', 'USD')).toBe('en-US');
    expect(intlLocale('en', 'EUR')).toBe('en-GB');
    expect(firstSupported(['it-IT', 'de-AT', 'en'])).toBe('de');
    expect(firstSupported(['it-IT'])).toBe('en');
  });
});
