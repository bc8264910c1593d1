import type { Participant } from '../../../shared/domain';
import type { Db } from '../connection';

interface ParticipantRow {
  id: string;
  workshop_id: string;
  name: string;
  team: Participant['team'];
  role: string;
  position: number;
}

const toParticipant = (r: ParticipantRow): Participant => ({
  id: r.id,
  workshopId: r.workshop_id,
  name: r.name,
  team: r.team,
  role: r.role,
  position: r.position,
});

export function listParticipants(db: Db, workshopId: string): Participant[] {
  return (db.prepare('SELECT * FROM participants WHERE workshop_id = ? ORDER BY position, rowid').all(workshopId) as ParticipantRow[]).map(toParticipant);
}

export function getParticipant(db: Db, id: string): Participant | undefined {
  const row = db.prepare('SELECT * FROM participants WHERE id = ?').get(id) as ParticipantRow | undefined;
  return row && toParticipant(row);
}

export function nextParticipantPosition(db: Db, workshopId: string): number {
  const row = db.prepare('SELECT coalesce(max(position), -1) + 1 AS n FROM participants WHERE workshop_id = ?').get(workshopId) as {
    n: number;
  };
  return row.n;
}

export function insertParticipant(db: Db, p: Participant, createdAt: string): void {
  db.prepare(
    `INSERT INTO participants (id, workshop_id, name, team, role, position, created_at)
     VALUES (@id, @workshopId, @name, @team, @role, @position, @createdAt)`,
  ).run({ ...p, createdAt });
}

export function updateParticipant(db: Db, p: Participant): void {
  db.prepare('UPDATE participants SET name = @name, team = @team, role = @role WHERE id = @id').run(p);
}

export function deleteParticipant(db: Db, id: string): void {
  db.prepare('DELETE FROM participants WHERE id = ?').run(id);
}

/** Replace a person's name with a label and forget their role, PIN and hand-over (anonymising). */
export function replaceWithLabel(db: Db, id: string, label: string): void {
  db.prepare("UPDATE participants SET name = ?, role = '', room_pin_hash = NULL, handed_over_at = NULL WHERE id = ?").run(label, id);
}
