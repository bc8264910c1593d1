import { describe, expect, it } from 'vitest';
import { capAttainment, payoutCurve, variableAt, type CompPlan } from './maths';
import { capAsAttainment, capForAttainment, capFromMultiple, capMultiple } from './cap';
import { CompConfig, comp } from './definition';
import { PLAN_PRESETS } from './presets';

// Issue #14: the cap both ways, the rule between threshold and 100 %, and old configs.

// Worked by hand: OTE 120,000 at 50/50, so target variable 60,000 a year; quota
// 1,000,000 a year, measured once a year; threshold 50 %. Derived rate:
// 60,000 / 1,000,000 = 6 % of every deal. At 75 % attainment (750,000 booked):
//   from the first dollar: 6 % × 750,000            = 45,000
//   only above 50 %:       6 % × (750,000 − 500,000) = 15,000
//   ramp 50 % → 100 %:     60,000 × (75 − 50) / (100 − 50) = 30,000
const HAND: CompPlan = {
  base: 60_000,
  variable: 60_000,
  quota: 1_000_000,
  period: 'year',
  rate: null,
  threshold: 50,
  thresholdRule: 'first-dollar',
  decelerators: [],
  accelerators: [],
  cap: null,
  capShownAs: 'multiple',
  clawbackMonths: 0,
  draw: null,
};

describe('comp: what is paid between the threshold and 100 %', () => {
  it('first dollar: 45,000 at 75 %', () => {
    expect(variableAt({ ...HAND, thresholdRule: 'first-dollar' }, 75)).toBe(45_000);
  });
  it('only above the threshold: 15,000 at 75 %', () => {
    expect(variableAt({ ...HAND, thresholdRule: 'above' }, 75)).toBe(15_000);
  });
  it('a ramp: 30,000 at 75 %', () => {
    expect(variableAt({ ...HAND, thresholdRule: 'ramp' }, 75)).toBe(30_000);
  });
  it('each rule pays nothing below the threshold; the ramp and first dollar reach the target at 100 %, "above" pays half of it', () => {
    for (const rule of ['first-dollar', 'above', 'ramp'] as const) expect(variableAt({ ...HAND, thresholdRule: rule }, 49.9)).toBe(0);
    expect(variableAt({ ...HAND, thresholdRule: 'first-dollar' }, 100)).toBe(60_000);
    expect(variableAt({ ...HAND, thresholdRule: 'ramp' }, 100)).toBe(60_000);
    expect(variableAt({ ...HAND, thresholdRule: 'above' }, 100)).toBe(30_000); // 6 % × 500,000
    // Just past the threshold: first dollar jumps to 30,000; the others start near nothing.
    expect(variableAt({ ...HAND, thresholdRule: 'first-dollar' }, 50)).toBe(30_000);
    expect(variableAt({ ...HAND, thresholdRule: 'ramp' }, 50)).toBe(0);
  });
});

describe('comp: the cap written as attainment or as a multiple of target variable', () => {
  // The 50/50 AE preset: quarterly target 15,000, 150 a point at 1×, 1.5× from 100 %, 2× from 150 %.
  const AE = structuredClone(PLAN_PRESETS.find((p) => p.id === 'ae-50-50')!.plan);

  it('"capped at 200 % attainment" is 2.75× target variable (15,000 + 7,500 × 1.5 + 7,500 × 2 = 41,250)', () => {
    const cap = capForAttainment(AE, 200)!;
    expect(capMultiple(cap)).toBeCloseTo(2.75, 9);
    const byAttainment = { ...AE, cap, capShownAs: 'attainment' as const };
    const byMultiple = { ...AE, cap: capFromMultiple(2.75), capShownAs: 'multiple' as const };
    expect(payoutCurve(byAttainment, 0, 300, 0.5)).toEqual(payoutCurve(byMultiple, 0, 300, 0.5));
    expect(capAsAttainment(byAttainment)).toBe(200);
    // Rising up to 200 %, flat after it: 60,000 + 4 × 41,250 = 225,000 a year.
    const at = (a: number) => payoutCurve(byAttainment, a, a)[0]!.annual;
    expect(at(199)).toBeLessThan(at(200));
    expect(at(200)).toBe(225_000);
    expect(at(250)).toBe(225_000);
  });

  it('the old reading of 200 ("% of target variable") stops pay well before 200 % attainment, which is why the editor asks which one is meant', () => {
    // 200 % of 15,000 = 30,000: 26,250 is paid by 150 %, then 3,750 ÷ 300 a point = 12.5 points more.
    expect(capAttainment({ ...AE, cap: 200 })).toBeCloseTo(162.5, 9);
  });

  it('reads back the attainment for every rule, and refuses a cap below the threshold', () => {
    for (const rule of ['first-dollar', 'above', 'ramp'] as const) {
      const plan = { ...HAND, thresholdRule: rule, accelerators: [{ from: 100, multiplier: 2 }] };
      const cap = capForAttainment(plan, 180)!;
      expect(capAsAttainment({ ...plan, cap })).toBe(180);
    }
    expect(capForAttainment({ ...HAND, thresholdRule: 'ramp' }, 40)).toBeNull();
  });
});

describe('comp: configs saved before the cap and threshold rules were choices', () => {
  // A version-1 config as stored by the app before issue #14: cap as % of target variable, a currency symbol.
  const v1 = () => {
    const c = structuredClone(comp.defaultConfig()) as Record<string, unknown> & { plan: Record<string, unknown>; patterns: { story: string }[] };
    c.currency = '€';
    delete c.plan.thresholdRule;
    delete c.plan.capShownAs;
    c.plan.cap = 250;
    c.patterns[0]!.story = 'A 90,000 deal was meant to close in March. Legal needed three more weeks.';
    return c;
  };

  it('parse to the same plan: first dollar, the cap as a multiple, the same curve', () => {
    const old = v1();
    const parsed = CompConfig.parse(comp.migrateConfig(1, old));
    expect(parsed.plan.thresholdRule).toBe('first-dollar');
    expect(parsed.plan.capShownAs).toBe('multiple');
    expect(parsed.plan.cap).toBe(250);
    // The AE preset by hand: capped at 37,500 a quarter (250 % of 15,000), reached at 187.5 %.
    expect(capAttainment(parsed.plan)).toBeCloseTo(187.5, 9);
    expect(payoutCurve(parsed.plan, 200, 200)[0]!.annual).toBe(60_000 + 4 * 37_500);
    expect(variableAt(parsed.plan, 75)).toBe(11_250); // first dollar: 150 × 75
  });

  it('keep their currency, as a code, and the preset story says it', () => {
    const parsed = CompConfig.parse(comp.migrateConfig(1, v1()));
    expect(parsed.currency).toBe('EUR');
    expect(parsed.patterns[0]!.story).toContain('€90,000 deal');
  });

  it('an unknown currency text gets a readable error when given to the current schema', () => {
    const bad = { ...comp.defaultConfig(), currency: 'Euros' };
    const r = CompConfig.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(/USD, EUR, GBP/);
  });
});
