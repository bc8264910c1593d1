import type { CompConfig } from './definition';
import { formatMoney, formatShortMoney } from '../../shared/currency';

// The comp's numbers in the app's English form (the editor's English, the currency follow-up). Sentences are
// said in each language by editor-words.ts (the planner), room-words.ts (the projector) and report-words.ts.

const group = (n: number, decimals = 0) => n.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

/** "€12,500", "−$6,000" in the workshop's currency; cents only when there are some. */
export const money = (config: Pick<CompConfig, 'currency'>, n: number): string => formatMoney(config.currency, n);

/** "€12.5K" for axis ticks and tight spaces. */
export const shortMoney = (config: Pick<CompConfig, 'currency'>, n: number): string => formatShortMoney(config.currency, n);

/** An amount in the plan's unit: money, or "16 meetings". */
export function units(config: Pick<CompConfig, 'currency' | 'unit'>, n: number): string {
  return config.unit ? `${group(n, Number.isInteger(n) ? 0 : 1)} ${config.unit}` : money(config, n);
}

export const pct = (n: number) => `${group(n, Number.isInteger(n) ? 0 : 1)} %`;
