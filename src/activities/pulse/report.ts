import type { ReportBlock, ReportInput, ResponseText } from '../report-types';
import { salesAndMarketing, visibleTeams } from '../kit/report';
import type { PulseConfig } from './definition';
import { allStatements } from './statements';
import type { PulseTally, PulseValue } from './logic';
import { meanText, pulseRows } from './rows';

const RATING_WORDS = ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'];

/** Alignment pulse: mean per statement for all and per team, and the gap between Sales and Marketing, largest first. */
export function pulseReport({ config, results }: ReportInput<PulseConfig, PulseTally>): ReportBlock[] {
  const blocks: ReportBlock[] = [
    { type: 'paragraph', text: `Statement set version ${config.setVersion}; ratings 1 (strongly disagree) to 5 (strongly agree).`, muted: true },
  ];
  const agg = results;
  if (!agg || agg.n === 0) {
    blocks.push({ type: 'paragraph', text: 'Nobody answered yet.', muted: true });
    return blocks;
  }
  const teams = visibleTeams(agg);
  const sales = teams.find((t) => t.team === 'sales')?.result ?? null;
  const marketing = teams.find((t) => t.team === 'marketing')?.result ?? null;
  const rows = pulseRows(agg.overall, sales, marketing);
  blocks.push({
    type: 'metrics',
    items: [
      { label: agg.n === 1 ? 'person answered' : 'people answered', value: String(agg.n) },
      { label: 'statements', value: String(rows.length) },
    ],
  });
  blocks.push({
    type: 'table',
    title: 'Mean rating per statement, largest Sales–Marketing gap first',
    columns: ['Statement', 'All', 'Sales', 'Marketing', 'Gap'],
    rows: rows.map((r) => [r.text, meanText(r.mean), meanText(r.sales), meanText(r.marketing), meanText(r.gap)]),
    align: ['left', 'right', 'right', 'right', 'right'],
    widths: [5, 1, 1, 1, 1],
  });
  if (!sales || !marketing) {
    blocks.push({ type: 'paragraph', text: 'Team means are hidden where a team has fewer answers than the anonymity threshold.', muted: true });
  }
  const top = salesAndMarketing(agg) ? rows[0] : undefined;
  if (top && top.gap !== null && top.gap >= 1) {
    blocks.push({
      type: 'finding',
      kind: 'gap',
      weight: top.gap,
      text: `${top.text} (Sales ${meanText(top.sales)}, Marketing ${meanText(top.marketing)})`,
      detail: `${meanText(top.gap)} points apart on a 1–5 scale: the widest gap in this pulse.`,
    });
  }
  return blocks;
}

export function describePulse(config: PulseConfig, itemKey: string, value: PulseValue | null): ResponseText {
  const item = allStatements(config).find((s) => s.id === itemKey)?.text ?? itemKey;
  return { item, value: value ? `${value.rating} ${RATING_WORDS[value.rating - 1] ?? ''}`.trim() : '' };
}
