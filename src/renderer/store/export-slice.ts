import type { Workshop } from '../../shared/domain';
import type { ExportedFile, ExportFormat, PaperSize, ReportSection } from '../../shared/export';
import type { Slice, StoreDeps } from './types';

export type ExportJob =
  | { status: 'idle' }
  | { status: 'working'; startedAt: number }
  | { status: 'ready'; file: ExportedFile; savedTo: string | null }
  | { status: 'error'; message: string };

export interface ExportViewState {
  workshopId: string | null;
  workshop: Workshop | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  jobs: Partial<Record<ExportFormat, ExportJob>>;
}

export interface ExportSlice {
  exportView: ExportViewState;
  openExport(workshopId: string): Promise<void>;
  /** Make a file; resolves to it (kept by the app for a while), or null (the job says why). */
  prepareExport(format: ExportFormat, options?: { paper?: PaperSize; sections?: ReportSection[] }): Promise<ExportedFile | null>;
  /** Desktop: save a prepared file with the native dialog. Resolves to the path, or null when cancelled or failed. */
  saveExportedFile(format: ExportFormat, file: ExportedFile): Promise<string | null>;
  /** Resolves to the new workshop's id, or a sentence saying why not (nothing changed). */
  importWorkshop(text: string): Promise<{ id: string } | { error: string }>;
}

/** Imports travel in one API message (1 MiB at most). */
const MAX_IMPORT_CHARS = 1_000_000;

export const createExportSlice = (deps: StoreDeps): Slice<ExportSlice> => (set, get) => {
  const patch = (p: Partial<ExportViewState>) => set((s) => ({ exportView: { ...s.exportView, ...p } }));
  const job = (format: ExportFormat, j: ExportJob) => set((s) => ({ exportView: { ...s.exportView, jobs: { ...s.exportView.jobs, [format]: j } } }));
  return {
    exportView: { workshopId: null, workshop: null, status: 'idle', error: null, jobs: {} },

    async openExport(workshopId) {
      patch({ workshopId, status: 'loading', error: null, jobs: {} });
      const r = await deps.api.invoke('workshop:get', { id: workshopId });
      if (get().exportView.workshopId !== workshopId) return;
      if (r.ok) patch({ workshop: r.value.workshop, status: 'ready' });
      else patch({ status: 'error', error: r.error.message });
    },

    async prepareExport(format, options = {}) {
      const workshopId = get().exportView.workshopId;
      if (!workshopId) return null;
      job(format, { status: 'working', startedAt: Date.now() });
      const r = await deps.api.invoke('export:prepare', { workshopId, format, ...options });
      if (!r.ok) {
        job(format, { status: 'error', message: r.error.message });
        return null;
      }
      job(format, { status: 'ready', file: r.value, savedTo: null });
      return r.value;
    },

    async saveExportedFile(format, file) {
      const r = await deps.api.invoke('export:save', { exportId: file.exportId });
      if (!r.ok) {
        get().pushToast({ tone: 'error', message: `The file was not saved: ${r.error.message}` });
        return null;
      }
      if (r.value.path) {
        job(format, { status: 'ready', file, savedTo: r.value.path });
        get().pushToast({ tone: 'success', message: `Saved ${file.fileName}.` });
      }
      return r.value.path;
    },

    async importWorkshop(text) {
      if (text.length > MAX_IMPORT_CHARS) return { error: 'That file is too large to be a Common Ground workshop (over 1 MB). Nothing was imported.' };
      const r = await get().enqueue({ op: 'workshop:import', input: { json: text } });
      if (!r.ok) return { error: r.error.message };
      get().pushToast({ tone: 'success', message: `Imported “${r.value.title}”.` });
      void get().loadWorkshops();
      return { id: r.value.id };
    },
  };
};
