import type { LogoInfo, LogoMime } from '../../../shared/branding';
import type { Db } from '../connection';

// Logo files (stored once under their SHA-256; migration 0007's triggers drop
// a file nobody uses) and the saved default branding (one row at most).

export interface LogoRow extends LogoInfo {
  data: Buffer;
}

export function putLogo(db: Db, logo: LogoRow): void {
  db.prepare('INSERT OR IGNORE INTO logos (hash, mime, width, height, bytes, data) VALUES (@hash, @mime, @width, @height, @bytes, @data)').run(logo);
}

export function getLogo(db: Db, hash: string): LogoRow | undefined {
  const row = db.prepare('SELECT hash, mime, width, height, bytes, data FROM logos WHERE hash = ?').get(hash) as
    { hash: string; mime: LogoMime; width: number; height: number; bytes: number; data: Buffer } | undefined;
  return row;
}

export function setWorkshopLogo(db: Db, workshopId: string, hash: string | null, updatedAt: string): void {
  db.prepare('UPDATE workshops SET logo_hash = ?, updated_at = ? WHERE id = ?').run(hash, updatedAt, workshopId);
}

export interface BrandDefaultRow {
  clientName: string;
  accent: string | null;
  logoHash: string | null;
  savedAt: string;
}

export function getBrandDefaultRow(db: Db): BrandDefaultRow | undefined {
  return db.prepare('SELECT client_name AS clientName, accent, logo_hash AS logoHash, saved_at AS savedAt FROM brand_default WHERE id = 1').get() as
    BrandDefaultRow | undefined;
}

export function saveBrandDefaultRow(db: Db, row: BrandDefaultRow): void {
  db.prepare(
    `INSERT INTO brand_default (id, client_name, accent, logo_hash, saved_at) VALUES (1, @clientName, @accent, @logoHash, @savedAt)
     ON CONFLICT (id) DO UPDATE SET client_name = excluded.client_name, accent = excluded.accent, logo_hash = excluded.logo_hash, saved_at = excluded.saved_at`,
  ).run(row);
}

export function clearBrandDefaultRow(db: Db): void {
  db.prepare('DELETE FROM brand_default WHERE id = 1').run();
}
