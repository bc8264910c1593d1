import type { ReportBlock, ReportFormat } from '../../activities/report-types';
import { followedThroughShare, type FollowThroughPoint, type SeriesTrends, type TrendWorkshop } from '../../shared/trends';
import { quoteText, sinceLastTime } from '../../shared/since-last-time';
import { HIDDEN, trendTables, type TrendRow } from '../../shared/trend-tables';

// The report's "Trends across the series" chapter and its "Since last time" sentence (issue #18):
// tables with one column per workshop (words and numbers, never colour alone), hidden splits said as such.

export interface ReportSeries {
  title: string;
  /** One sentence for the top of the report. */
  sinceLastTime: string;
  blocks: ReportBlock[];
}

/** "17 March 2027" (en-GB) or "March 17, 2027" (en-US): the sentence's date. */
export const longDate = (locale: string, iso: string): string =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** "3 Mar" or "Mar 3" for a column head, with the year only when the columns span more than one. */
export const columnDate = (locale: string, iso: string, withYear: boolean): string =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** The follow-through rate: done of those reviewed ("33%" in the report's locale), or "–" while none was reviewed. */
function followedThrough(f: FollowThroughPoint, format: ReportFormat): string {
  const share = followedThroughShare(f);
  return share === null ? '–' : new Intl.NumberFormat(format.locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** The chapter for the report of `workshopId`; null when the workshop is in no series. */
export function seriesReport(trends: SeriesTrends | null, workshopId: string, format: ReportFormat): ReportSeries | null {
  const sentence = sinceLastTime(trends, workshopId, (iso) => longDate(format.locale, iso));
  if (!trends || sentence === null) return null;
  const { shown, left, pulse, cards } = trendTables(trends);
  const years = new Set(shown.flatMap((w) => (w.date ? [w.date.slice(0, 4)] : [])));
  const head = (w: TrendWorkshop) => (w.date ? columnDate(format.locale, w.date, years.size > 1) : w.title);
  const blocks: ReportBlock[] = [
    {
      type: 'paragraph',
      text:
        `How far apart Sales and Marketing were in each workshop of the series ${quoteText(trends.series.title)} up to this one, the latest on the right` +
        (years.size === 1 ? ` (all in ${[...years][0]}). ` : '. ') +
        `Smaller is closer. “${HIDDEN}” means a team had fewer answers than the anonymity threshold, so its figures are not shown.` +
        (left > 0 ? ` The ${left === 1 ? 'first workshop is' : `first ${left} workshops are`} left out for space.` : ''),
      muted: true,
    },
  ];
  const table = (title: string, first: string, rows: TrendRow[]): ReportBlock => ({
    type: 'table',
    title,
    columns: [first, ...shown.map(head), 'Last change'],
    rows: rows.map((r) => [r.label, ...r.cells.map((c) => c.text), r.change ?? '']),
    align: ['left', ...shown.map(() => 'right' as const), 'left'],
    widths: [4, ...shown.map(() => 1.2), 1.6],
  });

  if (pulse.length > 0) {
    blocks.push(
      table('Alignment pulse: the gap between Sales’ and Marketing’s mean rating (0 = the same, 4 = opposite ends of the scale)', 'Statement', pulse),
    );
  } else {
    blocks.push({ type: 'paragraph', text: 'No alignment pulse has been answered in this series yet.', muted: true });
  }
  if (cards.length > 0) {
    blocks.push(
      table('Lead-quality sort: how far apart the teams sorted the cards sorted more than once (0 = the same split, 100 = no overlap)', 'Card', cards),
    );
  } else {
    blocks.push({ type: 'paragraph', text: 'No lead-sort card has been sorted in more than one workshop of this series yet.', muted: true });
  }

  const follow = trends.followThrough?.filter((f) => shown.some((w) => w.id === f.workshopId)) ?? [];
  if (follow.length > 0 && follow.every((f) => f.made === 0)) {
    blocks.push({ type: 'paragraph', text: 'No commitments have been made in this series yet, so there is no follow-through to show.', muted: true });
  } else if (follow.length > 0) {
    blocks.push({
      type: 'table',
      title: 'Commitments made in each workshop and what became of them',
      columns: ['Workshop', 'Made', 'Done', 'Partly', 'Not done', 'Dropped', 'Not reviewed', 'Followed through'],
      rows: follow.map((f) => {
        const w = shown.find((x) => x.id === f.workshopId)!;
        return [
          w.date ? `${w.title}, ${head(w)}` : w.title,
          ...[f.made, f.done, f.partly, f.notDone, f.dropped, f.open].map((n) => format.number(n)),
          followedThrough(f, format),
        ];
      }),
      align: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
      widths: [3.4, 0.9, 0.9, 0.9, 1, 1, 1.1, 1.3],
    });
  }
  return { title: trends.series.title, sinceLastTime: sentence, blocks };
}
