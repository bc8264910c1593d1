import { msg } from '@lingui/core/macro';
import { quote } from './helpers';
import type { AnonymiseSummary } from '../../shared/anonymise';
import type { Slice, StoreDeps } from './types';

export interface AnonymiseSlice {
  /**
   * Replace every name in a finished workshop (cannot be undone; the core
   * checks the typed title again). Resolves to what was done, or a sentence
   * saying why not (then nothing changed).
   */
  anonymiseWorkshop(workshopId: string, confirmTitle: string): Promise<{ summary: AnonymiseSummary } | { error: string }>;
}

export const createAnonymiseSlice =
  (deps: StoreDeps): Slice<AnonymiseSlice> =>
  (set, get) => ({
    async anonymiseWorkshop(workshopId, confirmTitle) {
      // Sent once, never retried by the save queue: a second try after a lost reply would only be refused.
      const r = await deps.api.invoke('workshop:anonymise', { id: workshopId, confirmTitle });
      if (!r.ok) return { error: r.error.message };
      const { workshop } = r.value;
      set((s) => (s.exportView.workshopId === workshopId ? { exportView: { ...s.exportView, workshop } } : {}));
      const title = quote(deps.i18n(), workshop.title);
      get().pushToast({ tone: 'success', message: deps.i18n()._(msg`Names removed from ${title}.`) });
      return { summary: r.value };
    },
  });
