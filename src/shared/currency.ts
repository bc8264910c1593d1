import { msg } from '@lingui/core/macro';
import { says } from './api/say';
import { z } from 'zod';

// The workshop's currency: an ISO 4217 code, written with Intl.NumberFormat
// in English ("€90,000", "£1,250.50", "CHF 90,000", "CA$90,000").

export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CHF', 'CAD', 'AUD', 'NZD', 'SEK', 'NOK', 'DKK', 'JPY', 'INR'] as const;
export type CurrencyCode = (typeof CURRENCIES)[number];

const currencyList = CURRENCIES.join(', ');
export const Currency = z.enum(CURRENCIES, says(msg`Use one of these currencies: ${currencyList}`));

/** The word for one unit ("from the first euro") and a name for pickers. */
export const CURRENCY_INFO: Record<CurrencyCode, { unit: string; name: string }> = {
  USD: { unit: 'dollar', name: 'US dollar' },
  EUR: { unit: 'euro', name: 'Euro' },
  GBP: { unit: 'pound', name: 'Pound sterling' },
  CHF: { unit: 'franc', name: 'Swiss franc' },
  CAD: { unit: 'dollar', name: 'Canadian dollar' },
  AUD: { unit: 'dollar', name: 'Australian dollar' },
  NZD: { unit: 'dollar', name: 'New Zealand dollar' },
  SEK: { unit: 'krona', name: 'Swedish krona' },
  NOK: { unit: 'krone', name: 'Norwegian krone' },
  DKK: { unit: 'krone', name: 'Danish krone' },
  JPY: { unit: 'yen', name: 'Japanese yen' },
  INR: { unit: 'rupee', name: 'Indian rupee' },
};

/** The currency's name for pickers: the app's own in English ("US dollar"), Intl's in other languages ("US-Dollar"). */
export function currencyName(locale: string, code: CurrencyCode): string {
  if (locale === 'en') return CURRENCY_INFO[code].name;
  return new Intl.DisplayNames([locale], { type: 'currency' }).of(code) ?? CURRENCY_INFO[code].name;
}

/** The default: English as the app has always written money ("€12,500"). The report passes the workshop's Intl locale. */
const LOCALE = 'en-US';
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(code: CurrencyCode, cents: boolean, compact: boolean, locale: string): Intl.NumberFormat {
  const key = `${locale}|${code}|${cents}|${compact}`;
  let f = formatters.get(key);
  if (!f) {
    const digits = new Intl.NumberFormat(locale, { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    f = compact
      ? new Intl.NumberFormat(locale, { style: 'currency', currency: code, notation: 'compact', maximumFractionDigits: 1 })
      : new Intl.NumberFormat(locale, {
          style: 'currency',
          currency: code,
          minimumFractionDigits: cents ? digits : 0,
          maximumFractionDigits: cents ? digits : 0,
        });
    formatters.set(key, f);
  }
  return f;
}

/** A typographic minus, as the rest of the app writes it. */
const minus = (s: string) => s.replace('-', '−');

/** "€12,500", "−£6,000"; cents only when there are some. */
export function formatMoney(code: CurrencyCode, n: number, locale = LOCALE): string {
  const cents = Math.round(Math.abs(n) * 100) % 100 !== 0;
  return minus(formatter(code, cents, false, locale).format(n));
}

/** "€12.5K", "$1.2M" for axis ticks and tight spaces. */
export function formatShortMoney(code: CurrencyCode, n: number, locale = LOCALE): string {
  return minus(formatter(code, false, Math.abs(n) >= 1000, locale).format(Math.round(n)));
}

/** The symbol Intl writes for the code: "€", "£", "CHF", "CA$". */
export function currencySymbol(code: CurrencyCode, locale = LOCALE): string {
  return (
    formatter(code, false, false, locale)
      .formatToParts(0)
      .find((p) => p.type === 'currency')?.value ?? code
  );
}

const SYMBOLS: Record<string, CurrencyCode> = {
  $: 'USD',
  US$: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  FR: 'CHF',
  'FR.': 'CHF',
  C$: 'CAD',
  CA$: 'CAD',
  A$: 'AUD',
  AU$: 'AUD',
  NZ$: 'NZD',
  '¥': 'JPY',
  '₹': 'INR',
  KR: 'SEK',
};

/** A code from what older files wrote ("€", "£", "CHF", "kr"); null when it names none of ours. */
export function currencyFromText(text: unknown): CurrencyCode | null {
  if (typeof text !== 'string') return null;
  const t = text.trim().toUpperCase();
  if ((CURRENCIES as readonly string[]).includes(t)) return t as CurrencyCode;
  return SYMBOLS[t] ?? null;
}
