import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bands,
  capAttainment,
  commissionRate,
  lastDayMoment,
  payoutCurve,
  paychecks,
  periodOf,
  salaryChecks,
  tierSummary,
  variableAt,
  variableFor,
  type CompPlan,
  type Deal,
} from './maths';
import { PATTERN_PRESETS, PLAN_PRESETS, resizeAmount } from './presets';

const preset = (id: string): CompPlan => structuredClone(PLAN_PRESETS.find((p) => p.id === id)!.plan);
const pattern = (id: string): Deal[] => structuredClone(PATTERN_PRESETS.find((p) => p.id === id)!.deals);
const AE = preset('ae-50-50');
const SDR = preset('sdr-70-30');
const DECEL = preset('ae-60-40-decel');

// The 50/50 account executive, worked by hand:
//   base 60,000 + variable 60,000 = OTE 120,000; quota 600,000 a year, paid quarterly.
//   Quarterly quota 600,000 / 4 = 150,000; quarterly target variable 60,000 / 4 = 15,000.
//   Derived rate: 60,000 / 600,000 = 10 % of every deal at 1×.
//   So 1 point of attainment at 1× is 1 % × 150,000 × 10 % = 150.
//   Bands: 0–100 % at 1×, 100–150 % at 1.5× (225 a point), 150 % and up at 2× (300 a point).
//   Threshold 50 %; cap 250 % of 15,000 = 37,500 a quarter.

describe('comp plan: rate and bands', () => {
  it('derives the 50/50 AE rate: 60,000 / 600,000 = 10 %', () => {
    expect(commissionRate(AE)).toBeCloseTo(0.1, 12);
  });

  it('uses a set rate as given', () => {
    expect(commissionRate({ ...AE, rate: 0.08 })).toBe(0.08);
  });

  it('lays out the bands from 0 % upwards', () => {
    expect(bands(AE)).toEqual([
      { from: 0, to: 100, multiplier: 1 },
      { from: 100, to: 150, multiplier: 1.5 },
      { from: 150, to: Infinity, multiplier: 2 },
    ]);
    // Decelerator: 0–50 % at half rate, then 1× to quota, then 2×.
    expect(bands(DECEL)).toEqual([
      { from: 0, to: 50, multiplier: 0.5 },
      { from: 50, to: 100, multiplier: 1 },
      { from: 100, to: Infinity, multiplier: 2 },
    ]);
  });

  it('derives the rate so 100 % pays target even with a decelerator', () => {
    // Weighted share below quota: 50 × 0.5 + 50 × 1 = 75 points, so 0.75.
    // rate = 48,000 / (480,000 × 0.75) = 48,000 / 360,000 = 0.1333…
    expect(commissionRate(DECEL)).toBeCloseTo(48_000 / 360_000, 12);
    // Quarter: quota 120,000, target 12,000. One weighted point = 0.1333… × 1,200 = 160.
    expect(variableAt(DECEL, 100)).toBe(12_000); // 160 × 75
    expect(variableAt(DECEL, 40)).toBe(3_200); // 160 × (40 × 0.5)
    expect(variableAt(DECEL, 50)).toBe(4_000); // 160 × 25
    expect(variableAt(DECEL, 150)).toBe(28_000); // 160 × (75 + 50 × 2)
  });

  it('summarises the tiers for the projector, with the threshold first', () => {
    expect(tierSummary(AE).map((t) => [t.from, t.to, t.multiplier, t.paid])).toEqual([
      [0, 50, 0, false],
      [50, 100, 1, true],
      [100, 150, 1.5, true],
      [150, Infinity, 2, true],
    ]);
    expect(tierSummary(AE)[2]!.ratePerUnit).toBeCloseTo(0.15, 12); // 10 % × 1.5
  });
});

