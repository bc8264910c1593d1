import type { CardSortTally } from '../cardsort/logic';
import { cardSortReport } from '../cardsort/report';
import type { ReportBlock, ReportInput } from '../report-types';
import type { MessageDescriptor } from '@lingui/core';
import { msg, plural, t } from '@lingui/core/macro';
import { divergenceBlock, formatOf, salesAndMarketing } from '../kit/report';
import { compareTeams, topOf } from '../team-divergence';
import type { KpiSortConfig, Owner } from './definition';
import { kpiTable, readKpiBoard } from './board';
import { percentOf } from '../kit/numbers';

/** OWNER_LABEL in the report's language. */
const OWNER_WORD: Readonly<Record<Owner, MessageDescriptor>> = { marketing: msg`Marketing owns`, sales: msg`Sales owns`, shared: msg`Shared` };

/** The KPI table (the outcome), where the teams chose different owners, then the full sort. */
export function kpiSortReport(input: ReportInput<KpiSortConfig, CardSortTally>): ReportBlock[] {
  const { config, results, board, i18n } = input;
  const format = formatOf(input);
  const ownerWord = (o: Owner) => i18n._(OWNER_WORD[o]);
  const agg = results;
  const blocks: ReportBlock[] = [];
  if (config.goal) blocks.push({ type: 'definition', term: t(i18n)`The goal both teams serve`, text: config.goal });
  const b = readKpiBoard(board);
  const rows = kpiTable(config, b, agg?.overall);
  const settled = rows.filter((r) => r.owner && (r.person || r.target));
  const owned = (o: string | null): 'sales' | 'marketing' | 'shared' | null => (o === 'sales' || o === 'marketing' || o === 'shared' ? o : null);
  if (rows.some((r) => r.owner)) {
    blocks.push({
      type: 'ownerTable',
      title: t(i18n)`Our KPIs: owner, who reports on it, target`,
      columns: [t(i18n)`KPI`, t(i18n)`Owner`, t(i18n)`Who`, t(i18n)`Target`],
      rows: rows.map((r) => ({
        item: r.text,
        owner: owned(r.owner),
        ownerText: r.owner ? ownerWord(r.owner) : '',
        who: r.person,
        target: r.target ? `${r.target}${r.unit ? ` ${r.unit}` : ''}` : '',
      })),
    });
  } else if (input.status !== 'not-run') {
    if (agg && agg.n > 0) blocks.push({ type: 'paragraph', muted: true, text: t(i18n)`No owner was decided for any KPI.` });
    blocks.push({ type: 'followUp', text: t(i18n)`Decide an owner, a person and a target for each KPI.` });
  }
  const settledCount = settled.length;
  if (settledCount > 0) {
    blocks.push({
      type: 'finding',
      kind: 'decision',
      weight: 3,
      text: t(i18n)`${plural(settledCount, { one: 'Owners and targets agreed for # KPI.', other: 'Owners and targets agreed for # KPIs.' })}`,
      detail: settled
        .slice(0, 3)
        .map((r) => `${r.text}: ${r.person || ownerWord(r.owner as Owner)}${r.target ? `, ${r.target}${r.unit ? ` ${r.unit}` : ''}` : ''}`)
        .join('; '),
    });
  }
  const sm = salesAndMarketing(agg);
  if (agg && sm) {
    const cmp = compareTeams(config.columns, config.cards, sm.sales, sm.marketing);
    const label = (d: Record<string, number> | null) => {
      const top = topOf(config.columns, d);
      return top && d ? `${config.columns.find((c) => c.id === top)?.text} ${format.percent(percentOf(d[top] ?? 0, 1))}` : '–';
    };
    const differ = cmp.ranked.filter((c) => c.sameTop === false);
    if (differ.length > 0) {
      const chart = divergenceBlock(i18n, t(i18n)`Where Sales and Marketing chose different owners`, config.columns, cmp, { only: (c) => c.sameTop === false });
      if (chart) blocks.push(chart);
      for (const c of differ.slice(0, 2)) {
        const kpi = c.text;
        const salesOwner = label(c.a);
        const marketingOwner = label(c.b);
        blocks.push({
          type: 'finding',
          kind: 'gap',
          weight: 1 + (c.divergence ?? 0),
          text: t(i18n)`Who owns “${kpi}”? Sales: ${salesOwner}; Marketing: ${marketingOwner}.`,
        });
      }
    }
  }
  return [...blocks, ...cardSortReport(input).filter((x) => x.type === 'matrix')];
}
