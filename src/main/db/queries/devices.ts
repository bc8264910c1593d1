import type { Db } from '../connection';

// Phones that joined a workshop. Only a hash of each device's token is stored:
// the token itself lives in the phone's cookie.

export function insertDevice(db: Db, tokenHash: string, workshopId: string, participantId: string, now: string): void {
  db.prepare('INSERT INTO devices (token_hash, workshop_id, participant_id, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)').run(
    tokenHash,
    workshopId,
    participantId,
    now,
    now,
  );
}

/** The participant a device belongs to in this workshop, if any. */
export function deviceParticipant(db: Db, tokenHash: string, workshopId: string): string | undefined {
  const row = db.prepare('SELECT participant_id FROM devices WHERE token_hash = ? AND workshop_id = ?').get(tokenHash, workshopId) as
    { participant_id: string } | undefined;
  return row?.participant_id;
}

export function touchDevice(db: Db, tokenHash: string, now: string): void {
  db.prepare('UPDATE devices SET last_seen_at = ? WHERE token_hash = ?').run(now, tokenHash);
}

/** Forget every phone of a workshop; returns how many there were. */
export function deleteWorkshopDevices(db: Db, workshopId: string): number {
  return db.prepare('DELETE FROM devices WHERE workshop_id = ?').run(workshopId).changes;
}
