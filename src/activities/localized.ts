import { supportedLocale, type Locale } from '../shared/locale';

// Example content and facilitator guides in every language the app speaks (issue #19).
//
// Why typed tables rather than Lingui messages: example content is structured data (a signal's
// id, text and description; a stage's owner, days and hand-off), and a translation must keep
// that structure exactly: the same ids, the same number of items, the same numbers. A table per
// language keeps each language's set whole and readable next to the English, `Localized<T>`
// makes the compiler refuse a missing language, and the engines stay pure (no Lingui instance
// to pass into defaultConfig, which the core calls without one). The phone never loads these
// modules (its views import types and keys only), so the extra languages cost it nothing.
// Words the app itself says (buttons, headings) stay Lingui messages in the catalogs.

/** One value per language; the compiler refuses a table that misses one. */
export type Localized<T> = Readonly<Record<Locale, T>>;

/** The value for a language: English when none (or an unknown tag, e.g. the pseudo-locale) is given. */
export function inLocale<T>(table: Localized<T>, locale?: string | null): T {
  return table[supportedLocale(locale) ?? 'en'];
}
