import type { I18n } from '@lingui/core';
import { plural, t } from '@lingui/core/macro';
import { apartOf100 } from './apart';
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

/** How the sentence writes its figures: a pulse gap ("1.8", "1,8") and a whole number. */
export interface FigureWords {
  gap(gap: number): string;
  count(n: number): string;
}
const PLAIN: FigureWords = { gap: gapText, count: String };

/**
 * The sentence for `workshopId`, or null when it is in no series (trends null), in `i18n`'s language.
 * `dateText` writes a date in the report's style; an undated earlier workshop is named by its title.
 */
export function sinceLastTime(
  trends: SeriesTrends | null,
  workshopId: string,
  dateText: (iso: string) => string,
  i18n: I18n,
  figures: FigureWords = PLAIN,
): string | null {
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
  const commitments = commitmentsPart(i18n, figures, trends, at, dateText);
  if (at === 0) return t(i18n)`This is the first workshop of the series ${series}: there is nothing earlier to compare with yet.`;
  if (!previous) {
    const first = commitments ? upperFirst(commitments) : '';
    return commitments
      ? t(i18n)`${first}; no earlier workshop has pulse or lead-sort results to compare with yet.`
      : t(i18n)`No earlier workshop of the series ${series} has pulse or lead-sort results, so there is nothing to compare with yet.`;
  }
  const since = sinceWords(i18n, previous, dateText);
  if (!hasData(workshopId)) {
    return commitments
      ? t(i18n)`${since}, ${commitments}; no pulse or lead sort has been answered in this workshop yet to compare.`
      : t(i18n)`${since}: nothing to compare yet, as no pulse or lead sort has been answered in this workshop.`;
  }
  const parts = [pulsePart(i18n, figures, trends, previous.id, workshopId), cardPart(i18n, figures, trends, previous.id, workshopId), commitments].filter(
    (p): p is string => p !== null,
  );
  if (parts.length === 0) return t(i18n)`${since}: no pulse statement or lead card was answered in both workshops, so nothing compares yet.`;
  const list = parts.join('; ');
  return t(i18n)`${since}, ${list}.`;
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * What the reviews found of the commitments made in the workshops before this one (follow-through as known
 * at this workshop's time): "2 of the 6 commitments reviewed so far are done, 1 partly"; null when none were made.
 */
function commitmentsPart(i18n: I18n, figures: FigureWords, trends: SeriesTrends, at: number, dateText: (iso: string) => string): string | null {
  const earlier = new Set(trends.workshops.slice(0, at).map((w) => w.id));
  const rows = (trends.followThrough ?? []).filter((f) => earlier.has(f.workshopId) && f.made > 0);
  if (rows.length === 0) return null;
  const sum = (k: 'made' | 'done' | 'partly' | 'open') => rows.reduce((n, f) => n + f[k], 0);
  const made = sum('made');
  const reviewed = made - sum('open');
  const first = trends.workshops.find((w) => w.id === rows[0]!.workshopId)!;
  const when = first.date ? dateText(first.date) : quoteText(first.title);
  if (reviewed === 0) {
    return t(i18n)`${plural(made, {
      one: `the # commitment made since ${when} has not been reviewed yet`,
      other: `the # commitments made since ${when} have not been reviewed yet`,
    })}`;
  }
  const partly = sum('partly');
  const done = sum('done');
  const doneText = figures.count(done);
  const doneOf = t(i18n)`${doneText} of ${plural(reviewed, {
    one: `the # commitment reviewed so far (made since ${when})`,
    other: `the # commitments reviewed so far (made since ${when})`,
  })}`;
  const partlyText = figures.count(partly);
  return partly > 0
    ? t(i18n)`${plural(done, { one: `${doneOf} is done, ${partlyText} partly`, other: `${doneOf} are done, ${partlyText} partly` })}`
    : t(i18n)`${plural(done, { one: `${doneOf} is done`, other: `${doneOf} are done` })}`;
}

const sinceWords = (i18n: I18n, w: TrendWorkshop, dateText: (iso: string) => string) => {
  const when = w.date ? dateText(w.date) : quoteText(w.title);
  return t(i18n)`Since ${when}`;
};

function pulsePart(i18n: I18n, figures: FigureWords, trends: SeriesTrends, previousId: string, workshopId: string): string | null {
  const pairs = trends.pulse.flatMap((t) => {
    const before = t.points.find((p) => p.workshopId === previousId);
    const now = t.points.find((p) => p.workshopId === workshopId);
    return before && now ? [{ text: t.text, before, now }] : [];
  });
  if (pairs.length === 0) return null;
  const comparable = pairs.flatMap(({ text, before, now }) => (before.gap !== null && now.gap !== null ? [{ text, before: before.gap, now: now.gap }] : []));
  if (comparable.length === 0) return t(i18n)`the pulse gaps cannot be compared, as a team’s answers were too few to show on their own (anonymity threshold)`;
  // The biggest move; when nothing moved, the widest gap.
  const top = [...comparable].sort((a, b) => Math.abs(b.now - b.before) - Math.abs(a.now - a.before) || b.now - a.now)[0]!;
  const way = direction(top.before, top.now, PULSE_GAP_TOLERANCE);
  const statement = quoteText(top.text);
  const now = figures.gap(top.now);
  if (way === 'unchanged') return t(i18n)`the widest pulse gap, on ${statement}, stayed at ${now}`;
  const before = figures.gap(top.before);
  return way === 'narrowed'
    ? t(i18n)`the gap on ${statement} narrowed from ${before} to ${now}`
    : t(i18n)`the gap on ${statement} widened from ${before} to ${now}`;
}

function cardPart(i18n: I18n, figures: FigureWords, trends: SeriesTrends, previousId: string, workshopId: string): string | null {
  const pairs = trends.leadCards.flatMap((t) => {
    const before = t.points.find((p) => p.workshopId === previousId);
    const now = t.points.find((p) => p.workshopId === workshopId);
    return before?.divergence != null && now?.divergence != null ? [{ text: t.text, before: before.divergence, now: now.divergence }] : [];
  });
  if (pairs.length === 0) return null;
  // The card furthest apart now.
  const top = [...pairs].sort((a, b) => b.now - a.now)[0]!;
  const way = direction(top.before, top.now, CARD_DIVERGENCE_TOLERANCE);
  const card = quoteText(top.text);
  const now = figures.count(apartOf100(top.now));
  if (way === 'unchanged') return t(i18n)`${card} is still ${now} of 100 apart`;
  const before = figures.count(apartOf100(top.before));
  return t(i18n)`${card} is now ${now} of 100 apart (${before} before)`;
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
