import { useId, useState } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { DecimalField } from '../kit/fields';
import type { CompConfig } from './definition';
import { THRESHOLD_RULES, type CompPlan } from './maths';
import { capAsAttainment, capForAttainment, capFromMultiple, capMultiple } from './cap';
import { capSentence, editorPct, intlOf, thresholdRuleLabel, thresholdSentence } from './editor-words';

// The two plan rules people misread: what the threshold pays once crossed,
// and how the cap is written. Each is a visible choice with its meaning in
// words underneath, computed from the plan as it stands.

type Props = { config: CompConfig; setPlan(patch: Partial<CompPlan>): void };

/** "Capped at …": the sentence's first letter in capitals, as the language writes it. */
const upperFirst = (s: string, locale: string) => s.charAt(0).toLocaleUpperCase(locale) + s.slice(1);

export function ThresholdRuleField({ config, setPlan }: Props) {
  const { t, i18n } = useLingui();
  const plan = config.plan;
  const name = useId();
  const rule = plan.thresholdRule ?? 'first-dollar';
  const none = plan.threshold <= 0;
  const sentence = none ? '' : thresholdSentence(i18n, config);
  return (
    <fieldset className="cgc-choice" aria-describedby={`${name}-says`}>
      <legend className="field-label">
        <Trans>Between the threshold and 100 %, the plan pays</Trans>
      </legend>
      <div className="cgc-choice-options">
        {THRESHOLD_RULES.map((r) => (
          <label key={r} className="cgc-choice-option">
            <input type="radio" name={name} value={r} checked={rule === r} disabled={none} onChange={() => setPlan({ thresholdRule: r })} />{' '}
            {thresholdRuleLabel(i18n, config, r)}
          </label>
        ))}
      </div>
      <p id={`${name}-says`} className="cgc-says">
        {none ? t`No threshold: everything booked is paid, from the first sale. Set a threshold to choose.` : t`Threshold: ${sentence}.`}
      </p>
    </fieldset>
  );
}

type CapMode = 'none' | 'attainment' | 'multiple';

export function CapField({ config, setPlan }: Props) {
  const { t, i18n } = useLingui();
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
    const at = editorPct(i18n, n);
    if (cap === null) {
      const threshold = editorPct(i18n, plan.threshold);
      return setProblem(t`Nothing is paid at ${at}: put the cap above the threshold (${threshold}).`);
    }
    if (cap > 2000) {
      const times = i18n.number(Math.round(cap / 10) / 10);
      return setProblem(t`At ${at} this plan pays ${times}× target variable; a cap allows at most 20×.`);
    }
    setProblem(null);
    setPlan({ cap, capShownAs: 'attainment' });
  };
  const choices: readonly (readonly [CapMode, string])[] = [
    ['none', t`No cap`],
    ['attainment', t`At an attainment (“capped at 200 %”)`],
    ['multiple', t`As a multiple of target variable (“2× target”)`],
  ];
  const says = capSentence(i18n, config);
  return (
    <fieldset className="cgc-choice" aria-describedby={`${name}-says`}>
      <legend className="field-label">
        <Trans>Cap</Trans>
      </legend>
      <div className="cgc-choice-options">
        {choices.map(([m, label]) => (
          <label key={m} className="cgc-choice-option">
            <input type="radio" name={name} value={m} checked={mode === m} onChange={() => choose(m)} /> {label}
          </label>
        ))}
      </div>
      {mode === 'attainment' ? (
        <DecimalField label={t`Pay stops rising at`} suffix={t`% attainment`} min={1} max={1000} value={capAsAttainment(plan)} onChange={setAttainment} />
      ) : mode === 'multiple' ? (
        <DecimalField
          label={t`Variable is capped at`}
          suffix={t`× target variable`}
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
        {mode === 'none' || says === null ? t`No cap: pay keeps rising with every sale.` : `${upperFirst(says, intlOf(i18n))}.`}
      </p>
    </fieldset>
  );
}
