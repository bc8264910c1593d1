import type { CompConfig } from './definition';
import { capAttainment, commissionRate, periodQuota, periodTarget, type Period } from './maths';

// Words and numbers for the comp views and the report, all in one place.

const group = (n: number, decimals = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

/** "$12,500", "−$6,000"; cents only when there are some. */
export function money(config: Pick<CompConfig, 'currency'>, n: number): string {
  const abs = Math.abs(n);
  const cents = Math.round(abs * 100) % 100 !== 0;
  return `${n < 0 ? '−' : ''}${config.currency}${group(abs, cents ? 2 : 0)}`;
}

/** "$12.5k" for axis ticks and tight spaces. */
export function shortMoney(config: Pick<CompConfig, 'currency'>, n: number): string {
  const abs = Math.round(Math.abs(n));
  const sign = n < 0 ? '−' : '';
  if (abs >= 1_000_000) return `${sign}${config.currency}${group(abs / 1_000_000, abs % 1_000_000 === 0 ? 0 : 1)}M`;
  if (abs >= 1_000) return `${sign}${config.currency}${group(abs / 1_000, abs % 1_000 < 50 || abs % 1_000 >= 950 ? 0 : 1)}k`;
  return `${sign}${config.currency}${group(abs)}`;
}

/** An amount in the plan's unit: money, or "16 meetings". */
export function units(config: Pick<CompConfig, 'currency' | 'unit'>, n: number): string {
  return config.unit ? `${group(n, Number.isInteger(n) ? 0 : 1)} ${config.unit}` : money(config, n);
}

export const pct = (n: number) => `${group(n, Number.isInteger(n) ? 0 : 1)} %`;

export const PERIOD_WORD: Record<Period, string> = { month: 'month', quarter: 'quarter', year: 'year' };
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "10 % of every deal" or "$125 a meeting". */
export function rateWords(config: CompConfig): string {
  const rate = commissionRate(config.plan);
  return config.unit ? `${money(config, rate)} a ${config.unit.replace(/s$/, '')}` : `${group(rate * 100, rate * 100 < 10 && !Number.isInteger(rate * 100) ? 1 : 0)} % of every deal`;
}

/** The plan in a handful of lines: what a VP of Sales would check first. */
export function planFacts(config: CompConfig): { key: string; value: string }[] {
  const p = config.plan;
  const ote = p.base + p.variable;
  const split = ote > 0 ? `${Math.round((p.base / ote) * 100)}/${Math.round((p.variable / ote) * 100)}` : '–';
  const cap = capAttainment(p);
  const word = PERIOD_WORD[p.period];
  return [
    { key: 'On-target earnings', value: `${money(config, ote)} (${split} base/variable)` },
    { key: 'Base', value: `${money(config, p.base)} a year` },
    { key: 'Variable at 100 %', value: `${money(config, p.variable)} a year, ${money(config, periodTarget(p))} a ${word}` },
    { key: 'Quota', value: `${units(config, p.quota)} a year, ${units(config, periodQuota(p))} a ${word}` },
    { key: 'Commission rate', value: `${rateWords(config)}${p.rate === null ? ' (so 100 % pays the target)' : ''}` },
    { key: 'Threshold', value: p.threshold > 0 ? `nothing below ${pct(p.threshold)} of the ${word}` : 'none' },
    ...(p.decelerators.length > 0 ? [{ key: 'Decelerators', value: p.decelerators.map((d) => `${d.multiplier}× up to ${pct(d.upTo)}`).join(', ') }] : []),
    { key: 'Accelerators', value: p.accelerators.length > 0 ? p.accelerators.map((a) => `${a.multiplier}× from ${pct(a.from)}`).join(', ') : 'none' },
    { key: 'Cap', value: p.cap === null ? 'none' : `${pct(p.cap)} of target variable${cap !== null ? ` (reached at ${pct(cap)})` : ''}` },
    { key: 'Clawback', value: p.clawbackMonths > 0 ? `a deal cancelled within ${p.clawbackMonths} months is taken back` : 'none' },
    ...(p.draw ? [{ key: 'Draw', value: `${money(config, p.draw.monthly)} a month for ${p.draw.months} months, ${p.draw.recoverable ? 'paid back from later commission' : 'kept'}` }] : []),
  ];
}
