import type { Activity } from '../../../shared/domain';
import type { Db } from '../connection';

interface ActivityRow {
  id: string;
  workshop_id: string;
  position: number;
  kind: string;
  title: string;
  minutes: number;
  config: string;
  config_version: number;
  notes: string;
  naming: Activity['naming'];
}

const toActivity = (r: ActivityRow): Activity => ({
  id: r.id,
  workshopId: r.workshop_id,
  position: r.position,
  kind: r.kind,
  title: r.title,
  minutes: r.minutes,
  config: JSON.parse(r.config) as unknown,
  configVersion: r.config_version,
  notes: r.notes,
  naming: r.naming,
});

export function listActivities(db: Db, workshopId: string): Activity[] {
  return (db.prepare('SELECT * FROM activities WHERE workshop_id = ? ORDER BY position, rowid').all(workshopId) as ActivityRow[]).map(toActivity);
}

export function getActivity(db: Db, id: string): Activity | undefined {
  const row = db.prepare('SELECT * FROM activities WHERE id = ?').get(id) as ActivityRow | undefined;
  return row && toActivity(row);
}

export function insertActivity(db: Db, a: Activity, now: string): void {
  db.prepare(
    `INSERT INTO activities (id, workshop_id, position, kind, title, minutes, config, config_version, notes, naming, created_at, updated_at)
     VALUES (@id, @workshopId, @position, @kind, @title, @minutes, @config, @configVersion, @notes, @naming, @now, @now)`,
  ).run({ ...a, config: JSON.stringify(a.config), now });
}

export function updateActivity(db: Db, a: Activity, now: string): void {
  db.prepare(
    `UPDATE activities SET title = @title, minutes = @minutes, config = @config, config_version = @configVersion,
       notes = @notes, naming = @naming, updated_at = @now WHERE id = @id`,
  ).run({ ...a, config: JSON.stringify(a.config), now });
}

export function setActivityPositions(db: Db, orderedIds: readonly string[]): void {
  const stmt = db.prepare('UPDATE activities SET position = ? WHERE id = ?');
  orderedIds.forEach((id, position) => stmt.run(position, id));
}

export function deleteActivity(db: Db, id: string): void {
  db.prepare('DELETE FROM activities WHERE id = ?').run(id);
}
