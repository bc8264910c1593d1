import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection';
import { migrate } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { getWorkshop, listWorkshops } from '../../../src/main/db/queries/workshops';
import { tempDir } from '../../helpers/temp-dir';

// 0007-branding: a database saved before branding is backed up, then its
// workshops get no client name, no accent and no logo; the new tables check
// what they hold.
describe('migration 0007 (branding)', () => {
  it('backs up the old database, gives existing workshops empty branding, and checks accents and logo references', () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'x.db'));
    migrate(db, { backupDir: join(dir, 'backups'), migrations: MIGRATIONS.slice(0, 6) });
    const now = '2026-03-14T09:00:00.000Z';
    db.prepare("INSERT INTO workshops (id, title, created_at, updated_at, currency) VALUES ('w1', 'Kickoff', ?, ?, 'EUR')").run(now, now);

    const report = migrate(db, { backupDir: join(dir, 'backups'), migrations: MIGRATIONS, now: () => new Date(now) });

    expect(report).toMatchObject({ from: 6, to: MIGRATIONS.length });
    expect(report.backupPath).not.toBeNull();
    const copy = new Database(report.backupPath!, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(6);
    expect((copy.prepare('PRAGMA table_info(workshops)').all() as { name: string }[]).map((c) => c.name)).not.toContain('client_name');
    expect(copy.prepare('SELECT title FROM workshops').all()).toEqual([{ title: 'Kickoff' }]);
    copy.close();

    expect(getWorkshop(db, 'w1')).toMatchObject({ title: 'Kickoff', currency: 'EUR', clientName: '', accent: null, logo: null });
    expect(listWorkshops(db, false)[0]).toMatchObject({ clientName: '', accent: null, logo: null });
    expect(() => db.prepare("UPDATE workshops SET accent = 'red' WHERE id = 'w1'").run()).toThrow(/CHECK constraint/);
    expect(() => db.prepare("UPDATE workshops SET accent = '#1A6B8F' WHERE id = 'w1'").run()).toThrow(/CHECK constraint/);
    expect(() => db.prepare(`UPDATE workshops SET logo_hash = '${'a'.repeat(64)}' WHERE id = 'w1'`).run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO brand_default (id, saved_at) VALUES (2, 'x')").run()).toThrow(/CHECK constraint/);
    db.close();
  });
});
