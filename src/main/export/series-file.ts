import { z } from 'zod';
import { IsoTimestamp } from '../../shared/domain';
import type { Series } from '../../shared/series';
import { SeriesTitle } from '../../shared/series';
import { parseOrThrow } from '../../shared/api/validate';
import { DomainError } from '../../shared/api/result';
import type { HandlerContext } from '../services/context';
import { seriesForImport, seriesOrThrow } from '../services/series';
import { exportWorkshop, importWorkshopFile } from './json';
import { remapReviewBoards } from '../services/review';
import { checkWorkshopFile, parseJsonFile, refuse } from './json-file';
import { fileSlug } from '../../shared/file-name';

// A whole series as one JSON file: its title and every workshop in it (each one exactly as its own
// workshop file), in timeline order. Imported in one transaction: all of it or nothing. The series is
// found again by title (case aside), or made.

export const SERIES_FILE_FORMAT = 'common-ground.series';
export const SERIES_FILE_VERSION = 1;
/** A series of more workshops than this is not one a facilitator runs (two a month for years is under 100). */
export const MAX_SERIES_WORKSHOPS = 200;

const SeriesFile = z
  .object({
    format: z.literal(SERIES_FILE_FORMAT),
    version: z.literal(SERIES_FILE_VERSION),
    exportedAt: IsoTimestamp,
    series: z.object({ id: z.string().min(1).max(64), title: SeriesTitle }).strict(),
    /** Each one a workshop file, checked as such on import. */
    workshops: z.array(z.unknown()).max(MAX_SERIES_WORKSHOPS, `A series file holds at most ${MAX_SERIES_WORKSHOPS} workshops`),
  })
  .strict();
export type SeriesFile = z.infer<typeof SeriesFile>;

export function exportSeries(ctx: HandlerContext, seriesId: string): { fileName: string; json: string } {
  const series = seriesOrThrow(ctx, seriesId);
  const file: SeriesFile = {
    format: SERIES_FILE_FORMAT,
    version: SERIES_FILE_VERSION,
    exportedAt: ctx.now,
    series: { id: series.id, title: series.title },
    workshops: series.workshops.map((w) => exportWorkshop(ctx, w.id)),
  };
  return { fileName: `${fileSlug(series.title) || 'series'}.common-ground-series.json`, json: `${JSON.stringify(file, null, 2)}\n` };
}

const quote = (title: string) => `“${title.slice(0, 60)}”`;

export function importSeries(ctx: HandlerContext, text: string): Series {
  const raw = parseJsonFile(text);
  const head = raw as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== SERIES_FILE_FORMAT) {
    throw refuse(
      head && typeof head === 'object' && head.format === 'common-ground.workshop'
        ? 'That file is one workshop, not a series: import it as a workshop.'
        : 'That file is not a Common Ground series export.',
    );
  }
  if (head.version !== SERIES_FILE_VERSION) {
    throw refuse(
      typeof head.version === 'number' && head.version > SERIES_FILE_VERSION
        ? `That file was written by a newer version of Common Ground (series format ${head.version}). Update the app, then import it.`
        : 'That file has an unknown series format version.',
    );
  }
  const file = parseOrThrow(SeriesFile, raw, (why) => `That series file is damaged: ${why} Nothing was imported.`);
  // Every workshop is checked before anything is written; the transaction undoes the rest if an engine refuses one.
  const workshops = file.workshops.map((w, i) => checkWorkshopFile(w, i + 1));
  const seriesId = seriesForImport(ctx, file.series.title);
  const newIds = new Map<string, string>();
  const imported: string[] = [];
  workshops.forEach((w, i) => {
    try {
      imported.push(importWorkshopFile(ctx, w, seriesId, newIds).id);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'VALIDATION') {
        throw refuse(`Workshop ${i + 1} of the series (${quote(w.workshop.title)}): ${error.message.replace(/\s*Nothing was imported\.$/, '')}`);
      }
      throw error;
    }
  });
  // Commitments reviews point at earlier workshops' items: at their new ids now (#18).
  remapReviewBoards(ctx, imported, newIds);
  ctx.emit('workshops:changed', {});
  return seriesOrThrow(ctx, seriesId);
}
