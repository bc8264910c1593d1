import type { Meeting, WeeklyReport } from './definition';

const TEAM = { sales: 'Sales', marketing: 'Marketing' } as const;
const OTHER = { sales: 'Marketing', marketing: 'Sales' } as const;

/** "Every Friday, Sales → Marketing: deals won and lost…" */
export const reportLine = (r: WeeklyReport) => `Every ${r.day}, ${TEAM[r.from]} to ${OTHER[r.from]}: ${r.what}`;

/** "Joint meeting every 2 weeks, Tuesday 09:30, 45 minutes: pipeline…" */
export const meetingLine = (m: Meeting) =>
  `Joint meeting every ${m.everyWeeks} weeks, ${m.day} at ${m.time} for ${m.minutes} minutes${m.topic ? `: ${m.topic}` : ''}`;

const WD = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Tue 14 Apr 2026" from an ISO date, in English. */
export function dateWords(iso: string | null): string {
  if (!iso) return 'date to be set';
  const d = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return `${WD[d.getUTCDay()]} ${d.getUTCDate()} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export { TEAM, OTHER };
