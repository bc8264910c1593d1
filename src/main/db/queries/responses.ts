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

export function deleteActivityResponses(db: Db, activityId: string): number {
  return db.prepare('DELETE FROM responses WHERE activity_id = ?').run(activityId).changes;
}

/** Every answer of a workshop with its times, in agenda order (as the workshop file holds them). */
export interface WorkshopAnswer {
  activityId: string;
  participantId: string;
  itemKey: string;
  value: unknown;
  createdAt: string;
  updatedAt: string;
}

export function listWorkshopAnswers(db: Db, workshopId: string): WorkshopAnswer[] {
  const rows = db
    .prepare(
      `SELECT r.activity_id, r.participant_id, r.item_key, r.value, r.created_at, r.updated_at
       FROM responses r JOIN activities a ON a.id = r.activity_id
       WHERE a.workshop_id = ? ORDER BY a.position, r.id`,
    )
    .all(workshopId) as { activity_id: string; participant_id: string; item_key: string; value: string; created_at: string; updated_at: string }[];
  return rows.map((r) => ({
    activityId: r.activity_id,
    participantId: r.participant_id,
    itemKey: r.item_key,
    value: JSON.parse(r.value) as unknown,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

/** Writes answers with the times they were given (an import), preparing the statement once for many rows. */
export function answerWriter(db: Db): (answer: WorkshopAnswer) => void {
  const insert = db.prepare('INSERT INTO responses (activity_id, participant_id, item_key, value, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  return (a) => void insert.run(a.activityId, a.participantId, a.itemKey, JSON.stringify(a.value), a.createdAt, a.updatedAt);
}

/** An activity's answers as stored (the value as JSON text), by row id, for rewriting them in place. */
export function listStoredAnswers(db: Db, activityId: string): { id: number; value: string }[] {
  return db.prepare('SELECT id, value FROM responses WHERE activity_id = ? ORDER BY id').all(activityId) as { id: number; value: string }[];
}

export function setStoredAnswer(db: Db, id: number, value: string): void {
  db.prepare('UPDATE responses SET value = ? WHERE id = ?').run(value, id);
}

/** The item keys anyone has answered in an activity. */
export function answeredItemKeys(db: Db, activityId: string): string[] {
  return db.prepare('SELECT DISTINCT item_key FROM responses WHERE activity_id = ?').pluck().all(activityId) as string[];
}

/** Answers per activity of a workshop (activities without answers are left out). */
export function answerCounts(db: Db, workshopId: string): Record<string, number> {
  const rows = db
    .prepare(
      `SELECT r.activity_id AS id, count(*) AS n FROM responses r JOIN activities a ON a.id = r.activity_id
       WHERE a.workshop_id = ? GROUP BY r.activity_id`,
    )
    .all(workshopId) as { id: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.id, r.n]));
}
