import type { Team } from '../../shared/domain';
import type { ReportBlock, ReportInput, ResponseText } from '../report-types';
import { plural, t } from '@lingui/core/macro';
import { divergenceBlock, formatOf, salesAndMarketing, teamCounts, visibleTeams } from '../kit/report';
import { compareTeams } from '../team-divergence';
import type { CardSortConfig } from './definition';
import { columnLabel, type CardSortTally, type PlacementValue } from './logic';
import { gap as shareDistance } from './tally-view';
import { apartOf100 } from '../../shared/apart';
import { percentOf } from '../kit/numbers';

type CardRow = CardSortTally['cards'][number];

/** The column most people put a card in (ties: the first planned column). */
function topColumn(tally: CardSortTally, card: CardRow): { id: string; share: number } {
  let best = { id: tally.columns[0]?.id ?? '', share: -1 };
  for (const c of tally.columns) {
    const share = percentOf(card.counts[c.id] ?? 0, card.total);
    if (share > best.share) best = { id: c.id, share };
  }
  return best;
}

/** How far apart Sales and Marketing put one card, 0–100: the scale the projector and console use. */
function divergence(a: CardRow | undefined, b: CardRow | undefined, columns: { id: string }[]): number {
  return apartOf100(shareDistance(columns, a, b));
}

/** Card sort: every card × column with shares, each team's shares, and where Sales and Marketing differ. */
export function cardSortReport(input: ReportInput<CardSortConfig, CardSortTally>): ReportBlock[] {
  const { config, results, i18n } = input;
  const format = formatOf(input);
  const blocks: ReportBlock[] = [];
  if (config.prompt) blocks.push({ type: 'paragraph', text: config.prompt, muted: true });
  const agg = results;
  if (!agg || agg.n === 0) return blocks;
  const overall = agg.overall;
  const teams = visibleTeams(agg);
  const sm = salesAndMarketing(agg);
  const columns = overall.columns;
  const gapOf = (card: CardRow) =>
    sm
      ? divergence(
          sm.sales.cards.find((c) => c.id === card.id),
          sm.marketing.cards.find((c) => c.id === card.id),
          columns,
        )
      : 0;

  // The matrix goes after the chart of where the teams differ (the headline first).
  const matrix: ReportBlock = {
    type: 'matrix',
    title: t(i18n)`Where people put each card (share of the people who placed it)`,
    columns: columns.map((c) => c.text),
    teams: teamCounts(agg),
    rows: overall.cards.map((card) => {
      const gap = gapOf(card);
      return {
        label: card.text,
        total: card.total,
        counts: columns.map((c) => card.counts[c.id] ?? 0),
        flag: gap >= 50 ? t(i18n)`Sales and Marketing differ (how far apart: ${gap} of 100)` : undefined,
        byTeam: Object.fromEntries(
          teams.map((t) => {
            const mine = t.result.cards.find((c) => c.id === card.id);
            return [t.team, mine && mine.total > 0 ? columns.map((c) => percentOf(mine.counts[c.id] ?? 0, mine.total)) : null];
          }),
        ) as Partial<Record<Team, number[] | null>>,
      };
    }),
  };

  // Agreement: cards a large majority put in the same column.
  const agreed = overall.cards
    .filter((c) => c.total > 0)
    .map((card) => ({ card, top: topColumn(overall, card) }))
    .filter((x) => x.top.share >= 75)
    .sort((a, b) => b.top.share - a.top.share);
  for (const { card, top } of agreed.slice(0, 2)) {
    const cardText = card.text;
    const column = columnLabel(config, top.id);
    const share = format.percent(top.share);
    const count = card.counts[top.id] ?? 0;
    const total = card.total;
    blocks.push({
      type: 'finding',
      kind: 'decision',
      weight: 1 + top.share / 100,
      text: t(i18n)`${cardText}: ${column} (${share} agree)`,
      detail: t(i18n)`${count} of ${total} people put it there: common ground to build on.`,
    });
  }

  if (sm) {
    const ranked = overall.cards
      .map((card) => ({ card, gap: gapOf(card) }))
      .filter((x) => x.gap > 0)
      .sort((a, b) => b.gap - a.gap);
    if (ranked.length) {
      const chart = divergenceBlock(
        i18n,
        t(i18n)`Where Sales and Marketing differ most`,
        columns,
        compareTeams(columns, overall.cards, sm.sales, sm.marketing),
      );
      if (chart) blocks.push(chart);
      for (const { card, gap } of ranked.filter((x) => x.gap >= 40).slice(0, 3)) {
        const s = sm.sales.cards.find((c) => c.id === card.id)!;
        const m = sm.marketing.cards.find((c) => c.id === card.id)!;
        const ts = topColumn(sm.sales, s);
        const tm = topColumn(sm.marketing, m);
        const cardText = card.text;
        const salesColumn = columnLabel(config, ts.id);
        const salesShare = format.percent(ts.share);
        const marketingColumn = columnLabel(config, tm.id);
        const marketingShare = format.percent(tm.share);
        blocks.push({
          type: 'finding',
          kind: 'gap',
          weight: gap / 10,
          text: t(i18n)`${cardText}: Sales say ${salesColumn} (${salesShare}), Marketing ${marketingColumn} (${marketingShare})`,
        });
      }
    }
  }

  blocks.push(matrix);
  const notes = overall.cards.filter((c) => c.notes.length > 0);
  if (notes.length) {
    blocks.push({
      type: 'cards',
      title: t(i18n)`What people noted on the cards`,
      groups: notes.map((c) => ({ title: c.text, cards: c.notes.map((text) => ({ text })) })),
    });
  }
  const people = agg.n;
  const cards = overall.cards.length;
  blocks.push({
    type: 'paragraph',
    muted: true,
    text: t(i18n)`${plural(people, { one: '# person', other: '# people' })} sorted ${plural(cards, { one: '# card', other: '# cards' })}.`,
  });
  return blocks;
}

export function describeCardSort(config: CardSortConfig, itemKey: string, v: PlacementValue | null): ResponseText {
  const column = v ? columnLabel(config, v.column) : '';
  return {
    item: config.cards.find((c) => c.id === itemKey)?.text ?? itemKey,
    value: v?.note ? `${column} (“${v.note}”)` : column,
  };
}