describe('comp plan: payout for one quarter', () => {
  it('pays nothing below the threshold, then everything from the first euro', () => {
    expect(variableAt(AE, 0)).toBe(0);
    expect(variableAt(AE, 49.9)).toBe(0);
    expect(variableAt(AE, 50)).toBe(7_500); // 150 × 50
  });

  it('pays 1× up to quota', () => {
    expect(variableAt(AE, 95)).toBe(14_250); // 150 × 95
    expect(variableAt(AE, 100)).toBe(15_000); // 150 × 100 = the quarter's target variable
  });

  it('pays accelerators on the part above quota only', () => {
    expect(variableAt(AE, 120)).toBe(19_500); // 15,000 + 225 × 20 = 15,000 + 4,500
    expect(variableAt(AE, 150)).toBe(26_250); // 15,000 + 225 × 50 = 15,000 + 11,250
    expect(variableAt(AE, 175)).toBe(33_750); // 26,250 + 300 × 25 = 26,250 + 7,500
  });

  it('stops at the cap', () => {
    // Uncapped 200 % would be 26,250 + 300 × 50 = 41,250; the cap is 250 % × 15,000 = 37,500.
    expect(variableAt(AE, 200)).toBe(37_500);
    // The cap binds where 26,250 + 300 × x = 37,500, x = 37.5 points above 150: at 187.5 %.
    expect(capAttainment(AE)).toBe(187.5);
    expect(variableAt(AE, 187.5)).toBe(37_500);
    expect(capAttainment({ ...AE, cap: null })).toBeNull();
  });

  it('turns bookings into attainment against the quarterly quota', () => {
    expect(variableFor(AE, 75_000)).toBe(7_500); // 75,000 / 150,000 = 50 %
    expect(variableFor(AE, 180_000)).toBe(19_500); // 120 %
  });

  it('draws the payout curve as a year at that attainment', () => {
    const curve = payoutCurve(AE, 0, 200, 50);
    // annual = 60,000 base + 4 quarters × the quarter's variable
    expect(curve.map((p) => [p.attainment, p.variable, p.annual])).toEqual([
      [0, 0, 60_000],
      [50, 7_500, 90_000], // 60,000 + 4 × 7,500
      [100, 15_000, 120_000], // = OTE
      [150, 26_250, 165_000], // 60,000 + 4 × 26,250
      [200, 37_500, 210_000], // capped: 60,000 + 4 × 37,500
    ]);
    expect(payoutCurve(AE)).toHaveLength(201);
  });

  it('pays an SDR per meeting, monthly', () => {
    // 21,000 variable / 168 meetings = 125 a meeting; monthly quota 14 meetings, target 1,750.
    expect(commissionRate(SDR)).toBeCloseTo(125, 10);
    expect(variableFor(SDR, 6)).toBe(0); // 6 / 14 = 42.9 % < 50 %
    expect(variableFor(SDR, 7)).toBe(875); // 50 %: 7 × 125
    expect(variableFor(SDR, 16)).toBe(2_062.5); // 14 × 125 + 2 × 125 × 1.25 = 1,750 + 312.5
    expect(variableFor(SDR, 40)).toBe(3_500); // capped at 200 % × 1,750
  });
});

