import type { CurrencyCode } from '../../shared/currency';
import { reportFormat } from '../../activities/kit/report';

// The report's locale: dates, clock times and numbers in one style (Intl).
// A workshop has no language or region setting of its own yet; its currency
// is the one regional choice it records, so the report takes the region from
// it: US dollars read as en-US ("Tue, Dec 15, 2026", "2:30 PM"), Canadian,
// Australian and New Zealand dollars as their English, everything else as
// en-GB ("Tue, 15 Dec 2026", "14:30"). All of them group digits the same way
// as the money figures ("12,500"), so numbers and money read alike.

const BY_CURRENCY: Partial<Record<CurrencyCode, string>> = { USD: 'en-US', CAD: 'en-CA', AUD: 'en-AU', NZD: 'en-NZ' };

export const reportLocale = (workshop: { currency: CurrencyCode }): string => BY_CURRENCY[workshop.currency] ?? 'en-GB';

// Intl loads its locale data the first time a formatter is made (tens of
// milliseconds): make the report's few formats when the module loads, not in
// the middle of a report while phones are waiting for their answers to land.
for (const locale of [...Object.values(BY_CURRENCY), 'en-GB']) {
  const f = reportFormat(locale);
  f.date('2026-01-01');
  f.time('09:00');
  f.number(1234.5);
}
