import { says } from './api/say';
import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { SEED_SOURCES, SEED_SOURCE_LABEL, type SeedSource } from './messaging-seed-sources';

// Messaging brainstorm (#18). Pure, shared by the core, the API contract and the engine.
// The starting points a messaging brainstorm shows the room as "What we heard before": pains from an
// earlier persona exercise, friction points from an earlier buying-process map, or lines the facilitator
// typed. A snapshot in the config: the facilitator may edit or remove them, and an earlier workshop
// changing later does not change what this one showed.

export { SEED_SOURCES, SEED_SOURCE_LABEL, type SeedSource };

export const Seed = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, says(msg`Seed ids are 1–40 letters, digits, - or _`)),
    text: z
      .string()
      .trim()
      .min(1, says(msg`Write something for this starting point, or remove it`))
      .max(200, says(msg`Keep a starting point under 200 characters`)),
    source: z.enum(SEED_SOURCES),
    /** Where in that exercise, e.g. the persona section or the buying stage. */
    about: z.string().trim().max(120).optional(),
    from: z
      .object({ workshopTitle: z.string().trim().min(1).max(200), date: z.string().max(10).nullable() })
      .strict()
      .optional(),
  })
  .strict();
export type Seed = z.infer<typeof Seed>;

export const SeedList = z
  .array(Seed)
  .max(40, says(msg`At most 40 starting points: keep the ones the room should write against`))
  .refine((s) => new Set(s.map((x) => x.id)).size === s.length, says(msg`Seed ids must be unique`));

/** What `messaging:seeds` says about a workshop: its series, how many earlier workshops it looked in, and what it found. */
export const MessagingSeedsReport = z.object({
  /** The series' title; null when the workshop is in none. */
  series: z.string().nullable(),
  /** Earlier workshops of the series that were looked in. */
  earlier: z.number().int().min(0),
  seeds: z.array(Seed),
  /** One plain sentence on what was found, or why nothing was. */
  message: z.string(),
});
export type MessagingSeedsReport = z.infer<typeof MessagingSeedsReport>;

/** A seed's origin in a line: "Sales persona · What keeps them up at night · Kickoff, 2027-01-20". */
export function seedOrigin(seed: Seed): string {
  const where = seed.from ? [seed.from.workshopTitle, seed.from.date].filter(Boolean).join(', ') : '';
  return [SEED_SOURCE_LABEL[seed.source], seed.about, where].filter(Boolean).join(' · ');
}
