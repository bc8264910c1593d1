import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDefinition } from '../registry';
import type { ReportBlock } from '../report-types';
import type { CompConfig } from './definition';
import { periodsPerYear, round2, variableAt, type CompPlan } from './maths';
import { PLAN_PRESETS } from './presets';
import { payCurvePoints } from './report-curve';
import { i18nFor } from '../../main/i18n';

// The report's pay curve comes from the plan's breakpoints, not from samples
// every 5 %: a threshold that pays from the first dollar is a vertical jump,
// an accelerator a kink, the cap a flat line, and between points the curve is
// exactly the plan's pay.

const AE = structuredClone(PLAN_PRESETS.find((p) => p.id === 'ae-50-50')!.plan);
const annual = (plan: CompPlan, x: number) => round2(plan.base + variableAt(plan, x) * periodsPerYear(plan));

describe('the report’s pay curve', () => {
  it('draws the 50/50 AE through its breakpoints: the jump at 50 %, the kinks at 100 % and 150 %, the cap at 187.5 %', () => {
    // Worked by hand: a quarter pays 150 a point to 100 %, 225 to 150 %, 300 above; the cap is 37,500 a quarter.
    expect(payCurvePoints(AE, 200).map((p) => [p.x, p.y])).toEqual([
      [0, 60_000],
      [50, 60_000],
      [50, 90_000],
      [100, 120_000],
      [150, 165_000],
      [187.5, 210_000],
      [200, 210_000],
    ]);
  });

  it('makes a first-dollar threshold a vertical line, and a ramp or an above-threshold rule no jump at all', () => {
    const jump = payCurvePoints(AE, 200);
    const at = jump.findIndex((p) => p.x === 50);
    expect(jump[at + 1]).toMatchObject({ x: 50, at: 'threshold' });
    expect(jump[at]!.y).toBeLessThan(jump[at + 1]!.y);
    for (const rule of ['ramp', 'above'] as const) {
      const xs = payCurvePoints({ ...AE, thresholdRule: rule }, 200).map((p) => p.x);
      expect(new Set(xs).size).toBe(xs.length);
    }
  });

  it('is the plan’s pay everywhere between its points (any plan)', () => {
    const plan = fc.record({
      threshold: fc.integer({ min: 0, max: 90 }),
      thresholdRule: fc.constantFrom('first-dollar', 'above', 'ramp' as const),
      accel: fc.uniqueArray(fc.integer({ min: 100, max: 260 }), { maxLength: 3 }),
      cap: fc.option(fc.integer({ min: 60, max: 500 }), { nil: null }),
      period: fc.constantFrom('month', 'quarter', 'year' as const),
    });
    fc.assert(
      fc.property(plan, (p) => {
        const full: CompPlan = {
          ...AE,
          threshold: p.threshold,
          thresholdRule: p.thresholdRule,
          accelerators: p.accel.map((from, i) => ({ from, multiplier: 1.5 + i * 0.5 })),
          cap: p.cap,
          period: p.period,
        };
        const points = payCurvePoints(full, 300);
        for (let x = 0; x <= 300; x += 0.75) {
          // The segment that holds x: the last point at or before it, and the next one after it.
          const i = points.findLastIndex((q) => q.x <= x);
          const a = points[i]!;
          const b = points[i + 1];
          const expected = annual(full, x);
          const drawn = !b || b.x === a.x ? a.y : a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x);
          // Pay is rounded to the cent each period: up to 12 roundings a year.
          if (Math.abs(drawn - expected) > 0.1) return false;
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it('is what the comp report draws, with the jump labelled', () => {
    const comp = findDefinition('comp')!;
    const config = comp.defaultConfig() as CompConfig;
    const blocks = comp.report!({ title: 't', config, results: null, threshold: 3, board: null, nameOf: () => null, status: 'done', i18n: i18nFor('en') });
    const chart = blocks.find((b): b is Extract<ReportBlock, { type: 'lineChart' }> => b.type === 'lineChart')!;
    const rep = chart.series[0]!.points;
    const t = config.plan.threshold;
    const pair = rep.filter((p) => p.x === t);
    expect(pair).toHaveLength(2);
    expect(pair[1]!.label).toBeTruthy();
  });
});
