import type { ActionItem } from '../../../shared/domain';
import type { Db } from '../connection';

interface ActionItemRow {
  id: string;
  workshop_id: string;
  text: string;
  owner: string;
  due_date: string | null;
  status: ActionItem['status'];
  position: number;
}

const toActionItem = (r: ActionItemRow): ActionItem => ({
  id: r.id,
  workshopId: r.workshop_id,
  text: r.text,
  owner: r.owner,
  dueDate: r.due_date,
  status: r.status,
  position: r.position,
});

export function listActionItems(db: Db, workshopId: string): ActionItem[] {
  return (db.prepare('SELECT * FROM action_items WHERE workshop_id = ? ORDER BY position, rowid').all(workshopId) as ActionItemRow[]).map(toActionItem);
}

export function getActionItem(db: Db, id: string): ActionItem | undefined {
  const row = db.prepare('SELECT * FROM action_items WHERE id = ?').get(id) as ActionItemRow | undefined;
  return row && toActionItem(row);
}

export function insertActionItem(db: Db, a: ActionItem, now: string): void {
  db.prepare(
    `INSERT INTO action_items (id, workshop_id, text, owner, due_date, status, position, created_at, updated_at)
     VALUES (@id, @workshopId, @text, @owner, @dueDate, @status, @position, @now, @now)`,
  ).run({ ...a, now });
}

export function updateActionItem(db: Db, a: ActionItem, now: string): void {
  db.prepare('UPDATE action_items SET text = @text, owner = @owner, due_date = @dueDate, status = @status, updated_at = @now WHERE id = @id').run({
    ...a,
    now,
  });
}

export function deleteActionItem(db: Db, id: string): void {
  db.prepare('DELETE FROM action_items WHERE id = ?').run(id);
}
