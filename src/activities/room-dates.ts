import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { TrendWorkshop } from '../shared/trends';

// Dates as the room reads them, in the room's language (i18n.locale): "17 Mar" / "17. März" on a projector line,
// "3 March" / "3. März" in a headline. An ISO date is a calendar day: formatted in UTC so no time zone moves it.

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** "Mar 17", "17. März": short enough for a projector line. */
export const shortDay = (i18n: I18n, iso: string): string => i18n.date(day(iso), { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "March 3", "3. März". */
export const longDay = (i18n: I18n, iso: string): string => i18n.date(day(iso), { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** "Joint meeting 2 (Mar 17)", or the title alone when the workshop has no date. */
export function workshopName(i18n: I18n, w: TrendWorkshop): string {
  if (!w.date) return w.title;
  const title = w.title;
  const date = shortDay(i18n, w.date);
  return i18n._(msg`${title} (${date})`);
}
