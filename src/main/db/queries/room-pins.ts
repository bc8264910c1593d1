import type { HandOverState, PrivacyLogEntry } from '../../../shared/room-privacy';
import type { Db } from '../connection';

// The in-room page's columns on participants (hand-over time, PIN hash) and
// the privacy log. The PIN hash never leaves this module except to be checked.

interface HandOverRow {
  id: string;
  workshop_id: string;
  handed_over_at: string | null;
  room_pin_hash: string | null;
}

export interface PinRecord {
  participantId: string;
  workshopId: string;
  handedOverAt: string | null;
  pinHash: string | null;
}

const toState = (r: HandOverRow): HandOverState => ({ participantId: r.id, handedOverAt: r.handed_over_at, hasPin: r.room_pin_hash !== null });
const COLUMNS = 'SELECT id, workshop_id, handed_over_at, room_pin_hash FROM participants';
const rowOf = (db: Db, participantId: string) => db.prepare(`${COLUMNS} WHERE id = ?`).get(participantId) as HandOverRow | undefined;

export function listHandOvers(db: Db, workshopId: string): HandOverState[] {
  const rows = db.prepare(`${COLUMNS} WHERE workshop_id = ? ORDER BY position, rowid`).all(workshopId) as HandOverRow[];
  return rows.map(toState);
}

export function getPinRecord(db: Db, participantId: string): PinRecord | undefined {
  const row = rowOf(db, participantId);
  return row && { participantId: row.id, workshopId: row.workshop_id, handedOverAt: row.handed_over_at, pinHash: row.room_pin_hash };
}

export function setHandedOver(db: Db, participantId: string, at: string): void {
  db.prepare('UPDATE participants SET handed_over_at = ? WHERE id = ?').run(at, participantId);
}

export function setPinHash(db: Db, participantId: string, hash: string | null): void {
  db.prepare('UPDATE participants SET room_pin_hash = ? WHERE id = ?').run(hash, participantId);
}

export function handOverState(db: Db, participantId: string): HandOverState | undefined {
  const row = rowOf(db, participantId);
  return row && toState(row);
}

export function appendPrivacyLog(db: Db, workshopId: string, at: string, action: string, detail: string): void {
  db.prepare('INSERT INTO privacy_log (workshop_id, at, action, detail) VALUES (?, ?, ?, ?)').run(workshopId, at, action, detail);
}

export function listPrivacyLog(db: Db, workshopId: string): PrivacyLogEntry[] {
  return db.prepare('SELECT id, at, action, detail FROM privacy_log WHERE workshop_id = ? ORDER BY id DESC').all(workshopId) as PrivacyLogEntry[];
}

/** Each log line's id and detail, for rewriting them in place (anonymising). */
export function listPrivacyLogDetails(db: Db, workshopId: string): { id: number; detail: string }[] {
  return db.prepare('SELECT id, detail FROM privacy_log WHERE workshop_id = ?').all(workshopId) as { id: number; detail: string }[];
}

export function setPrivacyLogDetail(db: Db, id: number, detail: string): void {
  db.prepare('UPDATE privacy_log SET detail = ? WHERE id = ?').run(detail, id);
}
