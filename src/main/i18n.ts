import { setupI18n, type I18n, type Messages } from '@lingui/core';
import { messages as en } from '../shared/locales/en.po';
import { messages as de } from '../shared/locales/de.po';
import { messages as fr } from '../shared/locales/fr.po';
import { messages as es } from '../shared/locales/es.po';
import type { Locale } from '../shared/locale';
import { setFallbackI18n } from '../shared/api/say';

// The core's words in each language (docs/i18n.md): the report, the server's own messages, CSV
// headers, the calendar file, built-in templates. One Lingui instance per language, made once;
// code says `t(i18nFor(workshop.language))\`…\`` (or passes the instance down) and never relies
// on Lingui's global instance, so two workshops in two languages can be served at once.

const CATALOGS: Readonly<Record<Locale, Messages>> = { en, de, fr, es };
const instances = new Map<Locale, I18n>();

/** The Lingui instance for a language, its catalog loaded and active. */
export function i18nFor(locale: Locale): I18n {
  let i18n = instances.get(locale);
  if (!i18n) {
    i18n = setupI18n({ locale, messages: { [locale]: CATALOGS[locale] } });
    instances.set(locale, i18n);
  }
  return i18n;
}

// Validation and service messages said outside a dispatched operation (which says them in the
// caller's language) are in English, from the catalog (src/shared/api/say.ts).
setFallbackI18n(() => i18nFor('en'));
