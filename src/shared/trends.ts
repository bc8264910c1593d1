import { z } from 'zod';
import { Id, IsoDate } from './domain';

// Trends across a series (issue #18): how far apart Sales and Marketing are, workshop after workshop.
// Pure: the shapes the core sends (series:trends) and the renderer and report read, and small helpers.
// The maths lives with each engine: activities/pulse/gap-trend.ts and activities/leadsort/divergence-trend.ts.

export const TrendWorkshop = z.object({ id: Id, title: z.string(), date: IsoDate.nullable() });
export type TrendWorkshop = z.infer<typeof TrendWorkshop>;

/** One workshop's pulse figures for one statement. Team means are null where aggregate() hid the split. */
export const PulseGapPoint = z.object({
  workshopId: Id,
  /** People who rated the statement (all teams). */
  n: z.number().int(),
  sales: z.number().nullable(),
  marketing: z.number().nullable(),
  /** |Sales − Marketing| to one decimal; null when a team's split is hidden or the team did not rate it. */
  gap: z.number().nullable(),
  /** A team's split was hidden below the anonymity threshold (so the gap cannot be shown). */
  splitHidden: z.boolean(),
});
export type PulseGapPoint = z.infer<typeof PulseGapPoint>;

export const PulseStatementTrend = z.object({
  /** What matches across workshops: built-in statements by set version and id, the facilitator's own by id (statementKey). */
  key: z.string(),
  statementId: z.string(),
  /** The built-in set's version; null for a statement the facilitator added. */
  setVersion: z.number().int().nullable(),
  /** As worded in the latest workshop that asked it. */
  text: z.string(),
  /** One per workshop that asked it and got answers, in series order. */
  points: z.array(PulseGapPoint),
});
export type PulseStatementTrend = z.infer<typeof PulseStatementTrend>;

export const LeadCardPoint = z.object({
  workshopId: Id,
  /** Total variation distance between the teams' sorts, 0 (same) to 1 (no overlap); null when a split is hidden or a team left it unplaced. */
  divergence: z.number().nullable(),
  /** People who placed the card (all teams). */
  n: z.number().int(),
  splitHidden: z.boolean(),
});
export type LeadCardPoint = z.infer<typeof LeadCardPoint>;

export const LeadCardTrend = z.object({
  /** How cards match (leadsort/card-key.ts): a built-in example signal by its id in any language, else the text (cardKey). */
  key: z.string(),
  /** As worded in the latest workshop that sorted it. */
  text: z.string(),
  points: z.array(LeadCardPoint),
});
export type LeadCardTrend = z.infer<typeof LeadCardTrend>;

/** Commitments made in a workshop and what became of them (filled by the commitments review). */
export const FollowThroughPoint = z.object({
  workshopId: Id,
  made: z.number().int(),
  done: z.number().int(),
  partly: z.number().int(),
  notDone: z.number().int(),
  dropped: z.number().int(),
  open: z.number().int(),
});
export type FollowThroughPoint = z.infer<typeof FollowThroughPoint>;

export const SeriesTrends = z.object({
  series: z.object({ id: Id, title: z.string() }),
  /** The workshops the trends cover, in series order (up to and including the one asked about). */
  workshops: z.array(TrendWorkshop),
  /** Every pulse statement asked in at least one of them. */
  pulse: z.array(PulseStatementTrend),
  /** Lead-sort cards sorted in more than one of them. */
  leadCards: z.array(LeadCardTrend),
  /** Commitment follow-through per workshop: absent until the commitments review provides it. */
  followThrough: z.array(FollowThroughPoint).optional(),
});
export type SeriesTrends = z.infer<typeof SeriesTrends>;

/** Built-in statements compare within their set version; the facilitator's own by id within the series. */
export const statementKey = (id: string, setVersion: number | null): string => (setVersion === null ? `own:${id}` : `set${setVersion}:${id}`);

/** Cards match by their text, trimmed, spaces collapsed, case aside. */
export const cardKey = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** The latest point before `workshopId` in the series order of `workshops` (none when it is the first, or absent). */
export function pointBefore<P extends { workshopId: string }>(workshops: readonly TrendWorkshop[], points: readonly P[], workshopId: string): P | null {
  const at = workshops.findIndex((w) => w.id === workshopId);
  if (at < 0) return null;
  const order = new Map(workshops.map((w, i) => [w.id, i]));
  let best: P | null = null;
  for (const p of points) {
    const i = order.get(p.workshopId);
    if (i !== undefined && i < at && (!best || i > order.get(best.workshopId)!)) best = p;
  }
  return best;
}

/** Changes smaller than this count as unchanged: a pulse gap moves in steps of 0.1, so any step counts; a card's 0–1 divergence must move 0.05. */
export const PULSE_GAP_TOLERANCE = 0.05;
export const CARD_DIVERGENCE_TOLERANCE = 0.05;

export type Direction = 'narrowed' | 'widened' | 'unchanged';

/** Which way a gap went: words, never colour alone. */
export function direction(before: number, now: number, tolerance: number): Direction {
  const d = Math.round((now - before) * 1000) / 1000;
  if (Math.abs(d) < tolerance) return 'unchanged';
  return d < 0 ? 'narrowed' : 'widened';
}

/** The follow-through rate of one workshop's commitments: done of those reviewed (0..1), or null while none was reviewed. */
export function followedThroughShare(f: Pick<FollowThroughPoint, 'made' | 'done' | 'open'>): number | null {
  const reviewed = f.made - f.open;
  return reviewed > 0 ? f.done / reviewed : null;
}
