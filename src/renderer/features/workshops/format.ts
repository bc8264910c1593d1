import type { WorkshopStatus } from '../../../shared/domain';

export const STATUS_LABEL: Record<WorkshopStatus, string> = {
  draft: 'Draft',
  ready: 'Ready',
  running: 'Running',
  finished: 'Finished',
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
