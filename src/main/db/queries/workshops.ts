import type { Workshop, WorkshopSummary } from '../../../shared/domain';
import type { Db } from '../connection';
import { currencyFromText } from '../../../shared/currency';
import { isLocale } from '../../../shared/locale';
import type { LogoMime } from '../../../shared/branding';

interface WorkshopRow {
  id: string;
  title: string;
  goal: string;
  date: string | null;
  start_time: string | null;
  planned_end: string | null;
  location: string;
  facilitator: string;
  status: Workshop['status'];
  anonymity_threshold: number;
  names_in_exports: number;
  anonymised_at: string | null;
  currency: string;
  language: string;
  client_name: string;
  accent: string | null;
  logo_hash: string | null;
  /** From the joined logos row (never its file). */
  logo_mime: LogoMime | null;
  logo_width: number | null;
  logo_height: number | null;
  logo_bytes: number | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export const toWorkshop = (r: WorkshopRow): Workshop => ({
  id: r.id,
  title: r.title,
  goal: r.goal,
  date: r.date,
  startTime: r.start_time,
  plannedEnd: r.planned_end,
  location: r.location,
  facilitator: r.facilitator,
  status: r.status,
  anonymityThreshold: r.anonymity_threshold,
  namesInExports: r.names_in_exports === 1,
  anonymisedAt: r.anonymised_at,
  currency: currencyFromText(r.currency) ?? 'USD',
  language: isLocale(r.language) ? r.language : 'en',
  clientName: r.client_name,
  accent: r.accent,
  logo:
    r.logo_hash && r.logo_mime
      ? { mime: r.logo_mime, width: r.logo_width ?? 1, height: r.logo_height ?? 1, bytes: r.logo_bytes ?? 1, hash: r.logo_hash }
      : null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  deletedAt: r.deleted_at,
});

const COLUMN: Record<keyof Omit<Workshop, 'id' | 'createdAt' | 'deletedAt' | 'logo'>, string> = {
  title: 'title',
  goal: 'goal',
  date: 'date',
  startTime: 'start_time',
  plannedEnd: 'planned_end',
  location: 'location',
  facilitator: 'facilitator',
  status: 'status',
  anonymityThreshold: 'anonymity_threshold',
  namesInExports: 'names_in_exports',
  anonymisedAt: 'anonymised_at',
  currency: 'currency',
  language: 'language',
  clientName: 'client_name',
  accent: 'accent',
  updatedAt: 'updated_at',
};

/** A workshop's columns and its logo's description, never the logo's file (lists stay light). */
const SELECT_WORKSHOP = `SELECT w.*, l.mime AS logo_mime, l.width AS logo_width, l.height AS logo_height, l.bytes AS logo_bytes
  FROM workshops w LEFT JOIN logos l ON l.hash = w.logo_hash`;

export function getWorkshop(db: Db, id: string): Workshop | undefined {
  const row = db.prepare(`${SELECT_WORKSHOP} WHERE w.id = ?`).get(id) as WorkshopRow | undefined;
  return row && toWorkshop(row);
}

export function listWorkshops(db: Db, trashed: boolean): WorkshopSummary[] {
  const rows = db
    .prepare(
      `SELECT w.*, l.mime AS logo_mime, l.width AS logo_width, l.height AS logo_height, l.bytes AS logo_bytes,
        (SELECT count(*) FROM participants p WHERE p.workshop_id = w.id) AS participant_count,
        (SELECT count(*) FROM participants p WHERE p.workshop_id = w.id AND p.team = 'sales') AS sales_count,
        (SELECT count(*) FROM participants p WHERE p.workshop_id = w.id AND p.team = 'marketing') AS marketing_count,
        (SELECT count(*) FROM activities a WHERE a.workshop_id = w.id) AS activity_count,
        (SELECT coalesce(sum(minutes), 0) FROM activities a WHERE a.workshop_id = w.id) AS total_minutes
       FROM workshops w LEFT JOIN logos l ON l.hash = w.logo_hash
       WHERE (w.deleted_at IS NOT NULL) = ?
       ORDER BY ${trashed ? 'w.deleted_at DESC' : 'w.updated_at DESC'}`,
    )
    .all(trashed ? 1 : 0) as (WorkshopRow & {
    participant_count: number;
    sales_count: number;
    marketing_count: number;
    activity_count: number;
    total_minutes: number;
  })[];
  return rows.map((r) => ({
    ...toWorkshop(r),
    participantCount: r.participant_count,
    teamCounts: {
      sales: r.sales_count,
      marketing: r.marketing_count,
      other: r.participant_count - r.sales_count - r.marketing_count,
    },
    activityCount: r.activity_count,
    totalMinutes: r.total_minutes,
  }));
}

export function insertWorkshop(db: Db, workshop: Workshop): void {
  const { logo, ...w } = workshop;
  db.prepare(
    `INSERT INTO workshops (id, title, goal, date, start_time, planned_end, location, facilitator, status,
       anonymity_threshold, names_in_exports, anonymised_at, currency, language, client_name, accent, logo_hash, created_at, updated_at, deleted_at)
     VALUES (@id, @title, @goal, @date, @startTime, @plannedEnd, @location, @facilitator, @status,
       @anonymityThreshold, @namesInExports, @anonymisedAt, @currency, @language, @clientName, @accent, @logoHash, @createdAt, @updatedAt, @deletedAt)`,
  ).run({ ...w, logoHash: logo?.hash ?? null, namesInExports: w.namesInExports ? 1 : 0 });
}

export function updateWorkshop(db: Db, id: string, patch: Partial<Omit<Workshop, 'id' | 'createdAt' | 'deletedAt'>>): void {
  const keys = Object.keys(patch).filter((k) => k in COLUMN) as (keyof typeof COLUMN)[];
  if (keys.length === 0) return;
  const sets = keys.map((k) => `${COLUMN[k]} = @${k}`).join(', ');
  const values: Record<string, unknown> = { ...pick(patch, keys), id };
  if (typeof values.namesInExports === 'boolean') values.namesInExports = values.namesInExports ? 1 : 0;
  db.prepare(`UPDATE workshops SET ${sets} WHERE id = @id`).run(values);
}

export function setDeletedAt(db: Db, id: string, deletedAt: string | null, updatedAt: string): void {
  db.prepare('UPDATE workshops SET deleted_at = ?, updated_at = ? WHERE id = ?').run(deletedAt, updatedAt, id);
}

export function touchWorkshop(db: Db, id: string, updatedAt: string): void {
  db.prepare('UPDATE workshops SET updated_at = ? WHERE id = ?').run(updatedAt, id);
}

export function deleteWorkshop(db: Db, id: string): void {
  db.prepare('DELETE FROM workshops WHERE id = ?').run(id);
}

function pick<T extends object, K extends keyof T>(obj: T, keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, obj[k]])) as Pick<T, K>;
}
