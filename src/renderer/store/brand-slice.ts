import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { ApiError } from '../../shared/api/result';
import type { BrandDefault } from '../../shared/branding';
import { logoDataUrl } from '../../shared/branding';
import type { Workshop } from '../../shared/domain';
import { failureMessage } from './helpers';
import type { Slice, StoreDeps } from './types';

// Branding in the renderer: logo pictures by their hash (a workshop names its
// logo's hash; the file is fetched once, for the planner and the projector
// alike), the open workshop's logo, and the saved default for new workshops.
// Client name and accent go through updateWorkshop like any other field.

export interface BrandDefaultState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  value: BrandDefault | null;
}

export interface BrandSlice {
  /** Logo pictures as data: URLs, by the logo's hash. */
  logos: Record<string, string>;
  brandDefault: BrandDefaultState;
  /** Fetch a workshop's logo picture unless it is already here (or on its way). */
  loadLogo(workshopId: string, hash: string): Promise<void>;
  /** Send a logo file (base64) for the open workshop. Resolves to null when saved, else the reason in words (nothing changed). */
  setWorkshopLogo(base64: string): Promise<string | null>;
  clearWorkshopLogo(): Promise<void>;
  loadBrandDefault(): Promise<void>;
  /** Save the open workshop's branding as the default for new workshops. */
  saveBrandDefault(): Promise<boolean>;
  clearBrandDefault(): Promise<boolean>;
  /** Give the open workshop the saved default branding. */
  applyBrandDefault(): Promise<boolean>;
}

export const createBrandSlice =
  (deps: StoreDeps): Slice<BrandSlice> =>
  (set, get) => {
    const inFlight = new Set<string>();
    const remember = (hash: string, url: string) => set((s) => ({ logos: { ...s.logos, [hash]: url } }));
    /** The branding fields of the open workshop, as the server returned them (other fields may have edits in flight). */
    const showBranding = (w: Workshop, fields: readonly ('clientName' | 'accent' | 'logo')[]) =>
      set((s) => {
        const detail = s.planner.detail;
        if (!detail || s.planner.id !== w.id) return {};
        const patch = Object.fromEntries(fields.map((f) => [f, w[f]]));
        return { planner: { ...s.planner, detail: { ...detail, workshop: { ...detail.workshop, ...patch } } } };
      });
    const toastFailure = (what: MessageDescriptor, error: ApiError) => {
      const i18n = deps.i18n();
      get().pushToast({ tone: 'error', message: failureMessage(i18n, i18n._(what), error) });
    };

    return {
      logos: {},
      brandDefault: { status: 'idle', value: null },

      async loadLogo(workshopId, hash) {
        if (get().logos[hash] || inFlight.has(hash)) return;
        inFlight.add(hash);
        try {
          const r = await deps.api.invoke('workshop:brand', { id: workshopId });
          if (r.ok && r.value.logo) remember(r.value.logo.hash, logoDataUrl(r.value.logo));
        } finally {
          inFlight.delete(hash);
        }
      },

      async setWorkshopLogo(base64) {
        const id = get().planner.id;
        if (!id) return deps.i18n()._(msg`Open a workshop first.`);
        const r = await get().enqueue({ op: 'workshop:setLogo', input: { id, base64 } });
        if (!r.ok) return r.error.code === 'VALIDATION' ? r.error.message : failureMessage(deps.i18n(), deps.i18n()._(msg`The logo`), r.error);
        if (r.value.logo) {
          const mime = r.value.logo.mime;
          remember(r.value.logo.hash, logoDataUrl({ mime, base64 }));
        }
        showBranding(r.value, ['logo']);
        return null;
      },

      async clearWorkshopLogo() {
        const id = get().planner.id;
        if (!id) return;
        const r = await get().enqueue({ op: 'workshop:clearLogo', input: { id } });
        if (r.ok) showBranding(r.value, ['logo']);
        else toastFailure(msg`Removing the logo`, r.error);
      },

      async loadBrandDefault() {
        set((s) => ({ brandDefault: { ...s.brandDefault, status: 'loading' } }));
        const r = await deps.api.invoke('settings:getBrandDefault', {});
        if (!r.ok) return set((s) => ({ brandDefault: { ...s.brandDefault, status: 'error' } }));
        if (r.value?.logo) remember(r.value.logo.hash, logoDataUrl(r.value.logo));
        set({ brandDefault: { status: 'ready', value: r.value } });
      },

      async saveBrandDefault() {
        const workshopId = get().planner.id;
        if (!workshopId) return false;
        const r = await get().enqueue({ op: 'settings:saveBrandDefault', input: { workshopId } });
        if (!r.ok) {
          toastFailure(msg`The default branding`, r.error);
          return false;
        }
        set({ brandDefault: { status: 'ready', value: r.value } });
        get().pushToast({ tone: 'success', message: deps.i18n()._(msg`New workshops will start with this branding.`) });
        return true;
      },

      async clearBrandDefault() {
        const r = await get().enqueue({ op: 'settings:clearBrandDefault', input: {} });
        if (!r.ok) {
          toastFailure(msg`Clearing the default branding`, r.error);
          return false;
        }
        set({ brandDefault: { status: 'ready', value: null } });
        return true;
      },

      async applyBrandDefault() {
        const id = get().planner.id;
        if (!id) return false;
        const r = await get().enqueue({ op: 'workshop:applyBrandDefault', input: { id } });
        if (!r.ok) {
          toastFailure(msg`The default branding`, r.error);
          return false;
        }
        showBranding(r.value, ['clientName', 'accent', 'logo']);
        return true;
      },
    };
  };
