// Sales compensation 101: the arithmetic, and nothing else. Pure functions
// over plain numbers so every figure on the projector can be checked by hand
// (see test/activities/comp-maths.test.ts for worked examples).
//
// Vocabulary
// - attainment: bookings in a pay period as a percentage of that period's quota.
// - variable at target: what a rep earns on top of base at exactly 100 %.
// - rate: commission per unit booked at 1× (e.g. 0.10 = 10 % of each deal).
// - bands: attainment ranges paid at a multiplier of the rate, like tax
//   brackets: each unit booked is paid at the multiplier of the band it lands in.
// - threshold: below it nothing is paid. What is paid once it is crossed is
//   the plan's threshold rule: everything from the first unit ('first-dollar'),
//   only what is above it ('above'), or a straight ramp from nothing at the
//   threshold to the full target at 100 % ('ramp').
// - cap: the most a period's variable can pay, stored as % of its target
//   variable; plans that write it as an attainment ("capped at 200 %") are
//   converted with capForAttainment (see cap.ts for both ways).

export type Period = 'month' | 'quarter' | 'year';
export const THRESHOLD_RULES = ['first-dollar', 'above', 'ramp'] as const;
export type ThresholdRule = (typeof THRESHOLD_RULES)[number];

export interface CompPlan {
  /** Annual base salary. */
  base: number;
  /** Annual variable pay at 100 % attainment. */
  variable: number;
  /** Annual quota, in the plan's unit (money booked, or e.g. meetings). */
  quota: number;
  /** How often attainment is measured (and resets). */
  period: Period;
  /** Commission per unit at 1×; null = derived so that 100 % pays the variable at target. */
  rate: number | null;
  /** Attainment % below which a period pays nothing (0 = no threshold). */
  threshold: number;
  /** What is paid once the threshold is crossed; absent = 'first-dollar' (the rule before it was a choice). */
  thresholdRule: ThresholdRule;
  /** Bands below 100 % paid at less than 1×: from the previous band (or 0) up to `upTo` %. */
  decelerators: { upTo: number; multiplier: number }[];
  /** Bands from `from` % (≥ 100) paid at more than 1×, each up to the next one. */
  accelerators: { from: number; multiplier: number }[];
  /** Most a period's variable can pay, as % of its target variable; null = uncapped. */
  cap: number | null;
  /** How the plan writes its cap: as the attainment where pay stops rising, or as a multiple of target variable. */
  capShownAs: 'attainment' | 'multiple';
  /** A cancelled deal's commission is taken back when cancelled within this many months (0 = never). */
  clawbackMonths: number;
  /** A monthly minimum for new reps during their first months (ramp); null = none. */
  draw: { monthly: number; months: number; recoverable: boolean } | null;
}

export interface Band {
  from: number;
  /** Infinity for the last band. */
  to: number;
  multiplier: number;
}

export interface Deal {
  id: string;
  /** 1–12. */
  month: number;
  amount: number;
  label?: string;
  /** Month (1–12, after `month`) in which the customer cancelled; null = it stuck. */
  cancelledIn?: number | null;
}

const PERIODS_PER_YEAR: Record<Period, number> = { month: 12, quarter: 4, year: 1 };
const MONTHS_PER_PERIOD: Record<Period, number> = { month: 1, quarter: 3, year: 12 };

export const periodsPerYear = (plan: Pick<CompPlan, 'period'>) => PERIODS_PER_YEAR[plan.period];
export const periodQuota = (plan: CompPlan) => plan.quota / periodsPerYear(plan);
export const periodTarget = (plan: CompPlan) => plan.variable / periodsPerYear(plan);
/** 1-based pay period of a 1-based month: month 5 is in quarter 2. */
export const periodOf = (plan: Pick<CompPlan, 'period'>, month: number) => Math.ceil(month / MONTHS_PER_PERIOD[plan.period]);

/** Cents, so 0.1 + 0.2 never shows up on a projector. */
export const round2 = (n: number) => Math.round((n + Number.EPSILON) * 100) / 100;

