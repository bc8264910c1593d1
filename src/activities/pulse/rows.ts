import type { I18n } from '@lingui/core';
import type { PulseTally } from './logic';
import { gapOf } from './logic';

export interface PulseRow {
  id: string;
  text: string;
  n: number;
  mean: number | null;
  sales: number | null;
  marketing: number | null;
  /** |Sales − Marketing|, null when a team's split is hidden or it did not rate the statement. */
  gap: number | null;
}

/** One row per statement, largest gap first (then in the order asked); sales/marketing null when hidden. */
export function pulseRows(overall: PulseTally, sales: PulseTally | null, marketing: PulseTally | null): PulseRow[] {
  const meanIn = (tally: PulseTally | null, id: string) => tally?.statements.find((s) => s.id === id)?.mean ?? null;
  return overall.statements
    .map((s, index) => {
      const salesMean = meanIn(sales, s.id);
      const marketingMean = meanIn(marketing, s.id);
      return { id: s.id, text: s.text, n: s.n, mean: s.mean, sales: salesMean, marketing: marketingMean, gap: gapOf(salesMean, marketingMean), index };
    })
    .sort((a, b) => (b.gap ?? -1) - (a.gap ?? -1) || a.index - b.index)
    .map(({ index: _index, ...row }) => row);
}

export const meanText = (mean: number | null): string => (mean === null ? '–' : mean.toFixed(1));

/** A mean or a gap with one decimal in the room's language ("3.0", "3,0"); "–" when there is none. */
export const oneDecimal = (i18n: I18n, value: number | null): string =>
  value === null ? '–' : i18n.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
