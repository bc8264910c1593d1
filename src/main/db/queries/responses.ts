import type { StoredResponse } from '../../../activities/types';
import type { Team } from '../../../shared/domain';
import type { Db } from '../connection';

export interface ResponseRecord extends StoredResponse {
  updatedAt: string;
}

export function listResponses(db: Db, activityId: string): ResponseRecord[] {
  const rows = db
    .prepare(
      `SELECT r.participant_id, p.team, r.item_key, r.value, r.updated_at
       FROM responses r JOIN participants p ON p.id = r.participant_id
       WHERE r.activity_id = ? ORDER BY r.id`,
    )
    .all(activityId) as { participant_id: string; team: Team; item_key: string; value: string; updated_at: string }[];
  return rows.map((r) => ({
    participantId: r.participant_id,
    team: r.team,
    itemKey: r.item_key,
    value: JSON.parse(r.value) as unknown,
    updatedAt: r.updated_at,
  }));
}

export function listMine(db: Db, activityId: string, participantId: string): Map<string, unknown> {
  const rows = db.prepare('SELECT item_key, value FROM responses WHERE activity_id = ? AND participant_id = ? ORDER BY id').all(activityId, participantId) as {
    item_key: string;
    value: string;
  }[];
  return new Map(rows.map((r) => [r.item_key, JSON.parse(r.value) as unknown]));
}

/** Idempotent: a retried write of the same answer changes nothing but updated_at. */
export function upsertResponse(db: Db, activityId: string, participantId: string, itemKey: string, value: unknown, now: string): void {
  db.prepare(
    `INSERT INTO responses (activity_id, participant_id, item_key, value, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (activity_id, participant_id, item_key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(activityId, participantId, itemKey, JSON.stringify(value), now, now);
}

export function deleteResponse(db: Db, activityId: string, participantId: string, itemKey: string): void {
  db.prepare('DELETE FROM responses WHERE activity_id = ? AND participant_id = ? AND item_key = ?').run(activityId, participantId, itemKey);
}

export function deleteMine(db: Db, activityId: string, participantId: string): void {
  db.prepare('DELETE FROM responses WHERE activity_id = ? AND participant_id = ?').run(activityId, participantId);
}

export function deleteActivityResponses(db: Db, activityId: string): number {
  return db.prepare('DELETE FROM responses WHERE activity_id = ?').run(activityId).changes;
}
