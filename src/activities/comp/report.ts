import type { Team } from '../../shared/domain';
import type { ReportBlock, ReportInput } from '../report-types';
import { teamCounts, visibleTeams } from '../kit/report';
import { readCompBoard, type CompConfig } from './definition';
import type { PollTally } from './logic';
import { capAttainment, lastDayMoment } from './maths';
import { curveRange, payCurvePoints } from './report-curve';
import { patternBlocks, shownPatterns } from './report-patterns';
import { money, pct, planFacts, units } from './format';
import { currencySymbol } from '../../shared/currency';
import { percentOf } from '../kit/numbers';

/** Comp 101 in the report: the plan, its exact curve, every deal pattern shown next to a salary, the polls and the takeaways. */
export function compReport({ config, results, board }: ReportInput<CompConfig, PollTally>): ReportBlock[] {
  const b = readCompBoard(board);
  const p = config.plan;
  const blocks: ReportBlock[] = [{ type: 'keyValue', title: `The plan: ${config.role}`, rows: planFacts(config) }];

  const markers = [
    ...(p.threshold > 0 ? [{ x: p.threshold, label: `threshold ${pct(p.threshold)}` }] : []),
    { x: 100, label: 'quota' },
    ...p.accelerators.filter((a) => a.from > 100).map((a) => ({ x: a.from, label: `${a.multiplier}× from ${pct(a.from)}` })),
    ...((c) => (c !== null && c <= curveRange(p) ? [{ x: c, label: 'cap' }] : []))(capAttainment(p)),
  ];
  const to = curveRange(p);
  const label: Record<string, (y: number) => string> = {
    threshold: (y) => money(config, y),
    quota: (y) => `${money(config, y)} at quota`,
    cap: (y) => `${money(config, y)} at most`,
  };
  const marketerYear = config.marketer.salary * (1 + (config.marketer.bonusPercent / 100) * (config.marketer.bonusPaidPercent / 100));
  blocks.push({
    type: 'lineChart',
    title: 'A year’s pay at each level of attainment (exact: drawn through every breakpoint)',
    xLabel: 'Quota attainment',
    yLabel: 'Pay for the year',
    xUnit: '%',
    yUnit: currencySymbol(config.currency),
    series: [
      {
        name: config.role,
        tone: 'sales',
        points: payCurvePoints(p, to).map((c) => ({ x: c.x, y: c.y, ...(c.at && label[c.at] ? { label: label[c.at]!(c.y) } : {}) })),
      },
      { name: config.marketer.role, tone: 'marketing', points: [0, to].map((x) => ({ x, y: marketerYear })) },
    ],
    markers,
  });
  blocks.push(...patternBlocks(config, shownPatterns(config, b)));

  const m = lastDayMoment(p, config.moment.at, config.moment.deal, config.moment.discount);
  blocks.push({
    type: 'callout',
    title: `${pct(m.at)} on the last day`,
    text: `A ${units(config, m.deal)} deal closed today pays ${money(config, m.today)}. After midnight it pays ${money(config, m.nextPeriod)} at best${m.nextPeriodAtRisk ? ', and nothing until the next period passes its threshold' : ''}.${m.discount > 0 && !config.unit ? ` Even at ${pct(m.discount)} off it pays ${money(config, m.todayDiscounted)} today.` : ''}`,
  });

  const agg = results;
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
              return [t.team, ts && ts.n > 0 ? percentOf(ts.options.find((x) => x.id === o.id)?.count ?? 0, ts.n) : null];
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
