import type { CurrencyCode } from '../../shared/currency';

// The report's locale: dates, clock times and numbers in one style (Intl).
// A workshop has no language or region setting of its own yet; its currency
// is the one regional choice it records, so the report takes the region from
// it: US dollars read as en-US ("Tue, Dec 15, 2026", "2:30 PM"), Canadian,
// Australian and New Zealand dollars as their English, everything else as
// en-GB ("Tue, 15 Dec 2026", "14:30"). All of them group digits the same way
// as the money figures ("12,500"), so numbers and money read alike.

const BY_CURRENCY: Partial<Record<CurrencyCode, string>> = { USD: 'en-US', CAD: 'en-CA', AUD: 'en-AU', NZD: 'en-NZ' };

export const reportLocale = (workshop: { currency: CurrencyCode }): string => BY_CURRENCY[workshop.currency] ?? 'en-GB';