/** The attainment bands, from 0 % upwards, each with its multiplier. */
export function bands(plan: Pick<CompPlan, 'decelerators' | 'accelerators'>): Band[] {
  const out: Band[] = [];
  let at = 0;
  for (const d of [...plan.decelerators].sort((a, b) => a.upTo - b.upTo)) {
    if (d.upTo <= at || d.upTo > 100) continue;
    out.push({ from: at, to: d.upTo, multiplier: d.multiplier });
    at = d.upTo;
  }
  const accel = [...plan.accelerators].filter((a) => a.from >= 100).sort((a, b) => a.from - b.from);
  const firstAccel = accel[0]?.from ?? Infinity;
  if (at < 100 || firstAccel > 100) out.push({ from: at, to: firstAccel, multiplier: 1 });
  accel.forEach((a, i) => out.push({ from: a.from, to: accel[i + 1]?.from ?? Infinity, multiplier: a.multiplier }));
  return out.filter((b) => b.to > b.from);
}

/** Σ multiplier × width of every band between 0 and `upTo` %, in percentage points. */
function weightedPoints(plan: Pick<CompPlan, 'decelerators' | 'accelerators'>, upTo: number): number {
  return bands(plan).reduce((sum, b) => sum + b.multiplier * Math.max(0, Math.min(upTo, b.to) - b.from), 0);
}

/**
 * Commission per unit booked at 1×. Set on the plan, or derived so that a
 * rep at exactly 100 % earns the variable at target:
 * rate = variable ÷ (quota × weighted share of the bands below 100 %).
 */
export function commissionRate(plan: CompPlan): number {
  if (plan.rate !== null) return plan.rate;
  const weighted = weightedPoints(plan, 100) / 100;
  if (plan.quota <= 0 || weighted <= 0) return 0;
  return plan.variable / (plan.quota * weighted);
}

/** The rule in force: without a threshold every rule pays from the first unit. */
export const thresholdRuleOf = (plan: Pick<CompPlan, 'threshold' | 'thresholdRule'>): ThresholdRule =>
  plan.threshold > 0 ? (plan.thresholdRule ?? 'first-dollar') : 'first-dollar';

/**
 * Paid points at an attainment before the cap: percentage points of quota
 * paid at the 1× rate, by the threshold rule. 'above' leaves out the points
 * below the threshold; 'ramp' stretches threshold..100 % over 0..100 %'s worth.
 */
export function paidPoints(plan: CompPlan, attainment: number): number {
  if (attainment <= 0 || attainment < plan.threshold) return 0;
  const w = weightedPoints(plan, attainment);
  const rule = thresholdRuleOf(plan);
  if (rule === 'first-dollar') return w;
  const wt = weightedPoints(plan, plan.threshold);
  const w100 = weightedPoints(plan, 100);
  if (rule === 'above' || plan.threshold >= 100 || w100 <= wt) return w - wt;
  return attainment <= 100 ? ((w - wt) * w100) / (w100 - wt) : w;
}

/** Variable pay for one period at an attainment (in %), before the cap. */
export function uncappedVariableAt(plan: CompPlan, attainment: number): number {
  return commissionRate(plan) * periodQuota(plan) * (paidPoints(plan, attainment) / 100);
}

/** Variable pay for one period at an attainment (in %), before any draw. */
export function variableAt(plan: CompPlan, attainment: number): number {
  const raw = uncappedVariableAt(plan, attainment);
  const capped = plan.cap === null ? raw : Math.min(raw, (plan.cap / 100) * periodTarget(plan));
  return round2(capped);
}

/** Variable pay for one period given what was booked in it. */
export function variableFor(plan: CompPlan, booked: number): number {
  const q = periodQuota(plan);
  return q > 0 ? variableAt(plan, (booked / q) * 100) : 0;
}

/** Where the pay line bends: the threshold, 100 % and every band edge. */
function breakpoints(plan: CompPlan): number[] {
  const edges = bands(plan).flatMap((b) => [b.from, b.to]);
  return [...new Set([0, plan.threshold, 100, ...edges].filter((a) => Number.isFinite(a) && a >= plan.threshold))].sort((a, b) => a - b);
}

/** The lowest attainment (%) at which a period's uncapped variable reaches `amount`, or null when it never does. */
export function attainmentPaying(plan: CompPlan, amount: number): number | null {
  const points = breakpoints(plan);
  const last = points.at(-1)!;
  points.push(last + 10_000); // straight beyond the last bend
  for (let i = 0; i < points.length; i += 1) {
    const b = points[i]!;
    const at = uncappedVariableAt(plan, b);
    if (at >= amount - 1e-9) {
      if (i === 0 || b === plan.threshold) return b;
      const a = points[i - 1]!;
      const before = uncappedVariableAt(plan, a);
      return a + ((amount - before) / (at - before)) * (b - a);
    }
  }
  return null;
}

