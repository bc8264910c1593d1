import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg, plural, t } from '@lingui/core/macro';
import type { ReportBlock, ReportFormat } from '../../activities/report-types';
import { followedThroughShare, type Direction, type FollowThroughPoint, type SeriesTrends, type TrendWorkshop } from '../../shared/trends';
import { quoteText, sinceLastTime, type FigureWords } from '../../shared/since-last-time';
import { trendTables, type TrendRow } from '../../shared/trend-tables';

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

const CHANGE: Readonly<Record<Direction, MessageDescriptor>> = { narrowed: msg`narrowed`, widened: msg`widened`, unchanged: msg`unchanged` };

/** A pulse gap with one decimal in the locale ("1.8", "1,8"). */
const gapFormat = (locale: string): ((gap: number) => string) => {
  const f = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (gap) => f.format(gap);
};

/** The chapter for the report of `workshopId`; null when the workshop is in no series. */
export function seriesReport(trends: SeriesTrends | null, workshopId: string, format: ReportFormat, i18n: I18n): ReportSeries | null {
  const figures: FigureWords = { gap: gapFormat(format.locale), count: (n) => format.number(n) };
  const sentence = sinceLastTime(trends, workshopId, (iso) => longDate(format.locale, iso), i18n, figures);
  if (!trends || sentence === null) return null;
  const { shown, left, pulse, cards } = trendTables(trends);
  const years = new Set(shown.flatMap((w) => (w.date ? [w.date.slice(0, 4)] : [])));
  const head = (w: TrendWorkshop) => (w.date ? columnDate(format.locale, w.date, years.size > 1) : w.title);
  const series = quoteText(trends.series.title);
  const year = [...years][0] ?? '';
  const hidden = t(i18n)`hidden`;
  const blocks: ReportBlock[] = [
    {
      type: 'paragraph',
      text:
        (years.size === 1
          ? t(i18n)`How far apart Sales and Marketing were in each workshop of the series ${series} up to this one, the latest on the right (all in ${year}).`
          : t(i18n)`How far apart Sales and Marketing were in each workshop of the series ${series} up to this one, the latest on the right.`) +
        ' ' +
        t(i18n)`Smaller is closer. “${hidden}” means a team had fewer answers than the anonymity threshold, so its figures are not shown.` +
        (left > 0
          ? ` ${t(i18n)`${plural(left, { one: 'The first workshop is left out for space.', other: 'The first # workshops are left out for space.' })}`}`
          : ''),
      muted: true,
    },
  ];
  // The shared tables write figures the English way ("1.8", "hidden", "narrowed"): the report writes them in its language.
  const cell = (c: TrendRow['cells'][number], gap: boolean) => (c.value === null ? (c.text === '–' ? '–' : hidden) : gap ? figures.gap(c.value) : c.text);
  const table = (title: string, first: string, rows: TrendRow[], gap: boolean): ReportBlock => ({
    type: 'table',
    title,
    columns: [first, ...shown.map(head), t(i18n)`Last change`],
    rows: rows.map((r) => [r.label, ...r.cells.map((c) => cell(c, gap)), r.change ? i18n._(CHANGE[r.change]) : '']),
    align: ['left', ...shown.map(() => 'right' as const), 'left'],
    widths: [4, ...shown.map(() => 1.2), 1.6],
  });

  if (pulse.length > 0) {
    blocks.push(
      table(
        t(i18n)`Alignment pulse: the gap between Sales’ and Marketing’s mean rating (0 = the same, 4 = opposite ends of the scale)`,
        t(i18n)`Statement`,
        pulse,
        true,
      ),
    );
  } else {
    blocks.push({ type: 'paragraph', text: t(i18n)`No alignment pulse has been answered in this series yet.`, muted: true });
  }
  if (cards.length > 0) {
    blocks.push(
      table(
        t(i18n)`Lead-quality sort: how far apart the teams sorted the cards sorted more than once (0 = the same split, 100 = no overlap)`,
        t(i18n)`Card`,
        cards,
        false,
      ),
    );
  } else {
    blocks.push({ type: 'paragraph', text: t(i18n)`No lead-sort card has been sorted in more than one workshop of this series yet.`, muted: true });
  }

  const follow = trends.followThrough?.filter((f) => shown.some((w) => w.id === f.workshopId)) ?? [];
  if (follow.length > 0 && follow.every((f) => f.made === 0)) {
    blocks.push({ type: 'paragraph', text: t(i18n)`No commitments have been made in this series yet, so there is no follow-through to show.`, muted: true });
  } else if (follow.length > 0) {
    blocks.push({
      type: 'table',
      title: t(i18n)`Commitments made in each workshop and what became of them`,
      columns: [
        t(i18n)`Workshop`,
        t(i18n)`Made`,
        t(i18n)`Done`,
        t(i18n)`Partly`,
        t(i18n)`Not done`,
        t(i18n)`Dropped`,
        t(i18n)`Not reviewed`,
        t(i18n)`Followed through`,
      ],
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
