import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import type { WorkshopStatus } from '../../../shared/domain';
import type { Naming } from '../../../shared/privacy';

// Words and formats the planning screens (planner, export, series) share, in the facilitator's interface
// language: read a descriptor with `i18n._(…)`; numbers and dates through Intl in the active locale.

export { TEAM_NAME } from '../../../shared/team-words';

export const NAMING_NAME: Readonly<Record<Naming, MessageDescriptor>> = {
  anonymous: msg`Anonymous`,
  team: msg`Team only`,
  named: msg`Named`,
};

export const STATUS_NAME: Readonly<Record<WorkshopStatus, MessageDescriptor>> = {
  draft: msg`Draft`,
  ready: msg`Ready`,
  running: msg`Running`,
  finished: msg`Finished`,
};

/** "90 min" / "1 h 30 min" in English, "1 Std. 30 Min." in German: a planned length in whole minutes. */
export function formatMinutes(i18n: I18n, total: number): string {
  const hours = Math.floor(total / 60);
  const minutes = i18n.number(total % 60);
  if (hours === 0) return i18n._(msg`${minutes} min`);
  const h = i18n.number(hours);
  return total % 60 === 0 ? i18n._(msg`${h} h`) : i18n._(msg`${h} h ${minutes} min`);
}

/** The Intl locale for the interface's dates: English as en-GB ("Tue 14 Mar 2026"), as the screens always wrote it. */
const dateLocale = (i18n: I18n) => (i18n.locale === 'en' || i18n.locale === 'pseudo' ? 'en-GB' : i18n.locale);

/** "Tue 14 Mar 2026" / "Di., 14. März 2026" from "2026-03-14", without time-zone surprises; null without a date. */
export function formatWorkshopDate(i18n: I18n, iso: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toLocaleDateString(dateLocale(i18n), { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** "14 Mar 2026" / "14. März 2026" from an ISO timestamp; null when it is not one. */
export function formatDayOf(i18n: I18n, timestamp: string | null): string | null {
  if (!timestamp) return null;
  const d = new Date(timestamp);
  if (Number.isNaN(d.getTime())) return null;
  return d.toLocaleDateString(dateLocale(i18n), { day: 'numeric', month: 'short', year: 'numeric' });
}

/** "300 bytes", "512 KB", "1,4 MB" in German: a file's size. */
export function formatFileSize(i18n: I18n, bytes: number): string {
  if (bytes < 1024) return i18n._(msg`${plural(bytes, { one: '# byte', other: '# bytes' })}`);
  if (bytes >= 1024 * 1024) {
    const size = i18n.number(bytes / 1024 / 1024, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return i18n._(msg`${size} MB`);
  }
  const size = i18n.number(Math.round(bytes / 1024));
  return i18n._(msg`${size} KB`);
}