/** The attainment (%) at which the cap is reached, or null when it never binds. */
export function capAttainment(plan: CompPlan): number | null {
  if (plan.cap === null) return null;
  return attainmentPaying(plan, (plan.cap / 100) * periodTarget(plan));
}

export interface CurvePoint {
  attainment: number;
  /** Variable for one period at that attainment. */
  variable: number;
  /** A year's pay if every period ended at that attainment: base + variable × periods. */
  annual: number;
}

/** The payout curve from `from` to `to` % attainment, every `step` points. */
export function payoutCurve(plan: CompPlan, from = 0, to = 200, step = 1): CurvePoint[] {
  const points: CurvePoint[] = [];
  for (let a = from; a <= to + 1e-9; a += step) {
    const variable = variableAt(plan, a);
    points.push({ attainment: a, variable, annual: round2(plan.base + variable * periodsPerYear(plan)) });
  }
  return points;
}

/** What the rate turns into in each band: the words under the curve. */
export function tierSummary(plan: CompPlan): { from: number; to: number; multiplier: number; ratePerUnit: number; paid: boolean }[] {
  const rate = commissionRate(plan);
  // A ramp pays the points between the threshold and 100 % faster: by the stretch of paidPoints.
  const w100 = weightedPoints(plan, 100);
  const wt = weightedPoints(plan, plan.threshold);
  const stretch = thresholdRuleOf(plan) === 'ramp' && w100 > wt ? w100 / (w100 - wt) : 1;
  const split = bands(plan).flatMap((b) =>
    stretch !== 1 && b.from < 100 && b.to > 100
      ? [
          { ...b, to: 100 },
          { ...b, from: 100 },
        ]
      : [b],
  );
  const out = split.map((b) => {
    const multiplier = b.to <= 100 ? Math.round(b.multiplier * stretch * 100) / 100 : b.multiplier;
    return { from: b.from, to: b.to, multiplier, ratePerUnit: rate * multiplier, paid: true };
  });
  if (plan.threshold > 0) {
    // Below the threshold nothing is paid (the band still counts once it is crossed).
    return [
      { from: 0, to: plan.threshold, multiplier: 0, ratePerUnit: 0, paid: false },
      ...out.map((b) => (b.from < plan.threshold ? { ...b, from: plan.threshold } : b)).filter((b) => b.to > b.from),
    ];
  }
  return out;
}

export interface Paycheck {
  month: number;
  base: number;
  /** Commission earned by this month's new business (can be 0 for months below the threshold). */
  commission: number;
  /** Taken back this month for cancelled deals (≤ 0). */
  clawback: number;
  /** Paid on top because commission fell short of the draw (≥ 0). */
  drawTopUp: number;
  /** Kept back from commission to repay an earlier recoverable draw (≤ 0). */
  drawRecovered: number;
  total: number;
  /** Bookings this month, net of cancellations this month. */
  booked: number;
  /** Attainment of the month's pay period so far, in %. */
  periodAttainment: number;
}

/**
 * Twelve monthly paychecks for a deal pattern. Commission is paid in the month
 * a deal is booked, on the period's running total: each month pays the
 * period's variable-to-date minus what was already paid for it. So a month
 * that crosses the threshold pays for everything booked before it in the
 * period, and accelerators pay as soon as the running total passes quota.
 * A deal cancelled within the clawback window comes off the period it was
 * booked in, and the difference is taken back in the month it was cancelled.
 */
