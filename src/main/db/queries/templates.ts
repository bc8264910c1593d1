import type { Db } from '../connection';

// A facilitator's own templates (the built-in ones live in code). The body is
// the template as JSON text; the service parses and checks it.

export interface TemplateRecord {
  id: string;
  name: string;
  description: string;
  /** The template body as stored: JSON text. */
  body: string;
  createdAt: string;
  updatedAt: string;
}

interface TemplateRow {
  id: string;
  name: string;
  description: string;
  body: string;
  created_at: string;
  updated_at: string;
}

const toRecord = (r: TemplateRow): TemplateRecord => ({
  id: r.id,
  name: r.name,
  description: r.description,
  body: r.body,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function getTemplate(db: Db, id: string): TemplateRecord | undefined {
  const row = db.prepare('SELECT * FROM templates WHERE id = ?').get(id) as TemplateRow | undefined;
  return row && toRecord(row);
}

/** Newest first. */
export function listTemplates(db: Db): TemplateRecord[] {
  return (db.prepare('SELECT * FROM templates ORDER BY created_at DESC, rowid DESC').all() as TemplateRow[]).map(toRecord);
}

export function insertTemplate(db: Db, t: TemplateRecord): void {
  db.prepare('INSERT INTO templates (id, name, description, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    t.id,
    t.name,
    t.description,
    t.body,
    t.createdAt,
    t.updatedAt,
  );
}

export function deleteTemplate(db: Db, id: string): void {
  db.prepare('DELETE FROM templates WHERE id = ?').run(id);
}
