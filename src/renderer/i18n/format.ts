import type { I18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import { formatDuration } from '../../shared/schedule';

// Durations, timer words and schedule drift in the language of an I18n instance (the interface's
// or the room's), through Intl: the units and their plurals come from the browser's own data.

/** The Intl locale behind a Lingui locale (the pseudo-locale formats as English). */
export const intlOf = (i18n: I18n): string => (i18n.locale === 'pseudo' || !i18n.locale ? 'en' : i18n.locale);

type Unit = 'hour' | 'minute' | 'second';
const unit = (i18n: I18n, value: number, u: Unit, display: 'short' | 'long') =>
  new Intl.NumberFormat(intlOf(i18n), { style: 'unit', unit: u, unitDisplay: display }).format(value);

/** "45 min", "45 Min.": whole minutes, short. */
export const minutesShort = (i18n: I18n, minutes: number): string => unit(i18n, minutes, 'minute', 'short');

/** "1 h 30 min", "1 Std. 30 Min.": a planned length in minutes, short (English keeps the app's "h", not Intl's "hr"). */
export function durationShort(i18n: I18n, minutes: number): string {
  if (intlOf(i18n) === 'en') return formatDuration(minutes);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return minutesShort(i18n, m);
  const hours = unit(i18n, h, 'hour', 'short');
  return m === 0 ? hours : `${hours} ${minutesShort(i18n, m)}`;
}

/** "2 minutes 5 seconds", "2 Minuten 5 Sekunden": a timer's time in words (sign ignored). */
export function clockInWords(i18n: I18n, ms: number): string {
  const total = Math.ceil(Math.abs(ms) / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  const parts = [m ? unit(i18n, m, 'minute', 'long') : '', s || !m ? unit(i18n, s, 'second', 'long') : ''].filter(Boolean);
  return parts.join(' ');
}

/** "2 minutes left", "30 seconds over time": what a screen reader says for a timer. */
export function timerWords(i18n: I18n, ms: number): string {
  const time = clockInWords(i18n, ms);
  return ms < 0 ? t(i18n)`${time} over time` : t(i18n)`${time} left`;
}

/** "On schedule", "5 min behind plan", "3 min ahead of plan". */
export function driftWords(i18n: I18n, driftMs: number): string {
  const minutes = Math.round(Math.abs(driftMs) / 60_000);
  if (minutes === 0) return t(i18n)`On schedule`;
  const time = minutesShort(i18n, minutes);
  return driftMs > 0 ? t(i18n)`${time} behind plan` : t(i18n)`${time} ahead of plan`;
}
