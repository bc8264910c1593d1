import { msg } from '@lingui/core/macro';
import { contract } from '../../shared/api/contract';
import type { Team, WorkshopSummary } from '../../shared/domain';
import type { Series } from '../../shared/series';
import type { Locale } from '../../shared/locale';
import { coalesce, failureMessage, quote, readFresh } from './helpers';
import type { Slice, StoreDeps } from './types';

export type TeamCounts = Record<Team, number>;
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface WorkshopsState {
  items: WorkshopSummary[];
  trash: WorkshopSummary[];
  status: LoadStatus;
  trashStatus: LoadStatus;
  error: string | null;
  /** People per team for each listed workshop (the summary only has a total). */
  teamCounts: Record<string, TeamCounts>;
  /** Whether the list (or trash) is on screen, so change events re-read it. */
  watching: boolean;
  /** Every series with its timeline (workshops in date order). */
  series: Series[];
}

export interface WorkshopsSlice {
  workshops: WorkshopsState;
  loadWorkshops(): Promise<void>;
  loadTrash(): Promise<void>;
  setWatchingWorkshops(watching: boolean): void;
  /** Resolves to the new workshop's id, or an error message. */
  /** `language`: the room's (English when not given). */
  createWorkshop(title: string, language?: Locale): Promise<{ id: string } | { error: string }>;
  /** `language`: the sample's words and example content (default English). */
  createSample(language?: Locale): Promise<string | null>;
  /** Returns an error message when the title is not acceptable. */
  renameWorkshop(id: string, title: string): string | null;
  duplicateWorkshop(id: string): Promise<string | null>;
  trashWorkshop(id: string): void;
  restoreWorkshop(id: string): Promise<boolean>;
  purgeWorkshop(id: string): Promise<boolean>;
  /** Put a workshop in a series (null: out of any). Resolves to an error message, or null. */
  setWorkshopSeries(workshopId: string, seriesId: string | null): Promise<string | null>;
  /** A new series with this workshop in it. Resolves to an error message, or null. */
  createSeriesFor(workshopId: string, title: string): Promise<string | null>;
  /** One click: the next workshop of the series after this one (same people and agenda). Resolves to its id. */
  /** The next workshop of the series after this one: the same agenda, or the 40-minute joint meeting. */
  nextInSeries(workshopId: string, agenda?: 'same' | 'joint-meeting'): Promise<string | null>;
}

