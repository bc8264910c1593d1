import type { ReportBlock } from '../report-types';
import { readCompBoard, type CompConfig } from './definition';
import { t } from '@lingui/core/macro';
import type { CompWords } from './report-words';
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

export function patternBlocks(w: CompWords, config: CompConfig, shown: { patterns: Pattern[]; recorded: boolean }): ReportBlock[] {
  if (shown.patterns.length === 0) return [];
  const { i18n, money, units } = w;
  const years = shown.patterns.map((pattern) => ({ pattern, year: patternYear(config, pattern) }));
  const none = t(i18n)`none`;
  const clawbackWords = (y: ReturnType<typeof patternYear>) =>
    y.clawbacks.length === 0 ? none : `${money(y.clawback)} (${y.clawbacks.map((c) => `${w.monthLong(c.month)} ${money(c.amount)}`).join(', ')})`;
  const role = config.role;
  const marketer = config.marketer.role;
  const count = years.length;
  const selected = shown.patterns[0]!.name;
  const blocks: ReportBlock[] = [
    { type: 'heading', text: shown.recorded ? t(i18n)`The deal patterns shown (${count})` : t(i18n)`A year of paychecks` },
    ...(shown.recorded
      ? []
      : [
          {
            type: 'paragraph' as const,
            muted: true,
            text: t(i18n)`No deal pattern was recorded as shown on the projector; this is the one selected in the console, “${selected}”.`,
          },
        ]),
    {
      type: 'table',
      title: t(i18n)`The year in each pattern: ${role} against ${marketer}`,
      columns: [t(i18n)`Deal pattern`, t(i18n)`Booked`, t(i18n)`${role}: year`, t(i18n)`of which variable`, t(i18n)`Clawbacks`, t(i18n)`${marketer}: year`],
      align: ['left', 'right', 'right', 'right', 'right', 'right'],
      widths: [2.1, 1.2, 1.3, 1.3, 1.4, 1.3],
      rows: years.map(({ pattern, year }) => [
        pattern.name,
        units(year.booked),
        money(year.pay),
        money(year.variable),
        year.clawback < 0 ? money(year.clawback) : '–',
        money(year.marketer),
      ]),
    },
  ];
  const claw = config.plan.clawbackMonths > 0;
  const months = config.plan.clawbackMonths;
  for (const { pattern, year } of years) {
    // The pattern's name, its story, the year in four figures, then the twelve paychecks.
    const name = pattern.name;
    blocks.push({ type: 'heading', text: t(i18n)`Deal pattern: “${name}”` });
    if (pattern.story) blocks.push({ type: 'paragraph', muted: true, text: pattern.story });
    blocks.push({
      type: 'metrics',
      items: [
        { label: t(i18n)`${role}: the year`, value: money(year.pay) },
        { label: t(i18n)`of which variable (after clawbacks)`, value: money(year.variable) },
        { label: t(i18n)`clawed back`, value: year.clawback < 0 ? money(year.clawback) : money(0) },
        { label: t(i18n)`${marketer}: the year`, value: money(year.marketer) },
      ],
    });
    if (year.clawbacks.length > 0) {
      const clawbacks = clawbackWords(year);
      blocks.push({
        type: 'paragraph',
        muted: true,
        text: t(i18n)`Clawbacks: ${clawbacks}. A deal cancelled within ${months} months of booking is taken back in the month it is cancelled.`,
      });
    }
    blocks.push({
      type: 'table',
      title: t(i18n)`Twelve paychecks: “${name}”`,
      columns: [t(i18n)`Month`, t(i18n)`Booked`, t(i18n)`Variable`, ...(claw ? [t(i18n)`Clawback`] : []), t(i18n)`${role}: pay`, t(i18n)`${marketer}: pay`],
      align: ['left', 'right', 'right', ...(claw ? (['right'] as const) : []), 'right', 'right'],
      widths: [1, 1.4, 1.3, ...(claw ? [1.2] : []), 1.4, 1.4],
      totalRow: true,
      rows: [
        ...year.rep.map((m, i) => [
          w.monthShort(i + 1),
          units(m.booked),
          money(round2(m.total - m.base - m.clawback)),
          ...(claw ? [m.clawback < 0 ? money(m.clawback) : '–'] : []),
          money(m.total),
          money(year.mk[i]!.total),
        ]),
        [
          t(i18n)`Year`,
          units(year.booked),
          money(round2(year.variable - year.clawback)),
          ...(claw ? [year.clawback < 0 ? money(year.clawback) : '–'] : []),
          money(year.pay),
          money(year.marketer),
        ],
      ],
    });
  }
  const widest = [...years].sort((a, b) => b.year.high - b.year.low - (a.year.high - a.year.low))[0]!;
  const low = money(widest.year.low);
  const high = money(widest.year.high);
  const pattern = widest.pattern.name;
  const salary = money(widest.year.mk[0]!.total);
  blocks.push({
    type: 'finding',
    kind: 'insight',
    weight: 1,
    text: t(i18n)`A rep’s monthly pay ran from ${low} to ${high} in “${pattern}”; the marketer’s stayed at ${salary}.`,
  });
  return blocks;
}
