import { bands, capAttainment, periodsPerYear, round2, variableAt, type CompPlan } from './maths';

// The pay curve for the report, from the plan's breakpoints rather than
// samples: pay is a straight line between the threshold, every band edge,
// 100 % and the cap, so those points draw it exactly. Where pay jumps (a
// threshold that pays from the first unit) the curve has two points at the
// same attainment, which the chart draws as a vertical line.

export interface CurvePoint {
  /** Quota attainment, %. */
  x: number;
  /** A year's pay if every period ended at this attainment. */
  y: number;
  /** What kind of point it is, for labels; null for the ends of the range. */
  at: 'threshold' | 'quota' | 'band' | 'cap' | null;
}

const annualAt = (plan: CompPlan, attainment: number) => round2(plan.base + variableAt(plan, attainment) * periodsPerYear(plan));

/** The attainment range worth drawing: 0–200 %, wider when an accelerator or the cap lies beyond. */
export function curveRange(plan: CompPlan): number {
  const cap = capAttainment(plan);
  const far = Math.max(...plan.accelerators.map((a) => a.from), cap ?? 0);
  return far >= 190 && far <= 400 ? Math.ceil((far + 25) / 25) * 25 : 200;
}

/** Every breakpoint of the year's pay from 0 to `to` % attainment, in order; a jump gives two points at one x. */
export function payCurvePoints(plan: CompPlan, to = curveRange(plan)): CurvePoint[] {
  const cap = capAttainment(plan);
  const kinds = new Map<number, CurvePoint['at']>();
  const mark = (x: number | null, kind: CurvePoint['at']) => {
    if (x !== null && Number.isFinite(x) && x > 0 && x < to && !kinds.has(x)) kinds.set(x, kind);
  };
  mark(plan.threshold, 'threshold');
  mark(cap, 'cap');
  mark(100, 'quota');
  for (const b of bands(plan)) {
    mark(b.from, 'band');
    mark(b.to, 'band');
  }
  const xs = [0, ...[...kinds.keys()].sort((a, b) => a - b), to];
  const points: CurvePoint[] = [];
  for (const x of xs) {
    const kind = kinds.get(x) ?? null;
    const y = annualAt(plan, x);
    // The left-hand limit: the line arriving at x. Different from the value at x means a jump.
    const before = x > 0 ? annualAt(plan, x - 1e-9) : y;
    if (Math.abs(before - y) >= 0.01) points.push({ x, y: before, at: null });
    points.push({ x, y, at: kind });
  }
  return points;
}
