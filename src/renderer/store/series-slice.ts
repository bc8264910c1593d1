import { msg, plural } from '@lingui/core/macro';
import { contract } from '../../shared/api/contract';
import { MAX_IMPORT_BYTES } from '../../shared/domain';
import type { Series } from '../../shared/series';
import type { SeriesTrends } from '../../shared/trends';
import type { UploadProgress } from '../api/import-upload';
import { coalesce, quote, readFresh, sendImportFile } from './helpers';
import type { Slice, StoreDeps } from './types';

// The series page (#18): one series' title and timeline, renaming, exporting, importing and deleting it.
// The list of every series stays in workshops.series (the workshop list and the planner's Series field read it).

export interface SeriesPageState {
  id: string | null;
  series: Series | null;
  /** The pulse gaps, lead-card divergence and follow-through over the whole series (null until read). */
  trends: SeriesTrends | null;
  status: 'idle' | 'loading' | 'ready' | 'missing' | 'error';
  error: string | null;
}

/** The workshop "Next workshop in this series" just made, and whose roster it took: the planner says so once. */
export interface CarriedOver {
  workshopId: string;
  fromTitle: string;
}

export interface SeriesSlice {
  seriesPage: SeriesPageState;
  carriedOver: CarriedOver | null;
  /** While a series file is being sent (browser mode): bytes sent so far. */
  seriesImportProgress: UploadProgress | null;
  openSeries(id: string): Promise<void>;
  closeSeries(): void;
  /** Re-read every series (for the planner's Series field), without touching the workshop list. */
  loadSeriesList(): Promise<void>;
  /** Resolves to an error message, or null when renamed. */
  renameSeries(id: string, title: string): Promise<string | null>;
  /** Resolves to an error message (the core refuses a series with workshops in it), or null when deleted. */
  deleteSeries(id: string): Promise<string | null>;
  /** The series as one JSON file; null when it could not be made (a toast says why). */
  exportSeries(id: string): Promise<{ fileName: string; json: string } | null>;
  /** Import a series file: resolves to the series' id, or a sentence saying why not (nothing changed). */
  importSeries(file: Blob): Promise<{ id: string } | { error: string }>;
  noteCarriedOver(note: CarriedOver | null): void;
}

const MAX_MB = Math.round(MAX_IMPORT_BYTES / (1024 * 1024));
const TOO_LARGE = msg`That file is too large to be a Common Ground series (over ${MAX_MB} MB). Nothing was imported.`;
const NOT_UTF8 = msg`That file is not valid UTF-8 text, so it is damaged or not a Common Ground series export. Nothing was imported.`;
const EMPTY: SeriesPageState = { id: null, series: null, trends: null, status: 'idle', error: null };

export const createSeriesSlice =
  (deps: StoreDeps): Slice<SeriesSlice> =>
  (set, get) => {
    const patch = (p: Partial<SeriesPageState>) => set((s) => ({ seriesPage: { ...s.seriesPage, ...p } }));
    const showing = () => get().seriesPage.id;

    const refresh = coalesce(async () => {
      const id = showing();
      if (!id) return;
      const [r, trends] = await Promise.all([
        readFresh(get, () => deps.api.invoke('series:get', { id }), deps.i18n),
        readFresh(get, () => deps.api.invoke('series:trends', { seriesId: id }), deps.i18n),
      ]);
      if (showing() !== id) return;
      if (trends.ok) patch({ trends: trends.value });
      if (r.ok) patch({ series: r.value, status: 'ready', error: null });
      else if (r.error.code === 'NOT_FOUND') patch({ series: null, status: 'missing', error: r.error.message });
      else if (get().seriesPage.status !== 'ready') patch({ status: 'error', error: r.error.message });
    });

    // The database is the source of truth: a rename, a move or a new workshop elsewhere shows here.
    for (const event of ['workshops:changed', 'workshop:changed'] as const) deps.onDispose(deps.api.on(event, () => void refresh()));

    return {
      seriesPage: EMPTY,
      carriedOver: null,
      seriesImportProgress: null,

      async openSeries(id) {
        if (showing() !== id) set({ seriesPage: { ...EMPTY, id, status: 'loading' } });
        await refresh();
      },

      closeSeries() {
        set({ seriesPage: EMPTY });
      },

      async loadSeriesList() {
        const r = await readFresh(get, () => deps.api.invoke('series:list', {}), deps.i18n);
        if (r.ok) set((s) => ({ workshops: { ...s.workshops, series: r.value } }));
      },

      async renameSeries(id, title) {
        const parsed = contract['series:rename'].input.safeParse({ id, title });
        if (!parsed.success) return parsed.error.issues[0]?.message ?? deps.i18n()._(msg`That title cannot be used`);
        const r = await get().enqueue({ op: 'series:rename', input: parsed.data });
        if (!r.ok) return r.error.message;
        if (showing() === id) patch({ series: r.value });
        return null;
      },

      async deleteSeries(id) {
        const title = get().seriesPage.series?.title;
        const r = await get().enqueue({ op: 'series:delete', input: { id } });
        if (!r.ok) return r.error.message;
        const i18n = deps.i18n();
        const quoted = title ? quote(i18n, title) : null;
        get().pushToast({ message: quoted ? i18n._(msg`The series ${quoted} was deleted.`) : i18n._(msg`The series was deleted.`) });
        void get().loadWorkshops();
        return null;
      },

      async exportSeries(id) {
        const r = await deps.api.invoke('series:export', { id });
        if (!r.ok) {
          const why = r.error.message;
          get().pushToast({ tone: 'error', message: deps.i18n()._(msg`The series file could not be made: ${why}`) });
          return null;
        }
        return r.value;
      },

      async importSeries(file) {
        if (file.size > MAX_IMPORT_BYTES) return { error: deps.i18n()._(TOO_LARGE) };
        const r = await sendImportFile(file, {
          upload: deps.uploadSeries,
          progress: (p) => set({ seriesImportProgress: p }),
          viaIpc: (json) => get().enqueue({ op: 'series:import', input: { json } }),
          notUtf8: deps.i18n()._(NOT_UTF8),
        });
        if (!r.ok) return { error: r.error.message };
        const n = r.value.workshops.length;
        const i18n = deps.i18n();
        const title = quote(i18n, r.value.title);
        get().pushToast({
          tone: 'success',
          message: i18n._(msg`Imported the series ${title} with ${plural(n, { one: '# workshop', other: '# workshops' })}.`),
        });
        void get().loadWorkshops();
        return { id: r.value.id };
      },

      noteCarriedOver(note) {
        set({ carriedOver: note });
      },
    };
  };
