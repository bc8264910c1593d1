import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg, plural, t } from '@lingui/core/macro';
import type { Team } from '../../shared/domain';
import type { Aggregate, TeamResult } from '../aggregate';
import type { ReportBlock, ReportFormat, ReportInput, TeamCount } from '../report-types';
import type { TeamComparison } from '../team-divergence';
import { apartOf100, apartScale } from '../../shared/apart';

// Small pure helpers for the engines' report hooks.

/** n and suppression per team that responded at all, for a chart's "Sales n=6 · Marketing n=5". */
export function teamCounts(results: Aggregate | null): TeamCount[] {
  return (results?.teams ?? []).filter((t) => t.n > 0).map((t) => ({ team: t.team, n: t.n, suppressed: t.suppressed }));
}

/** The per-team results that may be shown (responded, not suppressed). */
export function visibleTeams<T>(results: Aggregate<T> | null): (TeamResult<T> & { result: T })[] {
  return (results?.teams ?? []).filter((t): t is TeamResult<T> & { result: T } => !t.suppressed && t.result !== null);
}

/** Whether a team's mark may be shown next to an individual's card (its group is above the threshold). */
export function markableTeams(results: Aggregate | null): Set<Team> {
  return new Set(visibleTeams(results).map((t) => t.team));
}

/** Sales and Marketing results when both may be shown, for gap findings. */
export function salesAndMarketing<T>(results: Aggregate<T> | null): { sales: T; marketing: T } | null {
  const t = visibleTeams(results);
  const sales = t.find((x) => x.team === 'sales');
  const marketing = t.find((x) => x.team === 'marketing');
  return sales && marketing ? { sales: sales.result, marketing: marketing.result } : null;
}

const formats = new Map<string, ReportFormat>();

/**
 * Dates, clock times and numbers in one locale's style (Intl), for everything
 * the report prints. One date style only: weekday, day, month and year, short
 * ("Tue, 15 Dec 2026" in en-GB, "Tue, Dec 15, 2026" in en-US).
 */
export function reportFormat(locale = 'en-GB'): ReportFormat {
  const known = formats.get(locale);
  if (known) return known;
  const date = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const numbers = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let f = numbers.get(digits);
    if (!f) numbers.set(digits, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
    return f;
  };
  const format: ReportFormat = {
    locale,
    date: (iso) => {
      if (!iso) return '';
      const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? iso : date.format(d);
    },
    time: (clock) => {
      const m = /^(\d{1,2}):(\d{2})/.exec(clock ?? '');
      return m ? time.format(new Date(Date.UTC(2000, 0, 1, Number(m[1]), Number(m[2])))) : '';
    },
    // A typographic minus, as the rest of the app writes it.
    number: (n, digits = 0) => numberFormat(digits).format(n).replace('-', '−'),
    // English reports have always written "42 %"; other languages as Intl writes them ("42 %" with a no-break space).
    percent: (n) => (locale.startsWith('en') ? `${format.number(n)} %` : percentFormat.format(n / 100).replace('-', '−')),
  };
  formats.set(locale, format);
  return format;
}

/** The report's format for an engine (tests may leave it out). */
export const formatOf = (input: Pick<ReportInput, 'format'>): ReportFormat => input.format ?? reportFormat();

/** The teams' names in the report's language. */
const TEAM_WORD: Readonly<Record<Team, MessageDescriptor>> = { sales: msg`Sales`, marketing: msg`Marketing`, other: msg`Other` };
export const teamWord = (i18n: I18n, team: Team): string => i18n._(TEAM_WORD[team]);

/**
 * How far apart Sales and Marketing sorted each card, biggest first, as the
 * report's divergence chart (the projector's list): up to `limit` cards, and
 * a line for the rest. `only` narrows the cards (e.g. those with different owners).
 */
export function divergenceBlock(
  i18n: I18n,
  title: string,
  columns: readonly { id: string; text: string }[],
  cmp: TeamComparison,
  { limit = 12, only = () => true }: { limit?: number; only?: (c: TeamComparison['ranked'][number]) => boolean } = {},
): Extract<ReportBlock, { type: 'divergence' }> | null {
  // Cards both teams sorted the same way (0 of 100) are not drawn.
  const cards = cmp.ranked.filter((c) => apartOf100(c.divergence) > 0 && only(c));
  if (cards.length === 0) return null;
  const shares = (d: Record<string, number> | null) => (d ? columns.map((c) => Math.round((d[c.id] ?? 0) * 100)) : null);
  const rest = cards.slice(limit);
  return {
    type: 'divergence',
    title: `${title} (${apartScale(i18n)})`,
    columns: columns.map((c) => c.text),
    items: cards
      .slice(0, limit)
      .map((c) => ({ text: c.text, apart: apartOf100(c.divergence), sales: { n: c.na, shares: shares(c.a) }, marketing: { n: c.nb, shares: shares(c.b) } })),
    more: rest.length > 0 ? moreCards(i18n, rest.length, apartOf100(rest[0]!.divergence)) : undefined,
  };
}

const moreCards = (i18n: I18n, count: number, apart: number) =>
  t(i18n)`${plural(count, {
    one: `# more card is ${apart} of 100 apart or closer; the table below has every card.`,
    other: `# more cards are ${apart} of 100 apart or closer; the table below has every card.`,
  })}`;
