import { msg } from '@lingui/core/macro';
import type { TemplateSummary } from '../../shared/templates';
import type { Locale } from '../../shared/locale';
import { MAX_TEMPLATE_FILE_CHARS } from '../../shared/templates';
import { failureMessage, quote, readFresh } from './helpers';
import type { Slice, StoreDeps } from './types';

export interface TemplatesState {
  items: TemplateSummary[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
}

export interface TemplatesSlice {
  templates: TemplatesState;
  loadTemplates(): Promise<void>;
  /** Resolves to the new workshop's id, or null (a toast says why). */
  /** `language`: the new workshop's; a built-in template's words and example content are made in it (default English). */
  createFromTemplate(templateId: string, title?: string, language?: Locale): Promise<string | null>;
  /** Resolves to null when saved, or a sentence saying why not. */
  saveAsTemplate(workshopId: string, name: string, description: string): Promise<string | null>;
  /** The template as a file: name and JSON text, or null (a toast says why). */
  exportTemplate(id: string): Promise<{ fileName: string; json: string } | null>;
  /** Resolves to null when imported, or a sentence saying why not (nothing changed). */
  importTemplate(text: string): Promise<string | null>;
  removeTemplate(id: string): Promise<boolean>;
}

export const createTemplatesSlice =
  (deps: StoreDeps): Slice<TemplatesSlice> =>
  (set, get) => {
    const patch = (p: Partial<TemplatesState>) => set((s) => ({ templates: { ...s.templates, ...p } }));
    return {
      templates: { items: [], status: 'idle', error: null },

      async loadTemplates() {
        if (get().templates.status !== 'ready') patch({ status: 'loading' });
        const r = await readFresh(get, () => deps.api.invoke('template:list', {}), deps.i18n);
        if (r.ok) patch({ items: r.value, status: 'ready', error: null });
        else patch({ status: 'error', error: r.error.message });
      },

      async createFromTemplate(templateId, title, language) {
        const r = await get().enqueue({ op: 'template:createWorkshop', input: { templateId, ...(title ? { title } : {}), ...(language ? { language } : {}) } });
        if (!r.ok) {
          get().pushToast({ tone: 'error', message: failureMessage(deps.i18n(), deps.i18n()._(msg`The new workshop`), r.error) });
          return null;
        }
        void get().loadWorkshops();
        return r.value.id;
      },

      async saveAsTemplate(workshopId, name, description) {
        const clean = name.trim();
        if (!clean) return deps.i18n()._(msg`Give the template a name.`);
        const r = await get().enqueue({ op: 'template:saveFromWorkshop', input: { workshopId, name: clean, description } });
        if (!r.ok) return r.error.message;
        const template = quote(deps.i18n(), clean);
        get().pushToast({ tone: 'success', message: deps.i18n()._(msg`Saved ${template} as a template. Find it under “New from template”.`) });
        void get().loadTemplates();
        return null;
      },

      async exportTemplate(id) {
        const r = await deps.api.invoke('template:export', { id });
        if (!r.ok) {
          const why = r.error.message;
          get().pushToast({ tone: 'error', message: deps.i18n()._(msg`The template could not be exported: ${why}`) });
          return null;
        }
        return r.value;
      },

      async importTemplate(text) {
        if (text.length > MAX_TEMPLATE_FILE_CHARS) return deps.i18n()._(msg`That file is too big to be a Common Ground template. Nothing was imported.`);
        const r = await get().enqueue({ op: 'template:import', input: { json: text } });
        if (!r.ok) return r.error.message;
        const name = quote(deps.i18n(), r.value.name);
        get().pushToast({ tone: 'success', message: deps.i18n()._(msg`Imported ${name}.`) });
        void get().loadTemplates();
        return null;
      },

      async removeTemplate(id) {
        const r = await get().enqueue({ op: 'template:remove', input: { id } });
        if (!r.ok) {
          const why = r.error.message;
          get().pushToast({ tone: 'error', message: deps.i18n()._(msg`The template was not deleted: ${why}`) });
          return false;
        }
        void get().loadTemplates();
        return true;
      },
    };
  };
