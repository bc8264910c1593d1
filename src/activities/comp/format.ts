import type { CompConfig } from './definition';
import { CURRENCY_INFO, formatMoney, formatShortMoney } from '../../shared/currency';
import { commissionRate, periodQuota, periodTarget, periodsPerYear, thresholdRuleOf, uncappedVariableAt, type Period } from './maths';
import { capAsAttainment, capMultiple } from './cap';

// Words and numbers for the comp views and the report, all in one place.

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

export const PERIOD_WORD: Record<Period, string> = { month: 'month', quarter: 'quarter', year: 'year' };
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "10 % of every deal" or "$125 a meeting". */
export function rateWords(config: CompConfig): string {
  const rate = commissionRate(config.plan);
  return config.unit
    ? `${money(config, rate)} a ${config.unit.replace(/s$/, '')}`
    : `${group(rate * 100, rate * 100 < 10 && !Number.isInteger(rate * 100) ? 1 : 0)} % of every deal`;
}

/** The plan in a handful of lines: what a VP of Sales would check first. */
export function planFacts(config: CompConfig): { key: string; value: string }[] {
  const p = config.plan;
  const ote = p.base + p.variable;
  const split = ote > 0 ? `${Math.round((p.base / ote) * 100)}/${Math.round((p.variable / ote) * 100)}` : '–';
  const word = PERIOD_WORD[p.period];
  const yearly = p.period === 'year';
  return [
    { key: 'On-target earnings', value: `${money(config, ote)} a year (${split} base/variable)` },
    { key: 'Base', value: `${money(config, p.base)} a year` },
    {
      key: 'Variable at 100 %',
      value: yearly ? `${money(config, p.variable)} a year` : `${money(config, p.variable)} a year, ${money(config, periodTarget(p))} a ${word}`,
    },
    { key: 'Quota', value: yearly ? `${units(config, p.quota)} a year` : `${units(config, p.quota)} a year, ${units(config, periodQuota(p))} a ${word}` },
    { key: 'Commission rate', value: `${rateWords(config)}${p.rate === null ? ' (so 100 % pays the target)' : ''}` },
    { key: 'Threshold', value: p.threshold > 0 ? thresholdWords(config) : 'none' },
    ...(p.decelerators.length > 0 ? [{ key: 'Decelerators', value: p.decelerators.map((d) => `${d.multiplier}× up to ${pct(d.upTo)}`).join(', ') }] : []),
    { key: 'Accelerators', value: p.accelerators.length > 0 ? p.accelerators.map((a) => `${a.multiplier}× from ${pct(a.from)}`).join(', ') : 'none' },
    { key: 'Cap', value: capWords(config) },
    { key: 'Clawback', value: p.clawbackMonths > 0 ? `a deal cancelled within ${p.clawbackMonths} months is taken back` : 'none' },
    ...(p.draw
      ? [
          {
            key: 'Draw',
            value: `${money(config, p.draw.monthly)} a month for ${p.draw.months} months, ${p.draw.recoverable ? 'paid back from later commission' : 'kept'}`,
          },
        ]
      : []),
  ];
}

/** What one unit of the quota is called: "euro", "meeting". */
export const firstUnitWord = (config: Pick<CompConfig, 'currency' | 'unit'>) =>
  config.unit ? config.unit.replace(/s$/, '') : CURRENCY_INFO[config.currency].unit;

/** The rule between the threshold and 100 %, in a sentence the room can check. */
export function thresholdWords(config: CompConfig): string {
  const p = config.plan;
  const t = pct(p.threshold);
  const word = PERIOD_WORD[p.period];
  const unit = firstUnitWord(config);
  switch (thresholdRuleOf(p)) {
    case 'above':
      return `nothing below ${t} of the ${word}’s quota; above it, only what is booked beyond ${t} is paid, so 100 % pays ${money(config, uncappedVariableAt(p, 100))} of the ${money(config, periodTarget(p))} target`;
    case 'ramp':
      return `nothing below ${t}; from ${t} to 100 % pay rises in a straight line from nothing to the full ${money(config, periodTarget(p))} target`;
    default:
      return `nothing below ${t} of the ${word}’s quota; once past it, everything booked in the ${word} is paid, from the first ${unit}`;
  }
}

/** "capped at 200 % attainment: $225,000 total" (or "2.75× target variable"), or "none". */
export function capWords(config: CompConfig): string {
  const p = config.plan;
  if (p.cap === null) return 'none';
  const at = capAsAttainment(p);
  const yearTotal = p.base + (p.cap / 100) * periodTarget(p) * periodsPerYear(p);
  const total = `${money(config, Math.round(yearTotal * 100) / 100)} a year at most`;
  const multiple = `${multipleWords(p.cap)} target variable`;
  if (p.capShownAs === 'attainment' && at !== null) return `capped at ${pct(at)} attainment (${multiple}): ${total}`;
  return `capped at ${multiple}${at !== null ? ` (reached at ${pct(at)} attainment)` : ' (never reached)'}: ${total}`;
}

/** Year totals: the rep's pay at 100 %, its variable part, and the most the cap allows. */
export function yearFigures(config: CompConfig): { label: string; value: string }[] {
  const p = config.plan;
  return [
    { label: 'Year at 100 %', value: money(config, p.base + p.variable) },
    { label: 'of which variable', value: money(config, p.variable) },
    ...(p.cap !== null ? [{ label: 'Most a year can pay', value: money(config, p.base + (p.cap / 100) * p.variable) }] : []),
  ];
}

/** The threshold rule in a line for the projector. */
export function thresholdShort(config: CompConfig): string | null {
  const p = config.plan;
  if (p.threshold <= 0) return null;
  const t = pct(p.threshold);
  const rule = thresholdRuleOf(p);
  if (rule === 'above') return `Nothing below ${t}; past it, only what is booked above ${t} is paid`;
  if (rule === 'ramp') return `Nothing at ${t}, rising in a straight line to the full target at 100 %`;
  return `Nothing below ${t}; past it, everything is paid from the first ${firstUnitWord(config)}`;
}

/** The cap in a few words for the projector: "capped at 200 % attainment" or "capped at 2.5× target variable". */
export function capShort(config: CompConfig): string | null {
  const p = config.plan;
  if (p.cap === null) return null;
  const at = capAsAttainment(p);
  if (p.capShownAs === 'attainment' && at !== null) return `Capped at ${pct(at)} attainment`;
  return `Capped at ${multipleWords(p.cap)} target variable${at !== null ? ` (${pct(at)} attainment)` : ''}`;
}

const multipleWords = (cap: number) => `${group(capMultiple(cap), Number.isInteger(capMultiple(cap)) ? 0 : Number.isInteger(capMultiple(cap) * 10) ? 1 : 2)}×`;
