import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { WorkshopStatus } from '../../../shared/domain';
import { intlOf } from '../../i18n/format';

/** A workshop's status in the language of `i18n` (`i18n._(STATUS_NAME[status])`). */
export const STATUS_NAME: Readonly<Record<WorkshopStatus, MessageDescriptor>> = {
  draft: msg`Draft`,
  ready: msg`Ready`,
  running: msg`Running`,
  finished: msg`Finished`,
};

/** "Tue 14 Mar 2026" from "2026-03-14", without time-zone surprises. */
export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** "14 Mar 2026" from an ISO timestamp. */
export function formatDay(timestamp: string | null): string | null {
  if (!timestamp) return null;
  const d = new Date(timestamp);
  if (Number.isNaN(d.getTime())) return null;
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

export { plural } from '../../../shared/plural';

// In the interface's language (#19): the words above stay for screens not yet translated.

/** The app's English dates are British ("Tue 14 Mar 2026"); other languages take their own. */
const dateLocale = (i18n: I18n) => (intlOf(i18n) === 'en' ? 'en-GB' : intlOf(i18n));

/** "Di., 14. März 2026" from "2026-03-14", in the language of `i18n`, without time-zone surprises. */
export function dateIn(i18n: I18n, iso: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toLocaleDateString(dateLocale(i18n), { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** "14. März 2026" from an ISO timestamp, in the language of `i18n`. */
export function dayIn(i18n: I18n, timestamp: string | null): string | null {
  if (!timestamp) return null;
  const d = new Date(timestamp);
  if (Number.isNaN(d.getTime())) return null;
  return d.toLocaleDateString(dateLocale(i18n), { day: 'numeric', month: 'short', year: 'numeric' });
}