describe('comp plan: twelve paychecks', () => {
  it('maps months to pay periods', () => {
    expect([1, 3, 4, 12].map((m) => periodOf(AE, m))).toEqual([1, 1, 2, 4]);
    expect(periodOf(SDR, 7)).toBe(7);
    expect(periodOf({ period: 'year' }, 11)).toBe(1);
  });

  it('"big deal slips a quarter": lumpy months, checked by hand', () => {
    const months = paychecks(AE, pattern('slip'));
    // Q1: Jan 40k (26.7 %: 0), Feb 70k (46.7 %: 0), Mar 75k = 50 %: 7,500 paid at once in March.
    // Q2: Apr 110k = 73.3 %: 150 × 73.33 = 11,000; May 140k = 93.3 %: 14,000 (+3,000);
    //     Jun 180k = 120 %: 19,500 (+5,500).
    // Q3 and Q4, 50k a month: 33 % (0), 66.7 % (10,000), 100 % (15,000: +5,000).
    expect(months.map((m) => m.commission)).toEqual([0, 0, 7_500, 11_000, 3_000, 5_500, 0, 10_000, 5_000, 0, 10_000, 5_000]);
    // Base 60,000 / 12 = 5,000 every month.
    expect(months.map((m) => m.total)).toEqual([5_000, 5_000, 12_500, 16_000, 8_000, 10_500, 5_000, 15_000, 10_000, 5_000, 15_000, 10_000]);
    // The year: 60,000 base + 7,500 + 19,500 + 15,000 + 15,000 = 117,000.
    expect(months.reduce((s, m) => s + m.total, 0)).toBe(117_000);
    expect(months[5]!.periodAttainment).toBe(120);
  });

  it('"strong start then dry spell": accelerators early, nothing mid-year', () => {
    const months = paychecks(AE, pattern('dry'));
    // Q1: Jan 120k = 80 %: 12,000. Feb 210k = 140 %: 15,000 + 225 × 40 = 24,000 (+12,000).
    //     Mar 240k = 160 %: 26,250 + 300 × 10 = 29,250 (+5,250).
    // Q2: 10k, 30k, 45k = 30 % at most: nothing all quarter.
    // Q3: Jul 0, Aug 35k = 23.3 %: 0, Sep 95k = 63.3 %: 9,500.
    // Q4: Oct 50k = 33 %: 0, Nov 110k = 73.3 %: 11,000, Dec 180k = 120 %: 19,500 (+8,500).
    expect(months.map((m) => m.commission)).toEqual([12_000, 12_000, 5_250, 0, 0, 0, 0, 0, 9_500, 0, 11_000, 8_500]);
    // 60,000 + 29,250 + 0 + 9,500 + 19,500 = 118,250 for the year.
    expect(months.reduce((s, m) => s + m.total, 0)).toBe(118_250);
  });

  it('claws back a cancelled deal in the month it is cancelled', () => {
    const months = paychecks(AE, pattern('clawback'));
    // Q1: Jan 50k (33 %: 0), Feb 110k (73.3 %: 11,000), Mar 150k (100 %: 15,000, +4,000).
    // May: the 60k Feb deal is cancelled (3 months later, inside the 6-month window).
    //   Q1 becomes 90k = 60 %: 9,000, so 15,000 − 9,000 = 6,000 comes back.
    //   Q2 the same month: 100k = 66.7 %: 10,000 new commission.
    expect(months[4]).toMatchObject({ commission: 10_000, clawback: -6_000, total: 9_000 }); // 5,000 + 10,000 − 6,000
    expect(months[4]!.booked).toBe(-10_000); // 50k booked − 60k cancelled
    expect(months.filter((m) => m.clawback !== 0)).toHaveLength(1);
    // Without a clawback window the commission stays.
    expect(paychecks({ ...AE, clawbackMonths: 0 }, pattern('clawback'))[4]).toMatchObject({ clawback: 0, total: 15_000 });
    // Outside the window (cancelled 3 months later, window 2) it stays too.
    expect(paychecks({ ...AE, clawbackMonths: 2 }, pattern('clawback'))[4]!.clawback).toBe(0);
  });

  it('claws back inside the same quarter as a smaller running total', () => {
    // 100k booked in April, 30k of it cancelled in June; 40k more in June.
    const deals: Deal[] = [
      { id: 'a', month: 4, amount: 70_000 },
      { id: 'b', month: 4, amount: 30_000, cancelledIn: 6 },
      { id: 'c', month: 6, amount: 40_000 },
    ];
    const june = paychecks(AE, deals)[5]!;
    // April: 100k = 66.7 %: 10,000. June before cancelling: 140k = 93.3 %: 14,000 (+4,000 new).
    // Cancelling 30k: 110k = 73.3 %: 11,000, so 3,000 comes back.
    expect(june).toMatchObject({ commission: 4_000, clawback: -3_000, total: 6_000 });
  });

  it('tops up a draw for a new SDR; non-recoverable keeps it, recoverable pays it back', () => {
    const deals: Deal[] = [
      { id: '1', month: 1, amount: 3 }, // 21 %: 0 → draw pays 1,750
      { id: '2', month: 2, amount: 10 }, // 71 %: 1,250 → draw tops up 500
      { id: '3', month: 3, amount: 16 }, // 114 %: 2,062.5 → above the draw
      { id: '4', month: 5, amount: 14 }, // 100 %: 1,750
    ];
    const flat = paychecks(SDR, deals);
    expect(flat.slice(0, 5).map((m) => [m.commission, m.drawTopUp, m.drawRecovered])).toEqual([
      [0, 1_750, 0],
      [1_250, 500, 0],
      [2_062.5, 0, 0],
      [0, 0, 0], // month 4: ramp over, nothing booked, nothing paid
      [1_750, 0, 0],
    ]);
    expect(flat[0]!.base).toBe(4_083.33); // 49,000 / 12
    const recoverable = paychecks({ ...SDR, draw: { monthly: 1_750, months: 3, recoverable: true } }, deals);
    // Owed after two months: 1,750 + 500 = 2,250. Month 3 pays the draw and repays 2,062.5 − 1,750 = 312.5.
    // Month 5: 1,750 earned, 2,250 − 312.5 = 1,937.5 still owed: all 1,750 is kept back.
    expect(recoverable.slice(0, 5).map((m) => m.drawRecovered)).toEqual([0, 0, -312.5, 0, -1_750]);
    expect(recoverable[4]!.total).toBe(4_083.33); // base only
  });

  it('a steady rep on quota earns OTE over the year, even though the months still swing', () => {
    const months = paychecks(AE, pattern('steady'));
    // Each quarter: 33 % (0), 66.7 % (10,000), 100 % (+5,000).
    expect(months.slice(0, 3).map((m) => m.total)).toEqual([5_000, 15_000, 10_000]);
    expect(months.reduce((s, m) => s + m.total, 0)).toBe(120_000);
  });
});

