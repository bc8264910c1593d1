import type { I18n } from '@lingui/core';
import { msg, select } from '@lingui/core/macro';
import type { CurrencyCode } from '../../shared/currency';
import type { CompConfig } from './definition';
import { commissionRate, thresholdRuleOf, type Period } from './maths';
import { capAsAttainment, capMultiple } from './cap';

// The comp plan's numbers and rules as the room reads them on the projector, in the room's language and its
// number format (format.ts keeps the editor's and the report's English until those speak the workshop's language).

/** A true minus sign, as the rest of the app writes amounts: "−€1K", not "-€1K". */
const minus = (s: string) => s.replace('-', '\u2212');

/** "€12,500" / "12.500 €": cents only when there are some. */
export function roomMoney(i18n: I18n, currency: CurrencyCode, n: number): string {
  const cents = Math.round(Math.abs(n) * 100) % 100 !== 0;
  return minus(i18n.number(n, { style: 'currency', currency, ...(cents ? {} : { minimumFractionDigits: 0, maximumFractionDigits: 0 }) }));
}

/** "€12.5K" / "12,5 Tsd. €" for tight spaces. */
export const roomShortMoney = (i18n: I18n, currency: CurrencyCode, n: number): string =>
  Math.abs(n) >= 1000
    ? minus(i18n.number(Math.round(n), { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }))
    : roomMoney(i18n, currency, Math.round(n));

/** "95%" / "95 %", one decimal when there is one. */
export const roomPct = (i18n: I18n, n: number): string => i18n.number(n / 100, { style: 'percent', maximumFractionDigits: 1 });

/** An amount in the plan's unit: money, or "16 meetings" (the unit as the facilitator typed it). */
export const roomUnits = (i18n: I18n, config: Pick<CompConfig, 'currency' | 'unit'>, n: number): string =>
  config.unit ? `${i18n.number(n, { maximumFractionDigits: 1 })} ${config.unit}` : roomMoney(i18n, config.currency, n);

/** "10% of every deal" or "$125 a meeting". */
export function roomRate(i18n: I18n, config: CompConfig): string {
  const rate = commissionRate(config.plan);
  if (config.unit) {
    const amount = roomMoney(i18n, config.currency, rate);
    const unit = config.unit.replace(/s$/, '');
    return i18n._(msg`${amount} a ${unit}`);
  }
  const percent = roomPct(i18n, rate * 100);
  return i18n._(msg`${percent} of every deal`);
}

/** The period in the phrases the projector uses; a select so each language can inflect it. */
export function periodPhrase(i18n: I18n, period: Period, phrase: 'every' | 'lastDay' | 'nextPeriod'): string {
  if (phrase === 'every') return i18n._(msg`${select(period, { month: 'every month', quarter: 'every quarter', other: 'every year' })}`);
  if (phrase === 'lastDay')
    return i18n._(msg`${select(period, { month: 'Last day of the month.', quarter: 'Last day of the quarter.', other: 'Last day of the year.' })}`);
  return i18n._(msg`${select(period, { month: 'Slips to next month', quarter: 'Slips to next quarter', other: 'Slips to next year' })}`);
}

/** The threshold rule in a line for the projector. */
export function roomThreshold(i18n: I18n, config: CompConfig): string | null {
  const p = config.plan;
  if (p.threshold <= 0) return null;
  const t = roomPct(i18n, p.threshold);
  const rule = thresholdRuleOf(p);
  if (rule === 'above') return i18n._(msg`Nothing below ${t}; past it, only what is booked above ${t} is paid`);
  if (rule === 'ramp') return i18n._(msg`Nothing at ${t}, rising in a straight line to the full target at 100%`);
  return i18n._(msg`Nothing below ${t}; past it, everything is paid from the first sale`);
}

/** The cap in a few words for the projector: "Capped at 200% attainment" or "Capped at 2.5× target variable". */
export function roomCap(i18n: I18n, config: CompConfig): string | null {
  const p = config.plan;
  if (p.cap === null) return null;
  const at = capAsAttainment(p);
  const multiple = `${i18n.number(capMultiple(p.cap), { maximumFractionDigits: 2 })}×`;
  if (p.capShownAs === 'attainment' && at !== null) {
    const attainment = roomPct(i18n, at);
    return i18n._(msg`Capped at ${attainment} attainment`);
  }
  if (at === null) return i18n._(msg`Capped at ${multiple} target variable`);
  const attainment = roomPct(i18n, at);
  return i18n._(msg`Capped at ${multiple} target variable (${attainment} attainment)`);
}
