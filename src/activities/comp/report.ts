import { t } from '@lingui/core/macro';
import type { Team } from '../../shared/domain';
import type { ReportBlock, ReportInput } from '../report-types';
import { formatOf, teamCounts, visibleTeams } from '../kit/report';
import { readCompBoard, type CompConfig } from './definition';
import type { PollTally } from './logic';
import { capAttainment, lastDayMoment } from './maths';
import { curveRange, payCurvePoints } from './report-curve';
import { patternBlocks, shownPatterns } from './report-patterns';
import { compWords, reportPlanFacts } from './report-words';
import { currencySymbol } from '../../shared/currency';
import { percentOf } from '../kit/numbers';

/** Comp 101 in the report: the plan, its exact curve, every deal pattern shown next to a salary, the polls and the takeaways. */
export function compReport(input: ReportInput<CompConfig, PollTally>): ReportBlock[] {
  const { config, results, board, i18n } = input;
  const format = formatOf(input);
  const w = compWords(i18n, format, config);
  const { money, pct } = w;
  const b = readCompBoard(board);
  const p = config.plan;
  const role = config.role;
  const blocks: ReportBlock[] = [{ type: 'keyValue', title: t(i18n)`The plan: ${role}`, rows: reportPlanFacts(w, config) }];

  const threshold = pct(p.threshold);
  const markers = [
    ...(p.threshold > 0 ? [{ x: p.threshold, label: t(i18n)`threshold ${threshold}` }] : []),
    { x: 100, label: t(i18n)`quota` },
    ...p.accelerators
      .filter((a) => a.from > 100)
      .map((a) => {
        const multiplier = w.times(a.multiplier);
        const edge = pct(a.from);
        return { x: a.from, label: t(i18n)`${multiplier} from ${edge}` };
      }),
    ...((c) => (c !== null && c <= curveRange(p) ? [{ x: c, label: t(i18n)`cap` }] : []))(capAttainment(p)),
  ];
  const to = curveRange(p);
  const label: Record<string, (y: number) => string> = {
    threshold: (y) => money(y),
    quota: (y) => {
      const amount = money(y);
      return t(i18n)`${amount} at quota`;
    },
    cap: (y) => {
      const amount = money(y);
      return t(i18n)`${amount} at most`;
    },
  };
  const marketerYear = config.marketer.salary * (1 + (config.marketer.bonusPercent / 100) * (config.marketer.bonusPaidPercent / 100));
  blocks.push({
    type: 'lineChart',
    title: t(i18n)`A year’s pay at each level of attainment (exact: drawn through every breakpoint)`,
    xLabel: t(i18n)`Quota attainment`,
    yLabel: t(i18n)`Pay for the year`,
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
  blocks.push(...patternBlocks(w, config, shownPatterns(config, b)));

  const m = lastDayMoment(p, config.moment.at, config.moment.deal, config.moment.discount);
  const at = pct(m.at);
  const deal = w.units(m.deal);
  const today = money(m.today);
  const next = money(m.nextPeriod);
  const discount = pct(m.discount);
  const discounted = money(m.todayDiscounted);
  const pays = m.nextPeriodAtRisk
    ? t(i18n)`A ${deal} deal closed today pays ${today}. After midnight it pays ${next} at best, and nothing until the next period passes its threshold.`
    : t(i18n)`A ${deal} deal closed today pays ${today}. After midnight it pays ${next} at best.`;
  blocks.push({
    type: 'callout',
    title: t(i18n)`${at} on the last day`,
    text: m.discount > 0 && !config.unit ? `${pays} ${t(i18n)`Even at ${discount} off it pays ${discounted} today.`}` : pays,
  });

  const agg = results;
  if (agg && agg.n > 0) {
    const teams = visibleTeams(agg);
    for (const s of agg.overall.scenarios.filter((x) => x.n > 0)) {
      blocks.push({
        type: 'barChart',
        title: s.prompt,
        unit: t(i18n)`people`,
        unitOne: t(i18n)`person`,
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
    blocks.push({ type: 'heading', text: t(i18n)`So what for marketing` });
    blocks.push({ type: 'bullets', items: b.takeaways });
    b.takeaways.forEach((t, i) => blocks.push({ type: 'finding', kind: 'insight', text: t, weight: 2 - i * 0.1 }));
  }
  return blocks;
}
