import { z } from 'zod';

// What can be exported, shared by the core, the contract and the export screen.

export const REPORT_SECTIONS = ['summary', 'agenda', 'activities', 'commitments', 'appendix'] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export const PAPER_SIZES = ['a4', 'us-letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export const EXPORT_FORMATS = ['pdf', 'pptx', 'json', 'ics', 'responses.csv', 'action-items.csv', 'participants.csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const ExportRequest = z
  .object({
    workshopId: z.string().min(1).max(64),
    format: z.enum(EXPORT_FORMATS),
    paper: z.enum(PAPER_SIZES).optional(),
    sections: z.array(z.enum(REPORT_SECTIONS)).max(REPORT_SECTIONS.length).optional(),
  })
  .strict();
export type ExportRequest = z.infer<typeof ExportRequest>;

export const ExportedFile = z.object({
  exportId: z.string(),
  fileName: z.string(),
  mime: z.string(),
  bytes: z.number().int(),
  /** PDF only. */
  pages: z.number().int().nullable(),
  /** The workshop is not finished: an interim report. */
  partial: z.boolean(),
  /** Time it took, for the screen's "made in 1.2 s". */
  seconds: z.number(),
});
export type ExportedFile = z.infer<typeof ExportedFile>;

/** Where a browser downloads a prepared export (same origin, behind the session cookie). */
export const exportDownloadPath = (exportId: string) => `/api/export/${encodeURIComponent(exportId)}`;
