import { msg } from '@lingui/core/macro';
import { MAX_IMPORT_BYTES, type Workshop } from '../../shared/domain';
import type { UploadProgress } from '../api/import-upload';
import type { ExportedFile, ExportFormat, PaperSize, ReportSection } from '../../shared/export';
import type { Slice, StoreDeps } from './types';
import { quote, sendImportFile } from './helpers';

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
  /** While a workshop file is being sent (browser mode): bytes sent so far. */
  importProgress: UploadProgress | null;
}

export interface ExportSlice {
  exportView: ExportViewState;
  openExport(workshopId: string): Promise<void>;
  /** Make a file; resolves to it (kept by the app for a while), or null (the job says why). */
  prepareExport(format: ExportFormat, options?: { paper?: PaperSize; sections?: ReportSection[] }): Promise<ExportedFile | null>;
  /** Desktop: save a prepared file with the native dialog. Resolves to the path, or null when cancelled or failed. */
  saveExportedFile(format: ExportFormat, file: ExportedFile): Promise<string | null>;
  /** Import a workshop file: resolves to the new workshop's id, or a sentence saying why not (nothing changed). */
  importWorkshop(file: Blob): Promise<{ id: string } | { error: string }>;
}

const MAX_MB = Math.round(MAX_IMPORT_BYTES / (1024 * 1024));
const TOO_LARGE = msg`That file is too large to be a Common Ground workshop (over ${MAX_MB} MB). Nothing was imported.`;
const NOT_UTF8 = msg`That file is not valid UTF-8 text, so it is damaged or not a Common Ground workshop export. Nothing was imported.`;

export const createExportSlice =
  (deps: StoreDeps): Slice<ExportSlice> =>
  (set, get) => {
    const patch = (p: Partial<ExportViewState>) => set((s) => ({ exportView: { ...s.exportView, ...p } }));
    const job = (format: ExportFormat, j: ExportJob) => set((s) => ({ exportView: { ...s.exportView, jobs: { ...s.exportView.jobs, [format]: j } } }));
    return {
      exportView: { workshopId: null, workshop: null, status: 'idle', error: null, jobs: {}, importProgress: null },

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
          const why = r.error.message;
          get().pushToast({ tone: 'error', message: deps.i18n()._(msg`The file was not saved: ${why}`) });
          return null;
        }
        if (r.value.path) {
          job(format, { status: 'ready', file, savedTo: r.value.path });
          const fileName = file.fileName;
          get().pushToast({ tone: 'success', message: deps.i18n()._(msg`Saved ${fileName}.`) });
        }
        return r.value.path;
      },

      async importWorkshop(file) {
        if (file.size > MAX_IMPORT_BYTES) return { error: deps.i18n()._(TOO_LARGE) };
        const r = await sendImportFile(file, {
          upload: deps.uploadWorkshop,
          progress: (p) => patch({ importProgress: p }),
          viaIpc: (json) => get().enqueue({ op: 'workshop:import', input: { json } }),
          notUtf8: deps.i18n()._(NOT_UTF8),
        });
        if (!r.ok) return { error: r.error.message };
        const title = quote(deps.i18n(), r.value.title);
        get().pushToast({ tone: 'success', message: deps.i18n()._(msg`Imported ${title}.`) });
        void get().loadWorkshops();
        return { id: r.value.id };
      },
    };
  };
