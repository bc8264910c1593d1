import type { I18n } from '@lingui/core';
import { plural, t } from '@lingui/core/macro';
import { teamWord } from '../kit/report';
import { WEEKDAYS } from './board';
import type { Meeting, WeeklyReport } from './definition';

// The commitments in the report's language (words.ts has the English the screens use): the
// weekday in the locale's own word (Intl), the teams by name, the facilitator's topic as typed.

/** "Tuesday" → "Dienstag" in `locale`. */
export function weekdayWord(locale: string, day: (typeof WEEKDAYS)[number]): string {
  const index = WEEKDAYS.indexOf(day); // Monday first; 2 Jan 2023 was a Monday
  if (index < 0) return day;
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2023, 0, 2 + index)));
}

/** "Every Friday, Sales to Marketing: deals won and lost…" */
export function reportText(i18n: I18n, locale: string, r: WeeklyReport): string {
  const day = weekdayWord(locale, r.day);
  const from = teamWord(i18n, r.from);
  const to = teamWord(i18n, r.from === 'sales' ? 'marketing' : 'sales');
  const what = r.what;
  return t(i18n)`Every ${day}, ${from} to ${to}: ${what}`;
}

/** "Joint meeting every 2 weeks, Tuesday at 09:30 for 45 minutes: pipeline…"; `time` already in the locale's style. */
export function meetingText(i18n: I18n, locale: string, m: Meeting): string {
  const day = weekdayWord(locale, m.day);
  const time = m.time;
  const minutes = m.minutes;
  const weeks = m.everyWeeks;
  const line = t(i18n)`${plural(weeks, {
    one: `Joint meeting every week, ${day} at ${time} for ${minutes} minutes`,
    other: `Joint meeting every # weeks, ${day} at ${time} for ${minutes} minutes`,
  })}`;
  return m.topic ? `${line}: ${m.topic}` : line;
}

/** One commitments answer in the appendix and the CSV: the shadowing yes/no, or the pledge as typed. */
export function describeCommitment(_config: unknown, itemKey: string, value: unknown, _board: unknown, i18n: I18n): { item: string; value: string } {
  const v = value as { in?: boolean; text?: string } | null;
  if (itemKey === 'shadow') return { item: t(i18n)`Job shadowing`, value: v?.in ? t(i18n)`In` : t(i18n)`Not now` };
  return { item: t(i18n)`One thing I will do`, value: v?.text ?? '' };
}
