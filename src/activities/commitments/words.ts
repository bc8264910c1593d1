import type { I18n } from '@lingui/core';
import { msg, ph } from '@lingui/core/macro';
import type { Meeting, WeeklyReport } from './definition';
import { WEEKDAYS, type Weekday } from './board';
import { teamName } from '../../shared/team-words';

/** "Tue 14 Apr 2026": the app's English form (day before month, as en-GB writes it, without its comma). */
const englishDate = (d: Date): string =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d).replace(',', '');

// The same words in the screen's language (the projector's, the console's or the report's Lingui instance).

/** "Freitag" for Friday: the weekday's name from Intl, in the screen's language. */
export function weekdayName(i18n: I18n, day: Weekday): string {
  // 1 January 2024 was a Monday.
  const date = new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day), 12));
  return new Intl.DateTimeFormat(intlOf(i18n), { weekday: 'long', timeZone: 'UTC' }).format(date);
}

/** "Tue 14 Apr 2026", "Di., 14. Apr. 2026" from an ISO date, in the screen's language; "date to be set" without one. */
export function dateIn(i18n: I18n, iso: string | null): string {
  if (!iso) return i18n._(msg`date to be set`);
  const d = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  if (i18n.locale === 'en') return englishDate(d);
  return new Intl.DateTimeFormat(intlOf(i18n), { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** "Sales to Marketing, every Friday", in the screen's language. */
export function reportRoute(i18n: I18n, r: Pick<WeeklyReport, 'from' | 'day'>): string {
  const from = teamName(i18n, r.from);
  const to = teamName(i18n, OTHER_ID[r.from]);
  const day = weekdayName(i18n, r.day);
  return i18n._(msg`${from} to ${to}, every ${day}`);
}

const OTHER_ID = { sales: 'marketing', marketing: 'sales' } as const;

/** The pseudo-locale has no Intl data of its own: its dates and days are British English ones. */
const intlOf = (i18n: I18n) => (i18n.locale === 'pseudo' ? 'en-GB' : i18n.locale);

/** reportLine in the screen's language: "Jeden Freitag, Vertrieb an Marketing: …" (for the report and the review). */
export function reportSentence(i18n: I18n, r: WeeklyReport): string {
  const day = weekdayName(i18n, r.day);
  const from = teamName(i18n, r.from);
  const to = teamName(i18n, OTHER_ID[r.from]);
  return i18n._(msg`Every ${day}, ${from} to ${to}: ${ph({ what: r.what })}`);
}

/** meetingLine in the screen's language: "Gemeinsames Meeting alle 2 Wochen, Dienstag um 09:30, 45 Minuten: …". */
export function meetingSentence(i18n: I18n, m: Meeting): string {
  const every = m.everyWeeks;
  const day = weekdayName(i18n, m.day);
  const time = m.time;
  const minutes = m.minutes;
  return m.topic
    ? i18n._(msg`Joint meeting every ${every} weeks, ${day} at ${time} for ${minutes} minutes: ${ph({ topic: m.topic })}`)
    : i18n._(msg`Joint meeting every ${every} weeks, ${day} at ${time} for ${minutes} minutes`);
}