export function paychecks(plan: CompPlan, deals: readonly Deal[], months = 12): Paycheck[] {
  const clawedBack = (d: Deal) =>
    d.cancelledIn !== null &&
    d.cancelledIn !== undefined &&
    plan.clawbackMonths > 0 &&
    d.cancelledIn > d.month &&
    d.cancelledIn - d.month <= plan.clawbackMonths;
  /** Net bookings of `period` counting deals booked by month `bookedBy` and cancellations by month `cancelledBy`. */
  const net = (period: number, bookedBy: number, cancelledBy: number) =>
    deals.reduce((sum, d) => {
      if (periodOf(plan, d.month) !== period || d.month > bookedBy) return sum;
      return sum + (clawedBack(d) && d.cancelledIn! <= cancelledBy ? 0 : d.amount);
    }, 0);
  const periods = periodOf(plan, months);
  const baseMonthly = round2(plan.base / 12);
  let debt = 0;
  const out: Paycheck[] = [];
  for (let m = 1; m <= months; m += 1) {
    let commission = 0;
    let clawback = 0;
    for (let p = 1; p <= periods; p += 1) {
      const before = variableFor(plan, net(p, m - 1, m - 1));
      const withNewDeals = variableFor(plan, net(p, m, m - 1));
      const after = variableFor(plan, net(p, m, m));
      commission += withNewDeals - before;
      clawback += after - withNewDeals;
    }
    commission = round2(commission);
    clawback = round2(clawback);
    const earned = commission + clawback;
    let drawTopUp = 0;
    let drawRecovered = 0;
    const draw = plan.draw;
    if (draw && m <= draw.months && earned < draw.monthly) {
      drawTopUp = round2(draw.monthly - earned);
      if (draw.recoverable) debt = round2(debt + drawTopUp);
    } else if (debt > 0 && earned > 0) {
      // Repay the draw from what is earned above it (or from all of it once the ramp is over).
      const spare = draw && m <= draw.months ? earned - draw.monthly : earned;
      drawRecovered = -round2(Math.min(debt, Math.max(0, spare)));
      debt = round2(debt + drawRecovered);
    }
    const p = periodOf(plan, m);
    const q = periodQuota(plan);
    out.push({
      month: m,
      base: baseMonthly,
      commission,
      clawback,
      drawTopUp,
      drawRecovered,
      total: round2(baseMonthly + earned + drawTopUp + drawRecovered),
      booked: round2(
        deals.filter((d) => d.month === m).reduce((s, d) => s + d.amount, 0) -
          deals.filter((d) => clawedBack(d) && d.cancelledIn === m).reduce((s, d) => s + d.amount, 0),
      ),
      periodAttainment: q > 0 ? round2((net(p, m, m) / q) * 100) : 0,
    });
  }
  return out;
}

export interface Salary {
  /** Annual salary. */
  salary: number;
  /** Target bonus, % of salary. */
  bonusPercent: number;
  /** How much of the target bonus is paid (100 = all of it). */
  bonusPaidPercent: number;
  /** Month (1–12) the bonus arrives. */
  bonusMonth: number;
}

/** A salaried marketer's twelve paychecks: the same every month, plus the bonus once. */
export function salaryChecks(s: Salary, months = 12): { month: number; salary: number; bonus: number; total: number }[] {
  const monthly = round2(s.salary / 12);
  const bonus = round2(s.salary * (s.bonusPercent / 100) * (s.bonusPaidPercent / 100));
  return Array.from({ length: months }, (_, i) => {
    const month = i + 1;
    const b = month === s.bonusMonth ? bonus : 0;
    return { month, salary: monthly, bonus: b, total: round2(monthly + b) };
  });
}

export interface LastDayMoment {
  /** Where the rep stands, in %, and the deal on the table, in units. */
  at: number;
  deal: number;
  /** Attainment if the deal closes today. */
  withDeal: number;
  /** Extra variable if it closes today (this period). */
  today: number;
  /** today ÷ deal: the effective rate on this one deal, against the plan's 1× rate. */
  effectiveRate: number;
  baseRate: number;
  /** What the same deal pays at the 1× rate in a later period, once that period passes the threshold. */
  nextPeriod: number;
  /** True when the deal alone would not reach the threshold: after midnight it pays nothing until more is booked. */
  nextPeriodAtRisk: boolean;
  /** Closing today at a discount of `discount` % still pays this much. */
  todayDiscounted: number;
  discount: number;
  /** Revenue the discount gives away. */
  discountCost: number;
}

/**
 * "95 % on the last day of the quarter": what one deal is worth today versus
 * after midnight, when the period resets to zero. With a threshold or an
 * accelerator just above, the same deal pays very differently.
 */
export function lastDayMoment(plan: CompPlan, at: number, deal: number, discount = 0): LastDayMoment {
  const q = periodQuota(plan);
  const booked = (at / 100) * q;
  const now = variableFor(plan, booked);
  const rate = commissionRate(plan);
  const today = round2(variableFor(plan, booked + deal) - now);
  return {
    at,
    deal,
    withDeal: q > 0 ? round2(((booked + deal) / q) * 100) : 0,
    today,
    effectiveRate: deal > 0 ? today / deal : 0,
    baseRate: rate,
    nextPeriod: round2(deal * rate),
    nextPeriodAtRisk: plan.threshold > 0 && variableFor(plan, deal) === 0,
    todayDiscounted: round2(variableFor(plan, booked + deal * (1 - discount / 100)) - now),
    discount,
    discountCost: round2((deal * discount) / 100),
  };
}
