import { i18n } from '@lingui/core';
import { firstSupported } from '../../shared/locale';
import { isRendererLocale, loadCatalog, loadedCatalog, type RendererLocale } from './catalogs';

// The facilitator's own interface language (#19), apart from any workshop's: from the system
// (navigator.languages, which Electron fills from the OS), changeable in the app bar, kept in
// this window's localStorage across restarts. Lingui's global `i18n` speaks it, so store code
// (toasts, errors) can use it too; the room's screens use RoomI18n with the workshop's language.
//
// For layout checks: `?ui=pseudo` (or any language) in the address overrides it for this page
// without saving, and the stored value may be "pseudo" too (docs/i18n.md).

/** Where the app keeps the facilitator's choice. */
export const INTERFACE_LOCALE_KEY = 'cg-ui-locale';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** A language asked for in the address (`?ui=de`, `?ui=pseudo`), for tests and layout checks. */
export function queryOverride(search: string, name: 'ui' | 'room'): RendererLocale | null {
  const value = new URLSearchParams(search).get(name);
  return isRendererLocale(value) ? value : null;
}

/** The language to start in: the address's override, else the saved choice, else the system's first the app speaks. */
export function pickInterfaceLocale({
  search = '',
  stored,
  system = [],
}: {
  search?: string;
  stored?: string | null | undefined;
  system?: readonly string[];
}): RendererLocale {
  return queryOverride(search, 'ui') ?? (isRendererLocale(stored) ? stored : firstSupported(system));
}

export function storedInterfaceLocale(): string | null {
  try {
    return storage()?.getItem(INTERFACE_LOCALE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** This window's starting language, from its address, its storage and the system. */
export function initialInterfaceLocale(): RendererLocale {
  return pickInterfaceLocale({
    search: typeof location === 'undefined' ? '' : location.search,
    stored: storedInterfaceLocale(),
    system: typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]),
  });
}

/** The tag for `<html lang>` (the pseudo-locale is English underneath: en-XA is its conventional tag). */
export const htmlLang = (locale: RendererLocale): string => (locale === 'pseudo' ? 'en-XA' : locale);

/** Show the interface in `locale` (its catalog loaded first) and say so to `<html lang>`. */
export async function activateInterfaceLocale(locale: RendererLocale): Promise<void> {
  const messages = loadedCatalog(locale) ?? (await loadCatalog(locale));
  i18n.loadAndActivate({ locale, messages });
  if (typeof document !== 'undefined') document.documentElement.lang = htmlLang(locale);
}

/** The facilitator's choice: shown now and kept for the next start. */
export async function chooseInterfaceLocale(locale: RendererLocale): Promise<void> {
  await activateInterfaceLocale(locale);
  try {
    storage()?.setItem(INTERFACE_LOCALE_KEY, locale);
  } catch {
    // Private mode or full storage: the choice holds until the window closes.
  }
}

/** The interface's language now (English until activated). */
export const interfaceLocale = (): RendererLocale => (isRendererLocale(i18n.locale) ? i18n.locale : 'en');

/**
 * The language the room's screens speak: the workshop's, unless the address asks for another
 * (`?room=pseudo` for the layout checks, `?room=de` to look at a screen in German).
 */
export function roomLocale(workshopLanguage: RendererLocale): RendererLocale {
  return (typeof location === 'undefined' ? null : queryOverride(location.search, 'room')) ?? workshopLanguage;
}
