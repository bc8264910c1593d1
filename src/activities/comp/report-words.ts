import type { I18n } from '@lingui/core';
import { select, t } from '@lingui/core/macro';
import type { ReportFormat } from '../report-types';
import { formatMoney, type CurrencyCode } from '../../shared/currency';
import type { CompConfig } from './definition';
import { commissionRate, periodQuota, periodTarget, periodsPerYear, thresholdRuleOf, uncappedVariableAt } from './maths';
import { capAsAttainment, capMultiple } from './cap';

// The comp plan's words and numbers in the report, in the workshop's language and locale (format.ts keeps the
// editor's English; room-words.ts the projector's). English comes out as format.ts writes it.

/** Amounts, percentages and units in the report's locale. */
export interface CompWords {
  i18n: I18n;
  /** "€12,500" / "12.500 €". */
  money(n: number): string;
  /** "95 %" (English), "95 %" (Intl), one decimal when there is one. */
  pct(n: number): string;
  /** Money, or "16 meetings" in the plan's unit. */
  units(n: number): string;
  /** "2×", "2,5×". */
  times(n: number): string;
  /** "Jan" / "Jan." and "January" / "Januar": month 1–12. */
  monthShort(month: number): string;
  monthLong(month: number): string;
}

export function compWords(i18n: I18n, format: ReportFormat, config: Pick<CompConfig, 'currency' | 'unit'>): CompWords {
  const locale = format.locale;
  const english = locale.startsWith('en');
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const month = (style: 'short' | 'long') => new Intl.DateTimeFormat(english ? 'en-US' : locale, { month: style, timeZone: 'UTC' });
  const short = month('short');
  const long = month('long');
  const at = (m: number) => new Date(Date.UTC(2026, m - 1, 1));
  const money = (n: number) => formatMoney(config.currency, n, english ? undefined : locale);
  return {
    i18n,
    money,
    pct: (n) => (english ? `${format.number(n, 1)} %` : percent.format(n / 100).replace('-', '−')),
    units: (n) => (config.unit ? `${format.number(n, 1)} ${config.unit}` : money(n)),
    times: (n) => `${format.number(n, 2)}×`,
    monthShort: (m) => short.format(at(m)),
    monthLong: (m) => long.format(at(m)),
  };
}

/** What one unit of a currency is called ("from the first euro"), in the report's language. */
function currencyUnit(i18n: I18n, currency: CurrencyCode): string {
  return t(i18n)`${select(currency, {
    USD: 'dollar',
    EUR: 'euro',
    GBP: 'pound',
    CHF: 'franc',
    CAD: 'dollar',
    AUD: 'dollar',
    NZD: 'dollar',
    SEK: 'krona',
    NOK: 'krone',
    DKK: 'krone',
    JPY: 'yen',
    INR: 'rupee',
    other: 'unit',
  })}`;
}

/** "a year" after an amount, or the plan's period: a select so each language can say it its own way. */
function perPeriod(i18n: I18n, period: string, amount: string): string {
  return t(i18n)`${select(period, { month: `${amount} a month`, quarter: `${amount} a quarter`, other: `${amount} a year` })}`;
}

const perYear = (w: CompWords, amount: string) => perPeriod(w.i18n, 'year', amount);

/** "10 % of every deal" or "$125 a meeting". */
function rateWords(w: CompWords, config: CompConfig): string {
  const { i18n } = w;
  const rate = commissionRate(config.plan);
  if (config.unit) {
    const amount = w.money(rate);
    const unit = config.unit.replace(/s$/, '');
    return t(i18n)`${amount} a ${unit}`;
  }
  // One decimal below 10 % (7.5 %), whole percentages above, as format.ts writes it.
  const r = rate * 100;
  const percent = w.pct(r < 10 && !Number.isInteger(r) ? Math.round(r * 10) / 10 : Math.round(r));
  return t(i18n)`${percent} of every deal`;
}

/** The rule between the threshold and 100 %, in a sentence the room can check. */
function thresholdWords(w: CompWords, config: CompConfig): string {
  const { i18n } = w;
  const p = config.plan;
  const threshold = w.pct(p.threshold);
  const period = p.period;
  const unit = config.unit ? config.unit.replace(/s$/, '') : currencyUnit(i18n, config.currency);
  switch (thresholdRuleOf(p)) {
    case 'above': {
      const paid = w.money(uncappedVariableAt(p, 100));
      const target = w.money(periodTarget(p));
      return t(i18n)`${select(period, {
        month: `nothing below ${threshold} of the month’s quota; above it, only what is booked beyond ${threshold} is paid, so 100 % pays ${paid} of the ${target} target`,
        quarter: `nothing below ${threshold} of the quarter’s quota; above it, only what is booked beyond ${threshold} is paid, so 100 % pays ${paid} of the ${target} target`,
        other: `nothing below ${threshold} of the year’s quota; above it, only what is booked beyond ${threshold} is paid, so 100 % pays ${paid} of the ${target} target`,
      })}`;
    }
    case 'ramp': {
      const target = w.money(periodTarget(p));
      return t(i18n)`nothing below ${threshold}; from ${threshold} to 100 % pay rises in a straight line from nothing to the full ${target} target`;
    }
    default:
      return t(i18n)`${select(period, {
        month: `nothing below ${threshold} of the month’s quota; once past it, everything booked in the month is paid, from the first ${unit}`,
        quarter: `nothing below ${threshold} of the quarter’s quota; once past it, everything booked in the quarter is paid, from the first ${unit}`,
        other: `nothing below ${threshold} of the year’s quota; once past it, everything booked in the year is paid, from the first ${unit}`,
      })}`;
  }
}

