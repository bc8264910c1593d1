import type { Team } from '../../shared/domain';

// Pure helpers for the commitments exercise: pairing people for job
// shadowing, spreading the dates, and resolving the plan the facilitator
// agreed on (board) over what was planned (config).

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface Person {
  id: string;
  name: string;
  team: Team;
}

export interface Pair {
  id: string;
  sales: { id: string; name: string };
  marketing: { id: string; name: string };
  /** ISO date of the shadowing day, or null when not set yet. */
  date: string | null;
}

/**
 * One Sales and one Marketing person per pair. People who said on their
 * phone that they are in come first (in roster order), then everyone else;
 * nobody is in two pairs. The bigger team's extra people stay unpaired.
 */
export function suggestPairs(
  people: readonly Person[],
  optedIn: ReadonlySet<string>,
  keep: readonly Pair[] = [],
  declined: ReadonlySet<string> = new Set(),
): { pairs: Omit<Pair, 'id' | 'date'>[]; unpaired: Person[] } {
  // Whoever said "not this time" is not suggested (the facilitator can still pair them by hand).
  // Once anyone has said they are in, only those people are paired: a pair is a commitment
  // the report lists, so nobody is signed up without saying yes.
  const taken = new Set([...keep.flatMap((p) => [p.sales.id, p.marketing.id]), ...declined]);
  const onlyVolunteers = optedIn.size > 0;
  const order = (team: Team) => {
    const list = people.filter((p) => p.team === team && !taken.has(p.id) && (!onlyVolunteers || optedIn.has(p.id)));
    return [...list.filter((p) => optedIn.has(p.id)), ...list.filter((p) => !optedIn.has(p.id))];
  };
  const sales = order('sales');
  const marketing = order('marketing');
  const n = Math.min(sales.length, marketing.length);
  const pairs = Array.from({ length: n }, (_, i) => ({
    sales: { id: sales[i]!.id, name: sales[i]!.name },
    marketing: { id: marketing[i]!.id, name: marketing[i]!.name },
  }));
  return { pairs, unpaired: [...sales.slice(n), ...marketing.slice(n)] };
}

const DAY = 86_400_000;
const toDate = (iso: string) => new Date(`${iso}T12:00:00Z`);
const toIso = (d: Date) => d.toISOString().slice(0, 10);

/** The same date, moved forward to a Monday when it falls on a weekend. */
export function nextWorkday(iso: string): string {
  const d = toDate(iso);
  const dow = d.getUTCDay(); // 0 Sunday … 6 Saturday
  return toIso(new Date(d.getTime() + (dow === 6 ? 2 : dow === 0 ? 1 : 0) * DAY));
}

/** n working dates from `start`, `everyDays` apart (a weekend date moves to the Monday). */
export function spreadDates(start: string, n: number, everyDays = 7): string[] {
  const base = toDate(start).getTime();
  return Array.from({ length: n }, (_, i) => nextWorkday(toIso(new Date(base + i * everyDays * DAY))));
}

/** The first `weekday` on or after `from`. */
export function firstWeekday(from: string, weekday: Weekday): string {
  const d = toDate(from);
  const want = WEEKDAYS.indexOf(weekday) + 1; // Monday = 1
  const shift = (want - d.getUTCDay() + 7) % 7;
  return toIso(new Date(d.getTime() + shift * DAY));
}

/** Meeting dates: the first one, then every `everyWeeks` weeks. */
export function meetingDates(first: string, everyWeeks: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => toIso(new Date(toDate(first).getTime() + i * everyWeeks * 7 * DAY)));
}

export function newId(prefix: string): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  return `${prefix}-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
