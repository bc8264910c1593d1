import { setupI18n, type I18n, type Messages } from '@lingui/core';
import { messages as en } from '../../shared/locales/en.po';
import { isLocale, type Locale } from '../../shared/locale';

// The app catalog in the renderer (docs/i18n.md): English ships in the bundle, the other languages
// (and the pseudo-locale the layout checks use) are chunks of their own, loaded when first shown.

/** A language the renderer can show: the four, and "pseudo" (accented, 40 % longer) for layout checks. */
export type RendererLocale = Locale | 'pseudo';

export const isRendererLocale = (value: unknown): value is RendererLocale => value === 'pseudo' || isLocale(value);

const LOADERS: Readonly<Record<Exclude<RendererLocale, 'en'>, () => Promise<{ messages: Messages }>>> = {
  de: () => import('../../shared/locales/de.po'),
  fr: () => import('../../shared/locales/fr.po'),
  es: () => import('../../shared/locales/es.po'),
  pseudo: () => import('../../shared/locales/pseudo.po'),
};

const loaded = new Map<RendererLocale, Messages>([['en', en]]);

/** A language's messages: at once if loaded before, else after its chunk arrives. */
export async function loadCatalog(locale: RendererLocale): Promise<Messages> {
  const known = loaded.get(locale);
  if (known) return known;
  const { messages } = await LOADERS[locale as Exclude<RendererLocale, 'en'>]();
  loaded.set(locale, messages);
  return messages;
}

/** Messages already loaded (English always is), for a first render without waiting. */
export const loadedCatalog = (locale: RendererLocale): Messages | undefined => loaded.get(locale);

const rooms = new Map<RendererLocale, I18n>();

/**
 * The Lingui instance for what the room sees in a language (projector, in-room pages, the console's
 * thumbnail of the projector): one per language, apart from the facilitator's own interface language.
 * Undefined until its catalog has loaded (see loadCatalog).
 */
export function roomI18n(locale: RendererLocale): I18n | undefined {
  let i18n = rooms.get(locale);
  if (i18n) return i18n;
  const messages = loaded.get(locale);
  if (!messages) return undefined;
  i18n = setupI18n({ locale, messages: { [locale]: messages } });
  rooms.set(locale, i18n);
  return i18n;
}
