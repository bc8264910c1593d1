import { apartOf100, formatApart } from './apart';
import { CARD_DIVERGENCE_TOLERANCE, direction, PULSE_GAP_TOLERANCE, type SeriesTrends, type TrendWorkshop } from './trends';
import { lastTimeOf } from './trend-change';

// "Since last time" in one sentence (issue #18), for the top of a series workshop's report: the pulse
// statement whose gap moved most, the lead card still furthest apart, and how many of the commitments
// made in earlier workshops the reviews found done. Honest: it says when there is nothing earlier, and
// never compares a gap a hidden team split would give away.

/** The statement or card as quoted in a sentence: its own words without the closing full stop. */
export const quoteText = (text: string): string => `“${text.trim().replace(/[.。]+$/, '')}”`;

export const gapText = (gap: number): string => gap.toFixed(1);
/** How far apart the teams sorted a card, on the lead sort's own 0–100 scale (shared/apart.ts): "83". */
export const divergenceText = (d: number): string => String(apartOf100(d));

/**
 * The sentence for `workshopId`, or null when it is in no series (trends null). `dateText` writes a date
 * in the report's style; an undated earlier workshop is named by its title.
 */
export function sinceLastTime(trends: SeriesTrends | null, workshopId: string, dateText: (iso: string) => string): string | null {
  if (!trends) return null;
  const at = trends.workshops.findIndex((w) => w.id === workshopId);
  if (at < 0) return null;
  const series = quoteText(trends.series.title);
  const hasData = (id: string) =>
    trends.pulse.some((t) => t.points.some((p) => p.workshopId === id)) || trends.leadCards.some((t) => t.points.some((p) => p.workshopId === id));
  const previous = trends.workshops
    .slice(0, at)
    .filter((w) => hasData(w.id))
    .at(-1);
  const commitments = commitmentsPart(trends, at, dateText);
  if (at === 0) return `This is the first workshop of the series ${series}: there is nothing earlier to compare with yet.`;
  if (!previous) {
    return commitments
      ? `${upperFirst(commitments)}; no earlier workshop has pulse or lead-sort results to compare with yet.`
      : `No earlier workshop of the series ${series} has pulse or lead-sort results, so there is nothing to compare with yet.`;
  }
  const since = sinceWords(previous, dateText);
  if (!hasData(workshopId)) {
    return commitments
      ? `${since}, ${commitments}; no pulse or lead sort has been answered in this workshop yet to compare.`
      : `${since}: nothing to compare yet, as no pulse or lead sort has been answered in this workshop.`;
  }
  const parts = [pulsePart(trends, previous.id, workshopId), cardPart(trends, previous.id, workshopId), commitments].filter((p): p is string => p !== null);
  if (parts.length === 0) return `${since}: no pulse statement or lead card was answered in both workshops, so nothing compares yet.`;
  return `${since}, ${parts.join('; ')}.`;
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * What the reviews found of the commitments made in the workshops before this one (follow-through as known
 * at this workshop's time): "2 of the 6 commitments reviewed so far are done, 1 partly"; null when none were made.
 */
function commitmentsPart(trends: SeriesTrends, at: number, dateText: (iso: string) => string): string | null {
  const earlier = new Set(trends.workshops.slice(0, at).map((w) => w.id));
  const rows = (trends.followThrough ?? []).filter((f) => earlier.has(f.workshopId) && f.made > 0);
  if (rows.length === 0) return null;
  const sum = (k: 'made' | 'done' | 'partly' | 'open') => rows.reduce((n, f) => n + f[k], 0);
  const made = sum('made');
  const reviewed = made - sum('open');
  const first = trends.workshops.find((w) => w.id === rows[0]!.workshopId)!;
  const from = first.date ? `since ${dateText(first.date)}` : `since ${quoteText(first.title)}`;
  if (reviewed === 0) return `${made === 1 ? 'the 1 commitment' : `the ${made} commitments`} made ${from} ${made === 1 ? 'has' : 'have'} not been reviewed yet`;
  const partly = sum('partly');
  const done = sum('done');
  const of = reviewed === 1 ? 'the 1 commitment reviewed so far' : `the ${reviewed} commitments reviewed so far`;
  return `${done} of ${of} (made ${from}) ${done === 1 ? 'is' : 'are'} done${partly > 0 ? `, ${partly} partly` : ''}`;
}

const sinceWords = (w: TrendWorkshop, dateText: (iso: string) => string) => (w.date ? `Since ${dateText(w.date)}` : `Since ${quoteText(w.title)}`);

function pulsePart(trends: SeriesTrends, previousId: string, workshopId: string): string | null {
  const pairs = trends.pulse.flatMap((t) => {
    const before = t.points.find((p) => p.workshopId === previousId);
    const now = t.points.find((p) => p.workshopId === workshopId);
    return before && now ? [{ text: t.text, before, now }] : [];
  });
  if (pairs.length === 0) return null;
  const comparable = pairs.flatMap(({ text, before, now }) => (before.gap !== null && now.gap !== null ? [{ text, before: before.gap, now: now.gap }] : []));
  if (comparable.length === 0) return 'the pulse gaps cannot be compared, as a team’s answers were too few to show on their own (anonymity threshold)';
  // The biggest move; when nothing moved, the widest gap.
  const top = [...comparable].sort((a, b) => Math.abs(b.now - b.before) - Math.abs(a.now - a.before) || b.now - a.now)[0]!;
  const way = direction(top.before, top.now, PULSE_GAP_TOLERANCE);
  if (way === 'unchanged') return `the widest pulse gap, on ${quoteText(top.text)}, stayed at ${gapText(top.now)}`;
  return `the gap on ${quoteText(top.text)} ${way} from ${gapText(top.before)} to ${gapText(top.now)}`;
}

function cardPart(trends: SeriesTrends, previousId: string, workshopId: string): string | null {
  const pairs = trends.leadCards.flatMap((t) => {
    const before = t.points.find((p) => p.workshopId === previousId);
    const now = t.points.find((p) => p.workshopId === workshopId);
    return before?.divergence != null && now?.divergence != null ? [{ text: t.text, before: before.divergence, now: now.divergence }] : [];
  });
  if (pairs.length === 0) return null;
  // The card furthest apart now.
  const top = [...pairs].sort((a, b) => b.now - a.now)[0]!;
  const way = direction(top.before, top.now, CARD_DIVERGENCE_TOLERANCE);
  if (way === 'unchanged') return `${quoteText(top.text)} is still ${formatApart(top.now)} apart`;
  return `${quoteText(top.text)} is now ${formatApart(top.now)} apart (${divergenceText(top.before)} before)`;
}

/** The pulse gap last time a statement (by key) was answered before this workshop; gap null when a split was hidden then. Null: never before. */
export function gapLastTime(
  trends: SeriesTrends | null | undefined,
  workshopId: string,
  key: string,
): { gap: number | null; splitHidden: boolean; workshop: TrendWorkshop } | null {
  const last = lastTimeOf(trends, workshopId, trends?.pulse.find((t) => t.key === key)?.points);
  return last ? { gap: last.point.gap, splitHidden: last.point.splitHidden, workshop: last.workshop } : null;
}