describe('a marketer’s salary', () => {
  it('is the same every month, with the bonus once', () => {
    const checks = salaryChecks({ salary: 90_000, bonusPercent: 10, bonusPaidPercent: 100, bonusMonth: 12 });
    expect(checks[0]).toEqual({ month: 1, salary: 7_500, bonus: 0, total: 7_500 }); // 90,000 / 12
    expect(checks[11]).toEqual({ month: 12, salary: 7_500, bonus: 9_000, total: 16_500 }); // 10 % of 90,000
    // A bonus paid at 80 %: 9,000 × 0.8 = 7,200.
    expect(salaryChecks({ salary: 90_000, bonusPercent: 10, bonusPaidPercent: 80, bonusMonth: 3 })[2]!.bonus).toBe(7_200);
  });
});

describe('95 % on the last day of the quarter', () => {
  it('one deal is worth more today than after midnight', () => {
    // At 95 %: 142,500 booked, 14,250 earned. A 15,000 deal today makes 157,500 = 105 %.
    // 105 %: 15,000 + 225 × 5 = 16,125, so the deal pays 16,125 − 14,250 = 1,875 (12.5 % of it).
    // After midnight it counts toward next quarter at 1×: 10 % × 15,000 = 1,500, and only once that
    // quarter reaches 50 % (on its own the deal is 10 %, below the threshold).
    // 15 % off: 12,750 today makes 155,250 = 103.5 %: 15,000 + 225 × 3.5 = 15,787.5, so 1,537.5;
    // still more than waiting, while the discount gives away 2,250 of revenue.
    const m = lastDayMoment(AE, 95, 15_000, 15);
    expect(m).toMatchObject({ withDeal: 105, today: 1_875, nextPeriod: 1_500, nextPeriodAtRisk: true, todayDiscounted: 1_537.5, discountCost: 2_250 });
    expect(m.effectiveRate).toBeCloseTo(0.125, 12);
    expect(m.baseRate).toBeCloseTo(0.1, 12);
  });

  it('at 45 % the same deal today crosses the threshold and pays for the whole quarter', () => {
    // 45 %: 67,500 booked, 0 earned. +15,000 = 82,500 = 55 %: 150 × 55 = 8,250.
    expect(lastDayMoment(AE, 45, 15_000).today).toBe(8_250);
  });

  it('above the cap a deal today pays nothing', () => {
    expect(lastDayMoment(AE, 190, 15_000).today).toBe(0);
  });
});

