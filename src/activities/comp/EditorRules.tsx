import { useId, useState } from 'react';
import { DecimalField } from '../kit/fields';
import type { CompConfig } from './definition';
import { THRESHOLD_RULES, type CompPlan, type ThresholdRule } from './maths';
import { capAsAttainment, capForAttainment, capFromMultiple, capMultiple } from './cap';
import { capWords, firstUnitWord, thresholdWords } from './format';

// The two plan rules people misread: what the threshold pays once crossed,
// and how the cap is written. Each is a visible choice with its meaning in
// words underneath, computed from the plan as it stands.

type Props = { config: CompConfig; setPlan(patch: Partial<CompPlan>): void };

export function thresholdRuleLabel(config: Pick<CompConfig, 'currency' | 'unit'>, rule: ThresholdRule): string {
  if (rule === 'above') return 'Only what is booked above it';
  if (rule === 'ramp') return 'A ramp: nothing at the threshold, the full target at 100 %';
  return `Everything from the first ${firstUnitWord(config)}, once past it`;
}

export function ThresholdRuleField({ config, setPlan }: Props) {
  const plan = config.plan;
  const name = useId();
  const rule = plan.thresholdRule ?? 'first-dollar';
  const none = plan.threshold <= 0;
  return (
    <fieldset className="cgc-choice" aria-describedby={`${name}-says`}>
      <legend className="field-label">Between the threshold and 100 %, the plan pays</legend>
      <div className="cgc-choice-options">
        {THRESHOLD_RULES.map((r) => (
          <label key={r} className="cgc-choice-option">
            <input type="radio" name={name} value={r} checked={rule === r} disabled={none} onChange={() => setPlan({ thresholdRule: r })} />{' '}
            {thresholdRuleLabel(config, r)}
          </label>
        ))}
      </div>
      <p id={`${name}-says`} className="cgc-says">
        {none ? 'No threshold: everything booked is paid, from the first sale. Set a threshold to choose.' : `Threshold: ${thresholdWords(config)}.`}
      </p>
    </fieldset>
  );
}

type CapMode = 'none' | 'attainment' | 'multiple';

export function CapField({ config, setPlan }: Props) {
  const plan = config.plan;
  const name = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const mode: CapMode = plan.cap === null ? 'none' : (plan.capShownAs ?? 'multiple');
  const choose = (next: CapMode) => {
    setProblem(null);
    if (next === 'none') return setPlan({ cap: null });
    // Keep the cap where it is when only the way of writing it changes; a new cap starts at 2× target variable.
    setPlan({ cap: plan.cap ?? 200, capShownAs: next });
  };
  const setAttainment = (n: number | null) => {
    if (n === null) return;
    const cap = capForAttainment(plan, n);
    if (cap === null) return setProblem(`Nothing is paid at ${n} %: put the cap above the threshold (${plan.threshold} %).`);
    if (cap > 2000) return setProblem(`At ${n} % this plan pays ${Math.round(cap / 10) / 10}× target variable; a cap allows at most 20×.`);
    setProblem(null);
    setPlan({ cap, capShownAs: 'attainment' });
  };
  return (
    <fieldset className="cgc-choice" aria-describedby={`${name}-says`}>
      <legend className="field-label">Cap</legend>
      <div className="cgc-choice-options">
        {(
          [
            ['none', 'No cap'],
            ['attainment', 'At an attainment (“capped at 200 %”)'],
            ['multiple', 'As a multiple of target variable (“2× target”)'],
          ] as const
        ).map(([m, label]) => (
          <label key={m} className="cgc-choice-option">
            <input type="radio" name={name} value={m} checked={mode === m} onChange={() => choose(m)} /> {label}
          </label>
        ))}
      </div>
      {mode === 'attainment' ? (
        <DecimalField label="Pay stops rising at" suffix="% attainment" min={1} max={1000} value={capAsAttainment(plan)} onChange={setAttainment} />
      ) : mode === 'multiple' ? (
        <DecimalField
          label="Variable is capped at"
          suffix="× target variable"
          min={0.01}
          max={20}
          value={plan.cap === null ? null : capMultiple(plan.cap)}
          onChange={(n) => {
            setProblem(null);
            if (n !== null) setPlan({ cap: capFromMultiple(n), capShownAs: 'multiple' });
          }}
        />
      ) : null}
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      <p id={`${name}-says`} className="cgc-says" aria-live="polite">
        {mode === 'none' ? 'No cap: pay keeps rising with every sale.' : `${capWords(config).replace(/^c/, 'C')}.`}
      </p>
    </fieldset>
  );
}
