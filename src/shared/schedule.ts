// Computed agenda times. Pure functions on minutes since midnight.

export interface ScheduledItem {
  id: string;
  minutes: number;
  /** Minutes since midnight, or null when the workshop has no start time. */
  start: number | null;
  end: number | null;
}

export interface Schedule {
  items: ScheduledItem[];
  totalMinutes: number;
  /** Clock end of the last activity, or null without a start time. */
  end: number | null;
  /** Minutes past the planned end (positive = over), or null when either time is unknown. */
  overBy: number | null;
}

export function parseClock(value: string | null | undefined): number | null {
  if (!value) return null;
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export function formatClock(minutes: number): string {
  const day = 24 * 60;
  const m = ((Math.round(minutes) % day) + day) % day;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

export function buildSchedule(activities: readonly { id: string; minutes: number }[], startTime: string | null, plannedEnd: string | null): Schedule {
  const start = parseClock(startTime);
  let cursor = start;
  let total = 0;
  const items = activities.map((a) => {
    const item: ScheduledItem = {
      id: a.id,
      minutes: a.minutes,
      start: cursor,
      end: cursor === null ? null : cursor + a.minutes,
    };
    total += a.minutes;
    if (cursor !== null) cursor += a.minutes;
    return item;
  });
  const end = start === null ? null : start + total;
  let planned = parseClock(plannedEnd);
  if (planned !== null && start !== null && planned < start) planned += 24 * 60;
  return { items, totalMinutes: total, end, overBy: end !== null && planned !== null ? end - planned : null };
}