export const createWorkshopsSlice =
  (deps: StoreDeps): Slice<WorkshopsSlice> =>
  (set, get) => {
    const patch = (p: Partial<WorkshopsState>) => set((s) => ({ workshops: { ...s.workshops, ...p } }));
    const api = () => deps.api;

    function loadTeamCounts(list: WorkshopSummary[]) {
      patch({ teamCounts: Object.fromEntries(list.map((w) => [w.id, w.teamCounts])) });
    }

    return {
      workshops: { items: [], trash: [], status: 'idle', trashStatus: 'idle', error: null, teamCounts: {}, watching: false, series: [] },

      loadWorkshops: coalesce(async () => {
        if (get().workshops.status !== 'ready') patch({ status: 'loading' });
        const [r, series] = await Promise.all([
          readFresh(get, () => api().invoke('workshop:list', {}), deps.i18n),
          readFresh(get, () => api().invoke('series:list', {}), deps.i18n),
        ]);
        if (series.ok) patch({ series: series.value });
        if (r.ok) {
          patch({ items: r.value, status: 'ready', error: null });
          loadTeamCounts(r.value);
        } else if (get().workshops.status !== 'ready') {
          patch({ status: 'error', error: r.error.message });
        }
      }),

      loadTrash: coalesce(async () => {
        if (get().workshops.trashStatus !== 'ready') patch({ trashStatus: 'loading' });
        const r = await readFresh(get, () => api().invoke('workshop:listTrash', {}), deps.i18n);
        if (r.ok) patch({ trash: r.value, trashStatus: 'ready' });
        else if (get().workshops.trashStatus !== 'ready') patch({ trashStatus: 'error', error: r.error.message });
      }),

      setWatchingWorkshops(watching) {
        patch({ watching });
      },

      async createWorkshop(title, language) {
        const parsed = contract['workshop:create'].input.safeParse(language ? { title, language } : { title });
        if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? deps.i18n()._(msg`Give the workshop a title`) };
        const r = await get().enqueue({ op: 'workshop:create', input: parsed.data });
        if (!r.ok) return { error: r.error.message };
        void get().loadWorkshops();
        return { id: r.value.id };
      },

      async createSample(language) {
        const r = await get().enqueue({ op: 'workshop:createSample', input: language ? { language } : {} });
        if (!r.ok) {
          get().pushToast({ tone: 'error', message: failureMessage(deps.i18n(), deps.i18n()._(msg`The sample workshop`), r.error) });
          return null;
        }
        void get().loadWorkshops();
        return r.value.id;
      },

      renameWorkshop(id, title) {
        const parsed = contract['workshop:update'].input.safeParse({ id, patch: { title } });
        if (!parsed.success) return parsed.error.issues[0]?.message ?? deps.i18n()._(msg`That title cannot be used`);
        const before = get().workshops.items.find((w) => w.id === id);
        const clean = parsed.data.patch.title ?? title;
        patch({ items: get().workshops.items.map((w) => (w.id === id ? { ...w, title: clean } : w)) });
        void get()
          .enqueue({ op: 'workshop:update', input: { id, patch: { title: clean } }, key: `workshop/${id}` })
          .then((r) => {
            if (r.ok) return;
            get().pushToast({ tone: 'error', message: failureMessage(deps.i18n(), deps.i18n()._(msg`The new title`), r.error) });
            if (before) patch({ items: get().workshops.items.map((w) => (w.id === id ? { ...w, title: before.title } : w)) });
            void get().loadWorkshops();
          });
        return null;
      },

      async duplicateWorkshop(id) {
        const r = await get().enqueue({ op: 'workshop:duplicate', input: { id } });
        if (!r.ok) {
          get().pushToast({ tone: 'error', message: failureMessage(deps.i18n(), deps.i18n()._(msg`The copy`), r.error) });
          return null;
        }
        // A copy starts on its own, outside any series (#18): "Next workshop in this series" is how a series grows.
        const inSeries = get().workshops.series.find((s) => s.workshops.some((w) => w.id === id));
        const i18n = deps.i18n();
        const copy = quote(i18n, r.value.title);
        const series = inSeries ? quote(i18n, inSeries.title) : null;
        get().pushToast({
          tone: 'success',
          message: series
            ? i18n._(msg`Made a copy: ${copy}. It is not in the series ${series}: add it from Series in its details if it belongs there.`)
            : i18n._(msg`Made a copy: ${copy}.`),
        });
        void get().loadWorkshops();
        return r.value.id;
      },

      trashWorkshop(id) {
        const item = get().workshops.items.find((w) => w.id === id);
        patch({ items: get().workshops.items.filter((w) => w.id !== id) });
        const i18n = deps.i18n();
        const title = item ? quote(i18n, item.title) : i18n._(msg`The workshop`);
        const toastId = get().pushToast({
          message: i18n._(msg`${title} moved to the trash.`),
          action: { label: i18n._(msg`Undo`), run: () => void get().restoreWorkshop(id) },
        });
        void get()
          .enqueue({ op: 'workshop:trash', input: { id } })
          .then((r) => {
            if (r.ok) {
              void get().loadTrash();
              return;
            }
            get().dismissToast(toastId);
            get().pushToast({ tone: 'error', message: failureMessage(i18n, i18n._(msg`Moving ${title} to the trash`), r.error) });
            void get().loadWorkshops();
          });
      },

      async restoreWorkshop(id) {
        const item = get().workshops.trash.find((w) => w.id === id);
        if (item) patch({ trash: get().workshops.trash.filter((w) => w.id !== id) });
        const r = await get().enqueue({ op: 'workshop:restore', input: { id } });
        if (!r.ok) {
          get().pushToast({ tone: 'error', message: failureMessage(deps.i18n(), deps.i18n()._(msg`Restoring the workshop`), r.error) });
        } else {
          const title = quote(deps.i18n(), r.value.title);
          get().pushToast({ tone: 'success', message: deps.i18n()._(msg`${title} is back in your workshops.`) });
        }
        void get().loadWorkshops();
        void get().loadTrash();
        return r.ok;
      },

      async purgeWorkshop(id) {
        const item = get().workshops.trash.find((w) => w.id === id);
        patch({ trash: get().workshops.trash.filter((w) => w.id !== id) });
        const r = await get().enqueue({ op: 'workshop:purge', input: { id } });
        if (!r.ok) {
          get().pushToast({ tone: 'error', message: failureMessage(deps.i18n(), deps.i18n()._(msg`Deleting the workshop`), r.error) });
          void get().loadTrash();
          return false;
        }
        const title = item ? quote(deps.i18n(), item.title) : deps.i18n()._(msg`The workshop`);
        get().pushToast({ message: deps.i18n()._(msg`${title} was deleted for good.`) });
        return true;
      },

      async setWorkshopSeries(workshopId, seriesId) {
        const r = await get().enqueue({ op: 'workshop:setSeries', input: { workshopId, seriesId } });
        void get().loadWorkshops();
        return r.ok ? null : r.error.message;
      },

      async createSeriesFor(workshopId, title) {
        const parsed = contract['series:create'].input.safeParse({ title, workshopId });
        if (!parsed.success) return parsed.error.issues[0]?.message ?? deps.i18n()._(msg`Give the series a title`);
        const r = await get().enqueue({ op: 'series:create', input: parsed.data });
        void get().loadWorkshops();
        return r.ok ? null : r.error.message;
      },

      async nextInSeries(workshopId, agenda = 'same') {
        const r = await get().enqueue({ op: 'series:nextWorkshop', input: { workshopId, agenda } });
        if (!r.ok) {
          get().pushToast({ tone: 'error', message: failureMessage(deps.i18n(), deps.i18n()._(msg`The next workshop`), r.error) });
          return null;
        }
        const i18n = deps.i18n();
        const next = quote(i18n, r.value.title);
        get().pushToast({
          tone: 'success',
          message:
            agenda === 'same'
              ? i18n._(msg`Made the next workshop: ${next}, with the same people and agenda.`)
              : i18n._(msg`Made the next workshop: ${next}, with the same people and the joint meeting agenda.`),
        });
        const known = [...get().workshops.series, ...(get().seriesPage.series ? [get().seriesPage.series!] : [])];
        const previous = known.flatMap((s) => s.workshops).find((w) => w.id === workshopId);
        if (previous) get().noteCarriedOver({ workshopId: r.value.id, fromTitle: previous.title });
        void get().loadWorkshops();
        return r.value.id;
      },
    };
  };
