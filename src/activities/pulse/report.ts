import type { I18n } from '@lingui/core';
import { msg, plural, t } from '@lingui/core/macro';
import type { ReportBlock, ReportInput, ResponseText } from '../report-types';
import { formatOf, salesAndMarketing, visibleTeams } from '../kit/report';
import type { PulseConfig } from './definition';
import { allStatements } from './statements';
import type { PulseTally, PulseValue } from './logic';
import { pulseRows } from './rows';

const RATING_WORDS = [msg`Strongly disagree`, msg`Disagree`, msg`Neither`, msg`Agree`, msg`Strongly agree`];

/** Alignment pulse: mean per statement for all and per team, and the gap between Sales and Marketing, largest first. */
export function pulseReport(input: ReportInput<PulseConfig, PulseTally>): ReportBlock[] {
  const { config, results, i18n } = input;
  const format = formatOf(input);
  const version = config.setVersion;
  const blocks: ReportBlock[] = [
    { type: 'paragraph', text: t(i18n)`Statement set version ${version}; ratings 1 (strongly disagree) to 5 (strongly agree).`, muted: true },
  ];
  const agg = results;
  if (!agg || agg.n === 0) {
    blocks.push({ type: 'paragraph', text: t(i18n)`Nobody answered yet.`, muted: true });
    return blocks;
  }
  const teams = visibleTeams(agg);
  const sales = teams.find((t) => t.team === 'sales')?.result ?? null;
  const marketing = teams.find((t) => t.team === 'marketing')?.result ?? null;
  const rows = pulseRows(agg.overall, sales, marketing);
  // One decimal always ("3.0", "3,0"), in the report's locale.
  const oneDecimal = new Intl.NumberFormat(format.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const people = agg.n;
  const statements = rows.length;
  const mean = (v: number | null) => (v === null ? '–' : oneDecimal.format(v).replace('-', '−'));
  blocks.push({
    type: 'metrics',
    items: [
      { label: t(i18n)`${plural(people, { one: 'person answered', other: 'people answered' })}`, value: format.number(people) },
      { label: t(i18n)`${plural(statements, { one: 'statement', other: 'statements' })}`, value: format.number(statements) },
    ],
  });
  blocks.push({
    type: 'table',
    title: t(i18n)`Mean rating per statement, largest Sales–Marketing gap first`,
    columns: [t(i18n)`Statement`, t(i18n)`All`, t(i18n)`Sales`, t(i18n)`Marketing`, t(i18n)`Gap`],
    rows: rows.map((r) => [r.text, mean(r.mean), mean(r.sales), mean(r.marketing), mean(r.gap)]),
    align: ['left', 'right', 'right', 'right', 'right'],
    widths: [5, 1, 1, 1, 1],
  });
  if (!sales || !marketing) {
    blocks.push({ type: 'paragraph', text: t(i18n)`Team means are hidden where a team has fewer answers than the anonymity threshold.`, muted: true });
  }
  const top = salesAndMarketing(agg) ? rows[0] : undefined;
  if (top && top.gap !== null && top.gap >= 1) {
    const statement = top.text;
    const salesMean = mean(top.sales);
    const marketingMean = mean(top.marketing);
    const gap = mean(top.gap);
    blocks.push({
      type: 'finding',
      kind: 'gap',
      weight: top.gap,
      text: t(i18n)`${statement} (Sales ${salesMean}, Marketing ${marketingMean})`,
      detail: t(i18n)`${gap} points apart on a 1–5 scale: the widest gap in this pulse.`,
    });
  }
  return blocks;
}

export function describePulse(config: PulseConfig, itemKey: string, value: PulseValue | null, _board: unknown, i18n: I18n): ResponseText {
  const item = allStatements(config).find((s) => s.id === itemKey)?.text ?? itemKey;
  const word = value ? RATING_WORDS[value.rating - 1] : undefined;
  return { item, value: value ? `${value.rating} ${word ? i18n._(word) : ''}`.trim() : '' };
}
