import { msg } from '@lingui/core/macro';
import { says } from './api/say';
import { z } from 'zod';
import type { CurrencyCode } from './currency';

// The languages Common Ground speaks (issue #19, docs/i18n.md). A workshop has one: the
// projector, the phones and in-room pages, the report and the exports speak it. The
// facilitator's own screens follow their interface language, set apart from any workshop.

export const LOCALES = ['en', 'de', 'fr', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

const languageList = LOCALES.join(', ');
export const Language = z.enum(LOCALES, says(msg`Use one of these languages: ${languageList}`));

/** Each language named in itself, for pickers and switchers. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', de: 'Deutsch', fr: 'Français', es: 'Español' };

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** The language a request asks for (an IPC argument, a socket message's field): one the app speaks, else English. */
export const requestLocale = (value: unknown): Locale => (isLocale(value) ? value : 'en');

/** "de-AT" → "de"; null for a language the app does not speak. */
export function supportedLocale(tag: string | null | undefined): Locale | null {
  const base = tag?.toLowerCase().split(/[-_]/)[0];
  return isLocale(base) ? base : null;
}

/** The first of a list of BCP 47 tags (e.g. navigator.languages) the app speaks, else English. */
export const firstSupported = (tags: readonly (string | null | undefined)[]): Locale => tags.map(supportedLocale).find((l) => l !== null) ?? 'en';

// English workshops take their region from the currency, as the report always has (US dollars
// read as en-US, "Tue, Dec 15, 2026", "2:30 PM"; everything else as en-GB, "Tue, 15 Dec 2026", "14:30").
const ENGLISH_BY_CURRENCY: Partial<Record<CurrencyCode, string>> = { USD: 'en-US', CAD: 'en-CA', AUD: 'en-AU', NZD: 'en-NZ' };
// Other languages take the region the currency says where it says one (Swiss francs: de-CH, fr-CH), else the language's home.
const REGIONAL: Partial<Record<Locale, Partial<Record<CurrencyCode, string>>>> = {
  de: { CHF: 'de-CH' },
  fr: { CHF: 'fr-CH', CAD: 'fr-CA' },
  es: { USD: 'es-US' },
};
const HOME: Readonly<Record<Exclude<Locale, 'en'>, string>> = { de: 'de-DE', fr: 'fr-FR', es: 'es-ES' };

/** The Intl locale for a workshop's dates, times, numbers and money ("de" + EUR → "de-DE"). */
export function intlLocale(language: Locale, currency: CurrencyCode = 'EUR'): string {
  if (language === 'en') return ENGLISH_BY_CURRENCY[currency] ?? 'en-GB';
  return REGIONAL[language]?.[currency] ?? HOME[language];
}

/** Every Intl locale intlLocale can return, to warm formatters up front. */
export const INTL_LOCALES: readonly string[] = [
  ...new Set([...Object.values(ENGLISH_BY_CURRENCY), 'en-GB', ...Object.values(HOME), ...Object.values(REGIONAL).flatMap((r) => Object.values(r ?? {}))]),
];
