import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { TrendWorkshop } from '../shared/trends';

// Dates as the room reads them, in the room's language (i18n.locale): "17 Mar" / "17. März" on a projector line,
// "3 March" / "3. März" in a headline. An ISO date is a calendar day: formatted in UTC so no time zone moves it.

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** English keeps the app's day-before-month ("3 March", as the series page and the report write dates); other languages their own. */
const dateLocale = (i18n: I18n): string => (i18n.locale === 'en' ? 'en-GB' : i18n.locale);

const format = (i18n: I18n, iso: string, month: 'short' | 'long') =>
  new Intl.DateTimeFormat(dateLocale(i18n), { day: 'numeric', month, timeZone: 'UTC' }).format(day(iso));

/** "17 Mar", "17. März": short enough for a projector line. */
export const shortDay = (i18n: I18n, iso: string): string => format(i18n, iso, 'short');

/** "3 March", "3. März". */
export const longDay = (i18n: I18n, iso: string): string => format(i18n, iso, 'long');

/** "Joint meeting 2 (17 Mar)", or the title alone when the workshop has no date. */
export function workshopName(i18n: I18n, w: TrendWorkshop): string {
  if (!w.date) return w.title;
  const title = w.title;
  const date = shortDay(i18n, w.date);
  return i18n._(msg`${title} (${date})`);
}
