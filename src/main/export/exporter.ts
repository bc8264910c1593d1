import type { Locale } from '../../shared/locale';
import { i18nFor } from '../i18n';
import { msg } from '@lingui/core/macro';
import { randomBytes } from 'node:crypto';
import type { Core } from '../core/types';
import { DomainError, fail, ok, type Result } from '../../shared/api/result';
import { REPORT_SECTIONS, type ExportedFile, type ExportRequest } from '../../shared/export';
import { assembleReportAsync } from '../report/data';
import { reportRenderer, type ReportRenderer } from '../report/render';
import { getWorkshopOrThrow } from '../services/workshop-records';
import { tableCsv, type CsvTable } from './csv';
import { listActivities } from '../db/queries/activities';
import { buildDeck } from './pptx/deck';
import { brandOf } from '../services/branding';
import { commitmentsIcs } from './ics';
import { exportWorkshop } from './json';
import { fileSlug } from '../../shared/file-name';

// Prepares export files beside the core (the PDF renders in a worker, so this
// is asynchronous) and keeps each for a while, so the shell can save it with
// a native dialog or a browser can download it.

export interface PreparedFile extends ExportedFile {
  body: Buffer;
  createdAt: number;
}

export interface Exporter {
  /** Make a file; its refusals and failures said in `locale` (the caller's interface language; default English). */
  prepareFile(request: ExportRequest, locale?: Locale): Promise<Result<ExportedFile>>;
  /** A prepared file, or undefined when unknown or expired. */
  get(exportId: string): PreparedFile | undefined;
  close(): Promise<void>;
}

const KEEP_MS = 15 * 60_000;
const KEEP_FILES = 8;

/** A workshop's file name stem: its title as a slug, or "workshop". */
export const slug = (title: string): string => fileSlug(title) || 'workshop';

const MIME: Record<ExportRequest['format'], string> = {
  pdf: 'application/pdf',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  json: 'application/json',
  ics: 'text/calendar; charset=utf-8',
  'responses.csv': 'text/csv; charset=utf-8',
  'action-items.csv': 'text/csv; charset=utf-8',
  'participants.csv': 'text/csv; charset=utf-8',
};

export function createExporter(core: Core, renderer: () => ReportRenderer = reportRenderer): Exporter {
  const files = new Map<string, PreparedFile>();

  function keep(file: Omit<PreparedFile, 'exportId' | 'createdAt'>): ExportedFile {
    const now = Date.now();
    for (const [id, f] of files) if (now - f.createdAt > KEEP_MS) files.delete(id);
    while (files.size >= KEEP_FILES) files.delete(files.keys().next().value!);
    const exportId = randomBytes(16).toString('base64url');
    const prepared: PreparedFile = { ...file, exportId, createdAt: now };
    files.set(exportId, prepared);
    const { body: _body, createdAt: _createdAt, ...info } = prepared;
    return info;
  }

  async function prepareFile(request: ExportRequest, locale: Locale = 'en'): Promise<Result<ExportedFile>> {
    const start = performance.now();
    const { workshopId, format } = request;
    const gathered = core.transact(
      `export ${format}`,
      (ctx) => {
        const workshop = getWorkshopOrThrow(ctx, workshopId);
        const base = slug(workshop.title);
        if (format === 'pdf') return { kind: 'pdf' as const, base };
        if (format === 'pptx')
          return {
            kind: 'pptx' as const,
            base,
            brand: brandOf(ctx, workshopId),
            notes: new Map(listActivities(ctx.db, workshopId).map((a, i) => [i + 1, a.notes])),
          };
        let text: string;
        let fileName: string;
        if (format === 'json') {
          text = JSON.stringify(exportWorkshop(ctx, workshopId), null, 2) + '\n';
          fileName = `${base}.common-ground.json`;
        } else if (format === 'ics') {
          text = commitmentsIcs(ctx, workshopId).text;
          fileName = `${base}-commitments.ics`;
        } else {
          const table = format.replace(/\.csv$/, '') as CsvTable;
          text = tableCsv(ctx, workshopId, table);
          fileName = `${base}-${table}.csv`;
        }
        return { kind: 'text' as const, text, fileName, partial: workshop.status !== 'finished' };
      },
      locale,
    );
    if (!gathered.ok) return gathered;
    const g = gathered.value;
    if (g.kind === 'text') {
      const body = Buffer.from(g.text, 'utf8');
      return ok(
        keep({
          fileName: g.fileName,
          mime: MIME[format],
          bytes: body.length,
          pages: null,
          partial: g.partial,
          seconds: (performance.now() - start) / 1000,
          body,
        }),
      );
    }
    const assembled = await assembleReportAsync(core, workshopId, { paper: request.paper ?? 'a4', sections: request.sections ?? REPORT_SECTIONS });
    if (!assembled.ok) return assembled;
    const data = assembled.value;
    if (g.kind === 'pptx') {
      const body = await buildDeck({ data, notes: g.notes, brand: g.brand });
      const fileName = `${g.base}${data.partial ? '-interim' : ''}-results.pptx`;
      return ok(keep({ fileName, mime: MIME.pptx, bytes: body.length, pages: null, partial: data.partial, seconds: (performance.now() - start) / 1000, body }));
    }
    try {
      const out = await renderer().render(data);
      return ok(
        keep({
          fileName: `${g.base}${data.partial ? '-interim' : ''}-report.pdf`,
          mime: MIME.pdf,
          bytes: out.pdf.length,
          pages: out.pages,
          partial: data.partial,
          seconds: (performance.now() - start) / 1000,
          body: out.pdf,
        }),
      );
    } catch (error) {
      if (error instanceof DomainError) return fail(error.code, error.message);
      console.error('[export] the report did not render:', error);
      return fail('INTERNAL', i18nFor(locale)._(msg`The report could not be made. Try again; if it keeps failing, export the raw data as CSV or JSON.`));
    }
  }

  return {
    prepareFile,
    get(exportId) {
      const f = files.get(exportId);
      if (!f || Date.now() - f.createdAt > KEEP_MS) return undefined;
      return f;
    },
    async close() {
      files.clear();
      await renderer().close();
    },
  };
}
