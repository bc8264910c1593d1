import type { Series, SeriesWorkshop } from '../../../shared/series';
import type { Db } from '../connection';

interface SeriesRow {
  id: string;
  title: string;
  created_at: string;
  updated_at: string;
}
export type SeriesRecord = Omit<Series, 'workshops'>;

const toSeries = (r: SeriesRow): SeriesRecord => ({ id: r.id, title: r.title, createdAt: r.created_at, updatedAt: r.updated_at });

export function insertSeries(db: Db, s: SeriesRecord): void {
  db.prepare('INSERT INTO series (id, title, created_at, updated_at) VALUES (@id, @title, @createdAt, @updatedAt)').run(s);
}

export function getSeries(db: Db, id: string): SeriesRecord | undefined {
  const row = db.prepare('SELECT * FROM series WHERE id = ?').get(id) as SeriesRow | undefined;
  return row && toSeries(row);
}

/** The series with this title, case aside (titles are unique that way). */
export function findSeriesByTitle(db: Db, title: string): SeriesRecord | undefined {
  const row = db.prepare('SELECT * FROM series WHERE title = ? COLLATE NOCASE').get(title) as SeriesRow | undefined;
  return row && toSeries(row);
}

export function listSeries(db: Db): SeriesRecord[] {
  return (db.prepare('SELECT * FROM series ORDER BY title COLLATE NOCASE, rowid').all() as SeriesRow[]).map(toSeries);
}

export function renameSeries(db: Db, id: string, title: string, updatedAt: string): void {
  db.prepare('UPDATE series SET title = ?, updated_at = ? WHERE id = ?').run(title, updatedAt, id);
}

export function touchSeries(db: Db, id: string, updatedAt: string): void {
  db.prepare('UPDATE series SET updated_at = ? WHERE id = ?').run(updatedAt, id);
}

export function deleteSeries(db: Db, id: string): void {
  db.prepare('DELETE FROM series WHERE id = ?').run(id);
}

/** Workshops of a series not in the trash, in date order; undated ones last, oldest first. */
export function listSeriesWorkshops(db: Db, seriesId: string): SeriesWorkshop[] {
  return db
    .prepare(
      `SELECT id, title, date, status FROM workshops
       WHERE series_id = ? AND deleted_at IS NULL
       ORDER BY date IS NULL, date, start_time IS NULL, start_time, created_at, rowid`,
    )
    .all(seriesId) as SeriesWorkshop[];
}

/** The series a workshop belongs to (null: none); undefined when there is no such workshop. */
export function workshopSeriesId(db: Db, workshopId: string): string | null | undefined {
  const row = db.prepare('SELECT series_id FROM workshops WHERE id = ?').get(workshopId) as { series_id: string | null } | undefined;
  return row?.series_id;
}

export function setWorkshopSeries(db: Db, workshopId: string, seriesId: string | null, updatedAt: string): void {
  db.prepare('UPDATE workshops SET series_id = ?, updated_at = ? WHERE id = ?').run(seriesId, updatedAt, workshopId);
}
