import { attainmentPaying, periodTarget, round2, uncappedVariableAt, type CompPlan } from './maths';

// The cap, the two ways plans write it. It is stored one way only, as % of a
// period's target variable (plan.cap); "capped at 200 % attainment" is turned
// into that figure here, and back for the editor and the words.

/** Stored precision: enough that the attainment read back is the one typed. */
const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * The cap (as % of target variable) that stops pay rising at `attainment` %.
 * Null when the plan pays nothing there (at or below the threshold with
 * nothing paid yet): such a cap would pay nothing at all.
 */
export function capForAttainment(plan: CompPlan, attainment: number): number | null {
  const target = periodTarget(plan);
  if (target <= 0) return null;
  const pays = uncappedVariableAt(plan, attainment);
  return pays > 0 ? round6((pays / target) * 100) : null;
}

/** The cap as a multiple of target variable (2.5 = 2.5× target), from the stored %. */
export const capMultiple = (cap: number) => round6(cap / 100);
export const capFromMultiple = (multiple: number) => round6(multiple * 100);

/** The attainment at which the stored cap stops pay rising, rounded for people. */
export function capAsAttainment(plan: CompPlan): number | null {
  if (plan.cap === null) return null;
  const at = attainmentPaying(plan, (plan.cap / 100) * periodTarget(plan));
  return at === null ? null : round2(at);
}