describe('comp properties', () => {
  const plan = fc.record({
    base: fc.integer({ min: 0, max: 200_000 }),
    variable: fc.integer({ min: 1_000, max: 200_000 }),
    quota: fc.integer({ min: 10_000, max: 5_000_000 }),
    period: fc.constantFrom('month' as const, 'quarter' as const, 'year' as const),
    rate: fc.constant(null),
    threshold: fc.integer({ min: 0, max: 90 }),
    decelerators: fc.array(fc.record({ upTo: fc.integer({ min: 10, max: 100 }), multiplier: fc.double({ min: 0.1, max: 1, noNaN: true }) }), { maxLength: 2 }),
    accelerators: fc.array(fc.record({ from: fc.integer({ min: 100, max: 250 }), multiplier: fc.double({ min: 1, max: 4, noNaN: true }) }), { maxLength: 3 }),
    cap: fc.option(fc.integer({ min: 100, max: 400 }), { nil: null }),
    clawbackMonths: fc.integer({ min: 0, max: 12 }),
    draw: fc.constant(null),
  }) as fc.Arbitrary<CompPlan>;

  it('payout never falls as attainment rises, and never passes the cap', () => {
    fc.assert(
      fc.property(plan, fc.array(fc.double({ min: 0, max: 300, noNaN: true }), { minLength: 2, maxLength: 8 }), (p, xs) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const pays = sorted.map((a) => variableAt(p, a));
        for (let i = 1; i < pays.length; i += 1) expect(pays[i]!).toBeGreaterThanOrEqual(pays[i - 1]! - 0.01);
        if (p.cap !== null)
          for (const v of pays) expect(v).toBeLessThanOrEqual((p.cap / 100) * (p.variable / { month: 12, quarter: 4, year: 1 }[p.period]) + 0.01);
      }),
    );
  });

  it('a derived rate pays exactly the target at 100 % (when the threshold and cap allow)', () => {
    fc.assert(
      fc.property(plan, (p) => {
        const q = { ...p, threshold: Math.min(p.threshold, 100), cap: p.cap === null ? null : Math.max(100, p.cap) };
        expect(variableAt(q, 100)).toBeCloseTo(p.variable / { month: 12, quarter: 4, year: 1 }[p.period], 1);
      }),
    );
  });

  it('twelve paychecks add up to base plus each period’s variable on its final net bookings', () => {
    const deal = fc.record({
      id: fc.uuid(),
      month: fc.integer({ min: 1, max: 12 }),
      amount: fc.integer({ min: 1_000, max: 300_000 }),
      cancelledIn: fc.option(fc.integer({ min: 2, max: 12 }), { nil: null }),
    });
    fc.assert(
      fc.property(plan, fc.array(deal, { maxLength: 15 }), (p, deals) => {
        const months = paychecks(p, deals);
        const stays = (d: Deal) => !(d.cancelledIn && d.cancelledIn > d.month && p.clawbackMonths > 0 && d.cancelledIn - d.month <= p.clawbackMonths);
        const periods = [...new Set(Array.from({ length: 12 }, (_, i) => periodOf(p, i + 1)))];
        const expected =
          months.reduce((s, m) => s + m.base, 0) +
          periods.reduce(
            (s, per) =>
              s +
              variableFor(
                p,
                deals.filter((d) => periodOf(p, d.month) === per && stays(d)).reduce((t, d) => t + d.amount, 0),
              ),
            0,
          );
        expect(months.reduce((s, m) => s + m.total, 0)).toBeCloseTo(expected, 1);
      }),
    );
  });
});

describe('resizing deals to another plan’s quota', () => {
  it('scales whole units, never below one', () => {
    // AE patterns (yearly quota 600,000) to the SDR plan (168 meetings a year): factor 168 / 600,000 = 0.00028.
    // 40,000 × 0.00028 = 11.2 → 11 meetings; 90,000 × 0.00028 = 25.2 → 25; 5,000 × 0.00028 = 1.4 → 1.
    expect(resizeAmount(40_000, 600_000, 168)).toBe(11);
    expect(resizeAmount(90_000, 600_000, 168)).toBe(25);
    expect(resizeAmount(5_000, 600_000, 168)).toBe(1);
    expect(resizeAmount(100, 600_000, 168)).toBe(1); // 0.028 would vanish: a deal stays a deal
    // And back: 11 meetings × 600,000 / 168 = 39,285.7 → 39,286.
    expect(resizeAmount(11, 168, 600_000)).toBe(39_286);
    expect(resizeAmount(40_000, 600_000, 600_000)).toBe(40_000);
  });
});
