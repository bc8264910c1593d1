import type { Team } from '../../shared/domain';
import type { Aggregate } from '../aggregate';
import type { ReportBlock, ReportInput } from '../report-types';
import { percent, teamCounts, visibleTeams } from '../report-kit';
import { readCompBoard, type CompConfig } from './definition';
import type { PollTally } from './logic';
import { capAttainment, lastDayMoment, paychecks, payoutCurve, salaryChecks } from './maths';
import { MONTHS, money, pct, planFacts, units } from './format';
import { currencySymbol } from '../../shared/currency';

/** Comp 101 in the report: the plan, its curve, a lumpy year next to a salary, the polls and the takeaways. */
export function compReport({ config, results, board }: ReportInput<CompConfig>): ReportBlock[] {
  const b = readCompBoard(board);
  const p = config.plan;
  const blocks: ReportBlock[] = [{ type: 'keyValue', title: `The plan: ${config.role}`, rows: planFacts(config) }];

  const markers = [
    ...(p.threshold > 0 ? [{ x: p.threshold, label: `threshold ${pct(p.threshold)}` }] : []),
    { x: 100, label: 'quota' },
    ...p.accelerators.filter((a) => a.from > 100).map((a) => ({ x: a.from, label: `${a.multiplier}×` })),
    ...((c) => (c !== null && c <= 200 ? [{ x: c, label: 'cap' }] : []))(capAttainment(p)),
  ];
  blocks.push({
    type: 'lineChart',
    title: 'A year’s pay at each level of attainment',
    xLabel: 'Quota attainment',
    yLabel: 'Pay for the year',
    xUnit: '%',
    yUnit: currencySymbol(config.currency),
    series: [
      { name: config.role, tone: 'sales', points: payoutCurve(p, 0, 200, 5).map((c) => ({ x: c.attainment, y: c.annual })) },
      {
        name: config.marketer.role,
        tone: 'marketing',
        points: [0, 200].map((x) => ({ x, y: config.marketer.salary * (1 + (config.marketer.bonusPercent / 100) * (config.marketer.bonusPaidPercent / 100)) })),
      },
    ],
    markers,
  });

  const pattern = config.patterns.find((x) => x.id === b.patternId) ?? config.patterns[0];
  if (pattern) {
    const rep = paychecks(p, pattern.deals);
    const mk = salaryChecks(config.marketer);
    const sum = (ns: number[]) => Math.round(ns.reduce((s, n) => s + n, 0) * 100) / 100;
    blocks.push({
      type: 'table',
      title: `Twelve paychecks: “${pattern.name}”${pattern.story ? `. ${pattern.story}` : ''}`,
      columns: ['Month', 'Booked', `${config.role}: variable`, `${config.role}: pay`, `${config.marketer.role}: pay`],
      align: ['left', 'right', 'right', 'right', 'right'],
      widths: [1, 1.4, 1.4, 1.4, 1.4],
      rows: [
        ...rep.map((m, i) => [MONTHS[i]!, units(config, m.booked), money(config, m.total - m.base), money(config, m.total), money(config, mk[i]!.total)]),
        ['Year', units(config, sum(rep.map((m) => m.booked))), money(config, sum(rep.map((m) => m.total - m.base))), money(config, sum(rep.map((m) => m.total))), money(config, sum(mk.map((m) => m.total)))],
      ],
    });
    blocks.push({
      type: 'metrics',
      items: [
        { label: `${config.role}: the year`, value: money(config, sum(rep.map((m) => m.total))) },
        { label: 'of which variable', value: money(config, sum(rep.map((m) => m.total - m.base))) },
        { label: `${config.marketer.role}: the year`, value: money(config, sum(mk.map((m) => m.total))) },
      ],
    });
    const low = Math.min(...rep.map((m) => m.total));
    const high = Math.max(...rep.map((m) => m.total));
    blocks.push({
      type: 'finding',
      kind: 'insight',
      weight: 1,
      text: `A rep’s monthly pay ran from ${money(config, low)} to ${money(config, high)} in “${pattern.name}”; the marketer’s stayed at ${money(config, mk[0]!.total)}.`,
    });
  }

  const m = lastDayMoment(p, config.moment.at, config.moment.deal, config.moment.discount);
  blocks.push({
    type: 'callout',
    title: `${pct(m.at)} on the last day`,
    text: `A ${units(config, m.deal)} deal closed today pays ${money(config, m.today)}. After midnight it pays ${money(config, m.nextPeriod)} at best${m.nextPeriodAtRisk ? ', and nothing until the next period passes its threshold' : ''}.${m.discount > 0 && !config.unit ? ` Even at ${pct(m.discount)} off it pays ${money(config, m.todayDiscounted)} today.` : ''}`,
  });

  const agg = results as Aggregate<PollTally> | null;
  if (agg && agg.n > 0) {
    const teams = visibleTeams(agg);
    for (const s of agg.overall.scenarios.filter((x) => x.n > 0)) {
      blocks.push({
        type: 'barChart',
        title: s.prompt,
        unit: 'people',
        teamsAsPercent: true,
        teams: teamCounts(agg),
        bars: s.options.map((o) => ({
          label: o.text,
          value: o.count,
          byTeam: Object.fromEntries(
            teams.map((t) => {
              const ts = t.result.scenarios.find((x) => x.id === s.id);
              return [t.team, ts && ts.n > 0 ? percent(ts.options.find((x) => x.id === o.id)?.count ?? 0, ts.n) : null];
            }),
          ) as Partial<Record<Team, number | null>>,
        })),
      });
    }
  }
  if (b.takeaways.length > 0) {
    blocks.push({ type: 'heading', text: 'So what for marketing' });
    blocks.push({ type: 'bullets', items: b.takeaways });
    b.takeaways.forEach((t, i) => blocks.push({ type: 'finding', kind: 'insight', text: t, weight: 2 - i * 0.1 }));
  }
  return blocks;
}
