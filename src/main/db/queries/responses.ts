import type { StoredResponse } from '../../../activities/types';
import type { Team } from '../../../shared/domain';
import type { Db } from '../connection';
import { readAnswer, upgradeStoredAnswer } from '../../../activities/answer-versions';

// Answers are read at their engine's current version (answer-versions.ts): the lists below
// that feed tallies, results, the report and the CSV hold only answers that read, the others
// are named in a warning and stay stored as they were; the workshop's answers for the JSON
// export hold every answer.

export interface ResponseRecord extends StoredResponse {
  updatedAt: string;
}

/** An activity's answers that read, at the current version, in the order they were first given. */
export function listResponses(db: Db, activityId: string): ResponseRecord[] {
  const rows = db
    .prepare(
      `SELECT a.kind, r.participant_id, p.team, r.item_key, r.value, r.value_version, r.updated_at
       FROM responses r JOIN participants p ON p.id = r.participant_id JOIN activities a ON a.id = r.activity_id
       WHERE r.activity_id = ? ORDER BY r.id`,
    )
    .all(activityId) as { kind: string; participant_id: string; team: Team; item_key: string; value: string; value_version: number; updated_at: string }[];
  return rows.flatMap((r) => {
    const read = readAnswer(r.kind, JSON.parse(r.value), r.value_version, { activityId, participantId: r.participant_id, itemKey: r.item_key });
    return read.ok ? [{ participantId: r.participant_id, team: r.team, itemKey: r.item_key, value: read.value, updatedAt: r.updated_at }] : [];
  });
}

/** One person's answers in an activity that read, at the current version, by item key. */
export function listMine(db: Db, activityId: string, participantId: string): Map<string, unknown> {
  const rows = db
    .prepare(
      `SELECT a.kind, r.item_key, r.value, r.value_version FROM responses r JOIN activities a ON a.id = r.activity_id
       WHERE r.activity_id = ? AND r.participant_id = ? ORDER BY r.id`,
    )
    .all(activityId, participantId) as { kind: string; item_key: string; value: string; value_version: number }[];
  return new Map(
    rows.flatMap((r) => {
      const read = readAnswer(r.kind, JSON.parse(r.value), r.value_version, { activityId, participantId, itemKey: r.item_key });
      return read.ok ? [[r.item_key, read.value] as const] : [];
    }),
  );
}

/** Idempotent: a retried write of the same answer changes nothing but updated_at. `valueVersion`: the engine's current answer version. */
export function upsertResponse(db: Db, activityId: string, participantId: string, itemKey: string, value: unknown, valueVersion: number, now: string): void {
  db.prepare(
    `INSERT INTO responses (activity_id, participant_id, item_key, value, value_version, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (activity_id, participant_id, item_key) DO UPDATE SET value = excluded.value, value_version = excluded.value_version,
       updated_at = excluded.updated_at`,
  ).run(activityId, participantId, itemKey, JSON.stringify(value), valueVersion, now, now);
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
  /** The version of its engine's answer shape `value` is at. */
  valueVersion: number;
  createdAt: string;
  updatedAt: string;
}

/** Every answer, brought to the current version where it reads; one that does not is kept exactly as stored, at its stored version. */
export function listWorkshopAnswers(db: Db, workshopId: string): WorkshopAnswer[] {
  const rows = db
    .prepare(
      `SELECT a.kind, r.activity_id, r.participant_id, r.item_key, r.value, r.value_version, r.created_at, r.updated_at
       FROM responses r JOIN activities a ON a.id = r.activity_id
       WHERE a.workshop_id = ? ORDER BY a.position, r.id`,
    )
    .all(workshopId) as {
    kind: string;
    activity_id: string;
    participant_id: string;
    item_key: string;
    value: string;
    value_version: number;
    created_at: string;
    updated_at: string;
  }[];
  return rows.map((r) => {
    const place = { activityId: r.activity_id, participantId: r.participant_id, itemKey: r.item_key };
    return { ...place, ...upgradeStoredAnswer(r.kind, JSON.parse(r.value), r.value_version, place), createdAt: r.created_at, updatedAt: r.updated_at };
  });
}

/** Writes answers with the times they were given (an import), preparing the statement once for many rows. */
export function answerWriter(db: Db): (answer: WorkshopAnswer) => void {
  const insert = db.prepare(
    'INSERT INTO responses (activity_id, participant_id, item_key, value, value_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  return (a) => void insert.run(a.activityId, a.participantId, a.itemKey, JSON.stringify(a.value), a.valueVersion, a.createdAt, a.updatedAt);
}

/** An activity's answers exactly as stored (the value as JSON text, its version), by row id, for rewriting them in place. */
export function listStoredAnswers(db: Db, activityId: string): { id: number; participantId: string; itemKey: string; value: string; valueVersion: number }[] {
  return db
    .prepare(
      'SELECT id, participant_id AS participantId, item_key AS itemKey, value, value_version AS valueVersion FROM responses WHERE activity_id = ? ORDER BY id',
    )
    .all(activityId) as { id: number; participantId: string; itemKey: string; value: string; valueVersion: number }[];
}

export function setStoredAnswer(db: Db, id: number, value: string, valueVersion: number): void {
  db.prepare('UPDATE responses SET value = ?, value_version = ? WHERE id = ?').run(value, valueVersion, id);
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
