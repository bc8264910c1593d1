import type { CurrencyCode } from '../../shared/currency';
import { INTL_LOCALES, intlLocale, type Locale } from '../../shared/locale';
import { reportFormat } from '../../activities/kit/report';

// The report's locale: dates, clock times, numbers and money in one style (Intl), from the
// workshop's language and currency (src/shared/locale.ts intlLocale): an English workshop in US
// dollars reads as en-US ("Tue, Dec 15, 2026", "2:30 PM"), in euros as en-GB ("Tue, 15 Dec 2026",
// "14:30"); a German one as de-DE ("Di., 15. Dez. 2026", "14:30", "12.500"), in Swiss francs de-CH.

export const reportLocale = (workshop: { language?: Locale; currency: CurrencyCode }): string => intlLocale(workshop.language ?? 'en', workshop.currency);

// Intl loads its locale data the first time a formatter is made (tens of
// milliseconds): make the report's few formats when the module loads, not in
// the middle of a report while phones are waiting for their answers to land.
for (const locale of INTL_LOCALES) {
  const f = reportFormat(locale);
  f.date('2026-01-01');
  f.time('09:00');
  f.number(1234.5);
  f.percent(42);
}
