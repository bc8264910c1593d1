import { msg } from '@lingui/core/macro';
import type { MessagingSeedsReport } from '../../shared/messaging-seeds';
import { readFresh } from './helpers';
import type { Slice, StoreDeps } from './types';

// Messaging brainstorm (#18): the editor's read of what earlier workshops of the series can seed it with.

export interface MessagingSlice {
  /** The starting points earlier workshops of this one's series offer, or a sentence saying why they could not be read. */
  loadMessagingSeeds(workshopId: string): Promise<{ ok: true; value: MessagingSeedsReport } | { ok: false; message: string }>;
}

export const createMessagingSlice =
  (deps: StoreDeps): Slice<MessagingSlice> =>
  (_set, get) => ({
    async loadMessagingSeeds(workshopId) {
      const r = await readFresh(get, () => deps.api.invoke('messaging:seeds', { workshopId }), deps.i18n);
      if (r.ok) return r;
      const why = r.error.message;
      return { ok: false, message: deps.i18n()._(msg`Could not look in the earlier workshops: ${why}`) };
    },
  });
