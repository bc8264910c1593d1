import type { I18n } from '@lingui/core';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiClient } from '../../shared/api/contract';
import { roomI18n } from '../i18n/catalogs';
import { createPlannerSlice } from './planner-slice';
import { createSaveSlice } from './save-slice';
import { createToastsSlice } from './toasts-slice';
import type { AppState, StoreDeps } from './types';
import { createWorkshopsSlice } from './workshops-slice';
import { createRunSlice } from './run-slice';
import { createExportSlice } from './export-slice';
import { createTemplatesSlice } from './templates-slice';
import { createAnonymiseSlice } from './anonymise-slice';
import { createRoomPrivacySlice } from './room-privacy-slice';
import { createBrandSlice } from './brand-slice';
import { createSeriesSlice } from './series-slice';
import { createReviewSlice } from './review-slice';
import { createMessagingSlice } from './messaging-slice';

const english = () => roomI18n('en')!;

export type AppStore = StoreApi<AppState> & {
  /** Stop listening to the API's change events. */
  dispose(): void;
};

export interface AppStoreOptions {
  api: ApiClient;
  retryBaseMs?: number;
  retryMaxMs?: number;
  uploadWorkshop?: StoreDeps['uploadWorkshop'];
  uploadSeries?: StoreDeps['uploadSeries'];
  /** The interface language's Lingui instance, read each time the store speaks (toasts, errors); English when not given. */
  i18n?: () => I18n;
}

/** One store for the facilitator app, made of typed slices. Only its actions call the API. */
export function createAppStore({ api, retryBaseMs = 500, retryMaxMs = 15_000, uploadWorkshop, uploadSeries, i18n = english }: AppStoreOptions): AppStore {
  // Every listener the store and its slices add to the API, removed by dispose().
  const disposers: (() => void)[] = [];
  const onDispose = (off: () => void) => void disposers.push(off);
  const deps: StoreDeps = {
    api,
    retryBaseMs,
    retryMaxMs,
    onDispose,
    i18n,
    ...(uploadWorkshop ? { uploadWorkshop } : {}),
    ...(uploadSeries ? { uploadSeries } : {}),
  };
  const store = createStore<AppState>()((...a) => ({
    ...createSaveSlice(deps)(...a),
    ...createToastsSlice(...a),
    ...createWorkshopsSlice(deps)(...a),
    ...createPlannerSlice(deps)(...a),
    ...createRunSlice(deps)(...a),
    ...createExportSlice(deps)(...a),
    ...createTemplatesSlice(deps)(...a),
    ...createAnonymiseSlice(deps)(...a),
    ...createRoomPrivacySlice(deps)(...a),
    ...createBrandSlice(deps)(...a),
    ...createSeriesSlice(deps)(...a),
    ...createReviewSlice(deps)(...a),
    ...createMessagingSlice(deps)(...a),
  }));

  // The database is the source of truth: when another window (or our own
  // write) changes something, re-read what is on screen.
  const offList = api.on('workshops:changed', () => {
    const s = store.getState();
    if (s.workshops.watching) {
      void s.loadWorkshops();
      void s.loadTrash();
    }
    if (s.planner.id) void s.refreshWorkshop();
  });
  const offOne = api.on('workshop:changed', ({ workshopId }) => {
    const s = store.getState();
    if (s.planner.id === workshopId) void s.refreshWorkshop();
    if (s.workshops.watching) void s.loadWorkshops();
  });

  return Object.assign(store, {
    dispose() {
      offList();
      offOne();
      for (const off of disposers.splice(0)) off();
    },
  });
}

export type { AppState } from './types';