/** "capped at 200 % attainment (2× target variable): $225,000 a year at most", or "none". */
function capWords(w: CompWords, config: CompConfig): string {
  const { i18n } = w;
  const p = config.plan;
  if (p.cap === null) return t(i18n)`none`;
  const at = capAsAttainment(p);
  const most = w.money(Math.round((p.base + (p.cap / 100) * periodTarget(p) * periodsPerYear(p)) * 100) / 100);
  const multiple = w.times(capMultiple(p.cap));
  const attainment = at === null ? '' : w.pct(at);
  if (p.capShownAs === 'attainment' && at !== null) return t(i18n)`capped at ${attainment} attainment (${multiple} target variable): ${most} a year at most`;
  if (at !== null) return t(i18n)`capped at ${multiple} target variable (reached at ${attainment} attainment): ${most} a year at most`;
  return t(i18n)`capped at ${multiple} target variable (never reached): ${most} a year at most`;
}

/** The plan in a handful of lines: what a VP of Sales would check first (format.ts planFacts, in the report's words). */
export function reportPlanFacts(w: CompWords, config: CompConfig): { key: string; value: string }[] {
  const { i18n } = w;
  const p = config.plan;
  const ote = p.base + p.variable;
  const split = ote > 0 ? `${Math.round((p.base / ote) * 100)}/${Math.round((p.variable / ote) * 100)}` : '–';
  const yearly = p.period === 'year';
  const oteYear = perYear(w, w.money(ote));
  const variableYear = perYear(w, w.money(p.variable));
  const quotaYear = perYear(w, w.units(p.quota));
  const none = t(i18n)`none`;
  const rate = rateWords(w, config);
  const list = (bands: { multiplier: number; edge: number }[], word: 'from' | 'upTo') =>
    bands
      .map((b) => {
        const multiplier = w.times(b.multiplier);
        const edge = w.pct(b.edge);
        return word === 'from' ? t(i18n)`${multiplier} from ${edge}` : t(i18n)`${multiplier} up to ${edge}`;
      })
      .join(', ');
  const months = p.clawbackMonths;
  return [
    { key: t(i18n)`On-target earnings`, value: t(i18n)`${oteYear} (${split} base/variable)` },
    { key: t(i18n)`Base`, value: perYear(w, w.money(p.base)) },
    {
      key: t(i18n)`Variable at 100 %`,
      value: yearly ? variableYear : `${variableYear}, ${perPeriod(i18n, p.period, w.money(periodTarget(p)))}`,
    },
    { key: t(i18n)`Quota`, value: yearly ? quotaYear : `${quotaYear}, ${perPeriod(i18n, p.period, w.units(periodQuota(p)))}` },
    { key: t(i18n)`Commission rate`, value: p.rate === null ? t(i18n)`${rate} (so 100 % pays the target)` : rate },
    { key: t(i18n)`Threshold`, value: p.threshold > 0 ? thresholdWords(w, config) : none },
    ...(p.decelerators.length > 0
      ? [
          {
            key: t(i18n)`Decelerators`,
            value: list(
              p.decelerators.map((d) => ({ multiplier: d.multiplier, edge: d.upTo })),
              'upTo',
            ),
          },
        ]
      : []),
    {
      key: t(i18n)`Accelerators`,
      value:
        p.accelerators.length > 0
          ? list(
              p.accelerators.map((a) => ({ multiplier: a.multiplier, edge: a.from })),
              'from',
            )
          : none,
    },
    { key: t(i18n)`Cap`, value: capWords(w, config) },
    { key: t(i18n)`Clawback`, value: months > 0 ? t(i18n)`a deal cancelled within ${months} months is taken back` : none },
    ...(p.draw ? [{ key: t(i18n)`Draw`, value: drawWords(w, p.draw) }] : []),
  ];
}

function drawWords(w: CompWords, draw: NonNullable<CompConfig['plan']['draw']>): string {
  const { i18n } = w;
  const amount = w.money(draw.monthly);
  const months = draw.months;
  return draw.recoverable
    ? t(i18n)`${amount} a month for ${months} months, paid back from later commission`
    : t(i18n)`${amount} a month for ${months} months, kept`;
}
