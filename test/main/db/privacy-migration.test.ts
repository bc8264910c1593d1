import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection';
import { migrate } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { getWorkshop } from '../../../src/main/db/queries/workshops';
import { getActivity } from '../../../src/main/db/queries/activities';
import { tempDir } from '../../helpers/temp-dir';

// 0005-privacy: a workshop made before it keeps its answers and gets names OFF
// (the safe default), and its activities follow the workshop.
describe('migration 0005 (privacy)', () => {
  it('gives existing workshops names off and activities no override, and refuses an unknown naming', () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'x.db'));
    migrate(db, { backupDir: join(dir, 'backups'), migrations: MIGRATIONS.slice(0, 4) });
    const now = '2026-03-14T09:00:00.000Z';
    db.prepare("INSERT INTO workshops (id, title, created_at, updated_at) VALUES ('w1', 'Kickoff', ?, ?)").run(now, now);
    db.prepare(
      `INSERT INTO activities (id, workshop_id, position, kind, title, minutes, config, config_version, created_at, updated_at)
       VALUES ('a1', 'w1', 0, 'comp', 'Comp 101', 20, '{}', 1, ?, ?)`,
    ).run(now, now);

    migrate(db, { backupDir: join(dir, 'backups'), migrations: MIGRATIONS });

    expect(getWorkshop(db, 'w1')).toMatchObject({ namesInExports: false, anonymisedAt: null });
    expect(getActivity(db, 'a1')).toMatchObject({ naming: null });
    expect(() => db.prepare("UPDATE activities SET naming = 'everyone' WHERE id = 'a1'").run()).toThrow(/CHECK constraint/);
    db.prepare("INSERT INTO privacy_log (workshop_id, at, action) VALUES ('w1', ?, 'names-on')").run(now);
    db.prepare("DELETE FROM workshops WHERE id = 'w1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM privacy_log').get()).toEqual({ n: 0 });
    db.close();
  });
});
