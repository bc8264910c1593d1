import type { I18n } from '@lingui/core';
import { msg, plural, select } from '@lingui/core/macro';
import { CURRENCY_INFO, type CurrencyCode } from '../../shared/currency';
import type { CompConfig } from './definition';
import { commissionRate, periodQuota, periodTarget, periodsPerYear, thresholdRuleOf, uncappedVariableAt, type ThresholdRule } from './maths';
import { capAsAttainment, capMultiple } from './cap';
import { money, pct, units } from './format';
import { roomMoney, roomPct } from './room-words';

// The comp plan in words for the editor, in the facilitator's interface language (the I18n passed in).
// English keeps the editor's own number style ("50 %", "$7,500", as format.ts writes it for the report);
// other languages format through Intl in their locale ("50 %", "7.500 $").

const english = (i18n: I18n) => i18n.locale === 'en';

/** The language Intl formats in: the pseudo-locale has no data of its own. */
export const intlOf = (i18n: I18n): string => (i18n.locale === 'pseudo' || !i18n.locale ? 'en' : i18n.locale);

export const editorMoney = (i18n: I18n, config: Pick<CompConfig, 'currency'>, n: number): string =>
  english(i18n) ? money(config, n) : roomMoney(i18n, config.currency, n);

export const editorPct = (i18n: I18n, n: number): string => (english(i18n) ? pct(n) : roomPct(i18n, n));

const editorUnits = (i18n: I18n, config: Pick<CompConfig, 'currency' | 'unit'>, n: number): string =>
  english(i18n) ? units(config, n) : config.unit ? `${i18n.number(n, { maximumFractionDigits: 1 })} ${config.unit}` : roomMoney(i18n, config.currency, n);

/** "2.75×" (English as the report writes it), "2,75×". */
function multipleIn(i18n: I18n, cap: number): string {
  const m = capMultiple(cap);
  const digits = Number.isInteger(m) ? 0 : Number.isInteger(m * 10) ? 1 : 2;
  return `${i18n.number(m, { minimumFractionDigits: digits, maximumFractionDigits: digits })}×`;
}

