import type { ReportBlock } from '../report-types';
import { readCompBoard, type CompConfig } from './definition';
import { MONTHS, MONTH_NAMES, money, units } from './format';
import { paychecks, round2, salaryChecks } from './maths';

// The deal patterns in the report: every pattern the facilitator put on the
// projector (the board records them), each with its year: pay, the variable
// part, clawbacks, and twelve paychecks next to the marketer's salary.

type Pattern = CompConfig['patterns'][number];

/** The patterns shown on the projector, in the order first shown; none recorded (older boards): the one selected. */
export function shownPatterns(config: CompConfig, board: unknown): { patterns: Pattern[]; recorded: boolean } {
  const b = readCompBoard(board);
  const ids = b.shownPatterns ?? [];
  const recorded = ids.map((id) => config.patterns.find((p) => p.id === id)).filter((p): p is Pattern => p !== undefined);
  if (recorded.length > 0) return { patterns: recorded, recorded: true };
  const selected = config.patterns.find((p) => p.id === b.patternId) ?? config.patterns[0];
  return { patterns: selected ? [selected] : [], recorded: false };
}

const sum = (ns: number[]) => round2(ns.reduce((s, n) => s + n, 0));

/** A pattern's year in figures. */
export function patternYear(config: CompConfig, pattern: Pattern) {
  const rep = paychecks(config.plan, pattern.deals);
  const mk = salaryChecks(config.marketer);
  const clawbacks = rep.filter((m) => m.clawback < 0).map((m) => ({ month: m.month, amount: m.clawback }));
  return {
    rep,
    mk,
    booked: sum(rep.map((m) => m.booked)),
    pay: sum(rep.map((m) => m.total)),
    variable: sum(rep.map((m) => m.total - m.base)),
    clawback: sum(clawbacks.map((c) => c.amount)),
    clawbacks,
    low: Math.min(...rep.map((m) => m.total)),
    high: Math.max(...rep.map((m) => m.total)),
    marketer: sum(mk.map((m) => m.total)),
  };
}

export function patternBlocks(config: CompConfig, shown: { patterns: Pattern[]; recorded: boolean }): ReportBlock[] {
  if (shown.patterns.length === 0) return [];
  const years = shown.patterns.map((pattern) => ({ pattern, year: patternYear(config, pattern) }));
  const clawbackWords = (y: ReturnType<typeof patternYear>) =>
    y.clawbacks.length === 0
      ? 'none'
      : `${money(config, y.clawback)} (${y.clawbacks.map((c) => `${MONTH_NAMES[c.month - 1]} ${money(config, c.amount)}`).join(', ')})`;
  const blocks: ReportBlock[] = [
    { type: 'heading', text: shown.recorded ? `The deal patterns shown (${years.length})` : 'A year of paychecks' },
    ...(shown.recorded
      ? []
      : [
          {
            type: 'paragraph' as const,
            muted: true,
            text: `No deal pattern was recorded as shown on the projector; this is the one selected in the console, “${shown.patterns[0]!.name}”.`,
          },
        ]),
    {
      type: 'table',
      title: `The year in each pattern: ${config.role} against ${config.marketer.role}`,
      columns: ['Deal pattern', 'Booked', `${config.role}: year`, 'of which variable', 'Clawbacks', `${config.marketer.role}: year`],
      align: ['left', 'right', 'right', 'right', 'right', 'right'],
      widths: [2.2, 1.2, 1.3, 1.3, 1.2, 1.3],
      rows: years.map(({ pattern, year }) => [
        pattern.name,
        units(config, year.booked),
        money(config, year.pay),
        money(config, year.variable),
        year.clawback < 0 ? money(config, year.clawback) : '–',
        money(config, year.marketer),
      ]),
    },
  ];
  const claw = config.plan.clawbackMonths > 0;
  for (const { pattern, year } of years) {
    // The pattern's name, its story, the year in four figures, then the twelve paychecks.
    blocks.push({ type: 'heading', text: `Deal pattern: “${pattern.name}”` });
    if (pattern.story) blocks.push({ type: 'paragraph', muted: true, text: pattern.story });
    blocks.push({
      type: 'metrics',
      items: [
        { label: `${config.role}: the year`, value: money(config, year.pay) },
        { label: 'of which variable (after clawbacks)', value: money(config, year.variable) },
        { label: 'clawed back', value: year.clawback < 0 ? money(config, year.clawback) : money(config, 0) },
        { label: `${config.marketer.role}: the year`, value: money(config, year.marketer) },
      ],
    });
    if (year.clawbacks.length > 0)
      blocks.push({
        type: 'paragraph',
        muted: true,
        text: `Clawbacks: ${clawbackWords(year)}. A deal cancelled within ${config.plan.clawbackMonths} months of booking is taken back in the month it is cancelled.`,
      });
    blocks.push({
      type: 'table',
      title: `Twelve paychecks: “${pattern.name}”`,
      columns: ['Month', 'Booked', 'Variable', ...(claw ? ['Clawback'] : []), `${config.role}: pay`, `${config.marketer.role}: pay`],
      align: ['left', 'right', 'right', ...(claw ? (['right'] as const) : []), 'right', 'right'],
      widths: [1, 1.4, 1.3, ...(claw ? [1.2] : []), 1.4, 1.4],
      totalRow: true,
      rows: [
        ...year.rep.map((m, i) => [
          MONTHS[i]!,
          units(config, m.booked),
          money(config, round2(m.total - m.base - m.clawback)),
          ...(claw ? [m.clawback < 0 ? money(config, m.clawback) : '–'] : []),
          money(config, m.total),
          money(config, year.mk[i]!.total),
        ]),
        [
          'Year',
          units(config, year.booked),
          money(config, round2(year.variable - year.clawback)),
          ...(claw ? [year.clawback < 0 ? money(config, year.clawback) : '–'] : []),
          money(config, year.pay),
          money(config, year.marketer),
        ],
      ],
    });
  }
  const widest = [...years].sort((a, b) => b.year.high - b.year.low - (a.year.high - a.year.low))[0]!;
  blocks.push({
    type: 'finding',
    kind: 'insight',
    weight: 1,
    text: `A rep’s monthly pay ran from ${money(config, widest.year.low)} to ${money(config, widest.year.high)} in “${widest.pattern.name}”; the marketer’s stayed at ${money(config, widest.year.mk[0]!.total)}.`,
  });
  return blocks;
}
