import { i18n, type Messages } from '@lingui/core';
import { I18nProvider } from '@lingui/react';
import { useEffect, type ReactNode } from 'react';

// The phone page's languages (docs/i18n.md). English ships in the page; each other language is
// its own small chunk, fetched only by a phone that shows it, so a phone carries one language.

export const PHONE_LOCALES = ['en', 'de', 'fr', 'es'] as const;
export type PhoneLocale = (typeof PHONE_LOCALES)[number];

/** Each language named in itself, for the switcher. */
export const LOCALE_NAMES: Readonly<Record<PhoneLocale, string>> = { en: 'English', de: 'Deutsch', fr: 'Français', es: 'Español' };

/**
 * The pseudo-locale (accented, 40 % longer, bracketed) for layout checks: shown only when this phone's storage asks
 * for it (`cg-phone-locale` = "pseudo"), never offered by the switcher nor taken from the workshop or the browser.
 */
export const PSEUDO = 'pseudo';
/** A language the phone can show: the four, and the pseudo-locale of the layout checks. */
export type ShownLocale = PhoneLocale | typeof PSEUDO;

// Every language is a chunk of its own, English too: a phone carries the one language it shows
// (issue #19's budget is the phone's code with one language, and English in the page would make it two).
const LOADERS: Readonly<Record<ShownLocale, () => Promise<{ messages: Messages }>>> = {
  en: () => import('./locales/en.po'),
  de: () => import('./locales/de.po'),
  fr: () => import('./locales/fr.po'),
  es: () => import('./locales/es.po'),
  pseudo: () => import('./locales/pseudo.po'),
};

/** The tag for `<html lang>`: the pseudo-locale is English underneath (en-XA, its conventional tag). */
export const htmlLangOf = (locale: ShownLocale): string => (locale === PSEUDO ? 'en-XA' : locale);

/** The <html> attribute the room server writes the workshop's language into (phone-page.ts, same name). */
export const WORKSHOP_LANG_ATTR = 'data-workshop-lang';

/** Where this phone keeps the language its person picked (this phone only: nobody else's page changes). */
export const LOCALE_KEY = 'cg-phone-locale';

export const isPhoneLocale = (value: unknown): value is PhoneLocale => typeof value === 'string' && (PHONE_LOCALES as readonly string[]).includes(value);

/** "de-AT" → "de"; null for a language the phone does not speak. */
export function supported(tag: string | null | undefined): PhoneLocale | null {
  const base = tag?.toLowerCase().split(/[-_]/)[0];
  return isPhoneLocale(base) ? base : null;
}

/**
 * The language to show: the one this person picked on this phone, else the workshop's (when the
 * room says it), else the first of the browser's languages the phone speaks, else English.
 */
export function pickLocale({
  stored,
  workshop,
  browser = [],
}: {
  stored?: string | null | undefined;
  workshop?: string | null | undefined;
  browser?: readonly string[];
}): ShownLocale {
  if (stored === PSEUDO) return PSEUDO;
  return supported(stored) ?? supported(workshop) ?? browser.map(supported).find((l) => l !== null) ?? 'en';
}

const loaded = new Set<ShownLocale>();

/** Load a language's catalog (a chunk of its own, fetched once) and show it. */
export async function activateLocale(locale: ShownLocale): Promise<void> {
  if (!loaded.has(locale)) {
    const { messages } = await LOADERS[locale]();
    i18n.load(locale, messages);
    loaded.add(locale);
  }
  i18n.activate(locale);
}

function storage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

export function storedLocale(): string | null {
  try {
    return storage()?.getItem(LOCALE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** This person's choice: shown now and kept on this phone for the next visit. */
export async function chooseLocale(locale: PhoneLocale): Promise<void> {
  await activateLocale(locale);
  try {
    storage()?.setItem(LOCALE_KEY, locale);
  } catch {
    /* private mode: the choice lasts until the page is closed */
  }
  document.documentElement.lang = locale;
}

/** The language to start in, from this phone's choice and the browser's languages. */
export const initialLocale = (workshop?: string | null): ShownLocale =>
  pickLocale({ stored: storedLocale(), workshop, browser: typeof navigator === 'undefined' ? [] : navigator.languages });

/**
 * The workshop's language as the room says it: shown unless this person picked one on this phone,
 * and followed live when the facilitator changes it (the room sends it with the list and each state).
 */
export function useWorkshopLanguage(workshop: string | null | undefined): void {
  useEffect(() => {
    const stored = storedLocale();
    if (!workshop || isPhoneLocale(stored) || stored === PSEUDO) return;
    const locale = supported(workshop);
    if (!locale || locale === i18n.locale) return;
    let live = true;
    void activateLocale(locale)
      .then(() => {
        if (live) document.documentElement.lang = locale;
      })
      .catch(() => undefined); // not fetched (Wi-Fi): the page stays in its language until the next change
    return () => {
      live = false;
    };
  }, [workshop]);
}

/** The phone's screens read their words from here. */
export function PhoneI18n({ children }: { children: ReactNode }) {
  return <I18nProvider i18n={i18n}>{children}</I18nProvider>;
}