/** "Jan", "Jän.", "janv.": the twelve months in the interface language. */
export function monthsShort(i18n: I18n): string[] {
  const f = new Intl.DateTimeFormat(intlOf(i18n), { month: 'short', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => f.format(new Date(Date.UTC(2024, i, 15))));
}

/** The currency's name: the app's own in English ("US dollar"), Intl's in other languages ("US-Dollar"). */
export function currencyNameIn(i18n: I18n, code: CurrencyCode): string {
  const locale = intlOf(i18n);
  if (locale === 'en') return CURRENCY_INFO[code].name;
  return new Intl.DisplayNames([locale], { type: 'currency' }).of(code) ?? CURRENCY_INFO[code].name;
}

/** "from the first dollar", "ab dem ersten Euro"; for a plan that counts something else, the first of that. */
export function fromTheFirst(i18n: I18n, config: Pick<CompConfig, 'currency' | 'unit'>): string {
  if (config.unit) {
    const unit = config.unit.replace(/s$/, '');
    return i18n._(msg`from the first ${unit}`);
  }
  const word = CURRENCY_INFO[config.currency].unit;
  return i18n._(
    msg`${select(word, {
      dollar: 'from the first dollar',
      euro: 'from the first euro',
      pound: 'from the first pound',
      franc: 'from the first franc',
      krona: 'from the first krona',
      krone: 'from the first krone',
      yen: 'from the first yen',
      rupee: 'from the first rupee',
      other: 'from the first sale',
    })}`,
  );
}

/** The choice of threshold rule, as the radio button says it. */
export function thresholdRuleLabel(i18n: I18n, config: Pick<CompConfig, 'currency' | 'unit'>, rule: ThresholdRule): string {
  if (rule === 'above') return i18n._(msg`Only what is booked above it`);
  if (rule === 'ramp') return i18n._(msg`A ramp: nothing at the threshold, the full target at 100 %`);
  const first = fromTheFirst(i18n, config);
  return i18n._(msg`Everything ${first}, once past it`);
}

/** "10 % of every deal" or "$125 a meeting". */
function rateIn(i18n: I18n, config: CompConfig): string {
  const rate = commissionRate(config.plan);
  if (config.unit) {
    const amount = editorMoney(i18n, config, rate);
    const unit = config.unit.replace(/s$/, '');
    return i18n._(msg`${amount} a ${unit}`);
  }
  // One decimal below 10 % ("6.7 %"), whole percents above.
  const r = rate * 100;
  const percent = editorPct(i18n, r < 10 ? Math.round(r * 10) / 10 : Math.round(r));
  return i18n._(msg`${percent} of every deal`);
}

/** The rule between the threshold and 100 %, in a sentence the room can check. */
export function thresholdSentence(i18n: I18n, config: CompConfig): string {
  const p = config.plan;
  const t = editorPct(i18n, p.threshold);
  const paid = editorMoney(i18n, config, uncappedVariableAt(p, 100));
  const target = editorMoney(i18n, config, periodTarget(p));
  switch (thresholdRuleOf(p)) {
    case 'above':
      if (p.period === 'month')
        return i18n._(
          msg`nothing below ${t} of the month’s quota; above it, only what is booked beyond ${t} is paid, so 100 % pays ${paid} of the ${target} target`,
        );
      if (p.period === 'quarter')
        return i18n._(
          msg`nothing below ${t} of the quarter’s quota; above it, only what is booked beyond ${t} is paid, so 100 % pays ${paid} of the ${target} target`,
        );
      return i18n._(
        msg`nothing below ${t} of the year’s quota; above it, only what is booked beyond ${t} is paid, so 100 % pays ${paid} of the ${target} target`,
      );
    case 'ramp':
      return i18n._(msg`nothing below ${t}; from ${t} to 100 % pay rises in a straight line from nothing to the full ${target} target`);
    default: {
      const first = fromTheFirst(i18n, config);
      if (p.period === 'month') return i18n._(msg`nothing below ${t} of the month’s quota; once past it, everything booked in the month is paid, ${first}`);
      if (p.period === 'quarter')
        return i18n._(msg`nothing below ${t} of the quarter’s quota; once past it, everything booked in the quarter is paid, ${first}`);
      return i18n._(msg`nothing below ${t} of the year’s quota; once past it, everything booked in the year is paid, ${first}`);
    }
  }
}

/** "capped at 200 % attainment (2.75× target variable): $225,000 a year at most", or null without a cap. */
export function capSentence(i18n: I18n, config: CompConfig): string | null {
  const p = config.plan;
  if (p.cap === null) return null;
  const at = capAsAttainment(p);
  const total = editorMoney(i18n, config, Math.round((p.base + (p.cap / 100) * periodTarget(p) * periodsPerYear(p)) * 100) / 100);
  const multiple = multipleIn(i18n, p.cap);
  if (at === null) return i18n._(msg`capped at ${multiple} target variable (never reached): ${total} a year at most`);
  const attainment = editorPct(i18n, at);
  if (p.capShownAs === 'attainment') return i18n._(msg`capped at ${attainment} attainment (${multiple} target variable): ${total} a year at most`);
  return i18n._(msg`capped at ${multiple} target variable (reached at ${attainment} attainment): ${total} a year at most`);
}

/** "A year, $15,000 a quarter": an amount a year and, for a shorter period, what it is each period. */
function yearAndPeriod(i18n: I18n, period: CompConfig['plan']['period'], year: string, each: string): string {
  if (period === 'year') return i18n._(msg`${year} a year`);
  return i18n._(msg`${year} a year, ${each} ${select(period, { month: 'a month', quarter: 'a quarter', other: 'a year' })}`);
}

/** The plan in a handful of lines, what a VP of Sales would check first, in the interface language. */
export function planFactsIn(i18n: I18n, config: CompConfig): { key: string; value: string }[] {
  const p = config.plan;
  const ote = editorMoney(i18n, config, p.base + p.variable);
  const total = p.base + p.variable;
  const split = total > 0 ? `${Math.round((p.base / total) * 100)}/${Math.round((p.variable / total) * 100)}` : '–';
  const base = editorMoney(i18n, config, p.base);
  const rate = rateIn(i18n, config);
  const none = i18n._(msg`none`);
  const list = (items: string[]) => new Intl.ListFormat(intlOf(i18n), { style: 'short', type: 'unit' }).format(items);
  const facts = [
    { key: i18n._(msg`On-target earnings`), value: i18n._(msg`${ote} a year (${split} base/variable)`) },
    { key: i18n._(msg`Base`), value: i18n._(msg`${base} a year`) },
    {
      key: i18n._(msg`Variable at 100 %`),
      value: yearAndPeriod(i18n, p.period, editorMoney(i18n, config, p.variable), editorMoney(i18n, config, periodTarget(p))),
    },
    { key: i18n._(msg`Quota`), value: yearAndPeriod(i18n, p.period, editorUnits(i18n, config, p.quota), editorUnits(i18n, config, periodQuota(p))) },
    { key: i18n._(msg`Commission rate`), value: p.rate === null ? i18n._(msg`${rate} (so 100 % pays the target)`) : rate },
    { key: i18n._(msg`Threshold`), value: p.threshold > 0 ? thresholdSentence(i18n, config) : none },
  ];
  if (p.decelerators.length > 0) {
    const tiers = p.decelerators.map((d) => {
      const times = i18n.number(d.multiplier);
      const upTo = editorPct(i18n, d.upTo);
      return i18n._(msg`${times}× up to ${upTo}`);
    });
    facts.push({ key: i18n._(msg`Decelerators`), value: list(tiers) });
  }
  const accelerators = p.accelerators.map((a) => {
    const times = i18n.number(a.multiplier);
    const from = editorPct(i18n, a.from);
    return i18n._(msg`${times}× from ${from}`);
  });
  facts.push({ key: i18n._(msg`Accelerators`), value: accelerators.length > 0 ? list(accelerators) : none });
  facts.push({ key: i18n._(msg`Cap`), value: capSentence(i18n, config) ?? none });
  const months = p.clawbackMonths;
  facts.push({
    key: i18n._(msg`Clawback`),
    value:
      months > 0
        ? i18n._(msg`${plural(months, { one: 'a deal cancelled within # month is taken back', other: 'a deal cancelled within # months is taken back' })}`)
        : none,
  });
  if (p.draw) {
    const monthly = editorMoney(i18n, config, p.draw.monthly);
    const count = p.draw.months;
    facts.push({
      key: i18n._(msg`Draw`),
      value: p.draw.recoverable
        ? i18n._(msg`${monthly} a month for ${plural(count, { one: '# month', other: '# months' })}, paid back from later commission`)
        : i18n._(msg`${monthly} a month for ${plural(count, { one: '# month', other: '# months' })}, kept`),
    });
  }
  return facts;
}
