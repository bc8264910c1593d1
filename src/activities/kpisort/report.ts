import type { CardSortTally } from '../cardsort/logic';
import { cardSortReport } from '../cardsort/report';
import type { ReportBlock, ReportInput } from '../report-types';
import { divergenceBlock, salesAndMarketing } from '../kit/report';
import { compareTeams, topOf } from '../team-divergence';
import { OWNER_LABEL, type KpiSortConfig } from './definition';
import { kpiTable, readKpiBoard } from './board';
import { percentOf } from '../kit/numbers';

/** The KPI table (the outcome), where the teams chose different owners, then the full sort. */
export function kpiSortReport(input: ReportInput<KpiSortConfig, CardSortTally>): ReportBlock[] {
  const { config, results, board } = input;
  const agg = results;
  const blocks: ReportBlock[] = [];
  if (config.goal) blocks.push({ type: 'definition', term: 'The goal both teams serve', text: config.goal });
  const b = readKpiBoard(board);
  const rows = kpiTable(config, b, agg?.overall);
  const settled = rows.filter((r) => r.owner && (r.person || r.target));
  const owned = (o: string | null): 'sales' | 'marketing' | 'shared' | null => (o === 'sales' || o === 'marketing' || o === 'shared' ? o : null);
  if (rows.some((r) => r.owner)) {
    blocks.push({
      type: 'ownerTable',
      title: 'Our KPIs: owner, who reports on it, target',
      columns: ['KPI', 'Owner', 'Who', 'Target'],
      rows: rows.map((r) => ({
        item: r.text,
        owner: owned(r.owner),
        ownerText: r.owner ? OWNER_LABEL[r.owner] : '',
        who: r.person,
        target: r.target ? `${r.target}${r.unit ? ` ${r.unit}` : ''}` : '',
      })),
    });
  } else if (input.status !== 'not-run') {
    if (agg && agg.n > 0) blocks.push({ type: 'paragraph', muted: true, text: 'No owner was decided for any KPI.' });
    blocks.push({ type: 'followUp', text: 'Decide an owner, a person and a target for each KPI.' });
  }
  if (settled.length > 0) {
    blocks.push({
      type: 'finding',
      kind: 'decision',
      weight: 3,
      text: `Owners and targets agreed for ${settled.length} KPI${settled.length === 1 ? '' : 's'}.`,
      detail: settled
        .slice(0, 3)
        .map((r) => `${r.text}: ${r.person || OWNER_LABEL[r.owner!]}${r.target ? `, ${r.target}${r.unit ? ` ${r.unit}` : ''}` : ''}`)
        .join('; '),
    });
  }
  const sm = salesAndMarketing(agg);
  if (agg && sm) {
    const cmp = compareTeams(config.columns, config.cards, sm.sales, sm.marketing);
    const label = (d: Record<string, number> | null) => {
      const top = topOf(config.columns, d);
      return top && d ? `${config.columns.find((c) => c.id === top)?.text} ${percentOf(d[top] ?? 0, 1)} %` : '–';
    };
    const differ = cmp.ranked.filter((c) => c.sameTop === false);
    if (differ.length > 0) {
      const chart = divergenceBlock('Where Sales and Marketing chose different owners', config.columns, cmp, { only: (c) => c.sameTop === false });
      if (chart) blocks.push(chart);
      for (const c of differ.slice(0, 2))
        blocks.push({
          type: 'finding',
          kind: 'gap',
          weight: 1 + (c.divergence ?? 0),
          text: `Who owns “${c.text}”? Sales: ${label(c.a)}; Marketing: ${label(c.b)}.`,
        });
    }
  }
  return [...blocks, ...cardSortReport(input).filter((x) => x.type === 'matrix')];
}
