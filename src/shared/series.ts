import { says } from './api/say';
import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { Id, IsoDate, Timestamp, WorkshopStatus } from './domain';

// Series (issue #18): workshops that belong together ("ACME alignment 2027"), the same two teams
// meeting again and again. Pure: shared by the core and the renderer.

export const SeriesTitle = z
  .string()
  .trim()
  .min(1, says(msg`A series needs a title`))
  .max(200, says(msg`Keep the series title under 200 characters`));

/** One workshop on a series' timeline. */
export const SeriesWorkshop = z.object({ id: Id, title: z.string(), date: IsoDate.nullable(), status: WorkshopStatus });
export type SeriesWorkshop = z.infer<typeof SeriesWorkshop>;

export const Series = z.object({
  id: Id,
  title: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** Its workshops not in the trash, in date order (undated ones last, in the order they were made). */
  workshops: z.array(SeriesWorkshop),
});
export type Series = z.infer<typeof Series>;

/** How long after the previous workshop the next one is scheduled by default: the two-weekly rhythm of a joint meeting. */
export const NEXT_WORKSHOP_DAYS = 14;

/** The day `days` after an ISO date (YYYY-MM-DD), in calendar days. */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00.000Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** The next workshop's title: "Joint meeting 3" → "Joint meeting 4"; a title with no number gets " 2". */
export function nextTitle(previous: string): string {
  const m = /^(.*?)(\d+)(\D*)$/.exec(previous);
  const title = m ? `${m[1]}${Number(m[2]) + 1}${m[3]}` : `${previous} 2`;
  return title.slice(0, 200);
}
