import { useId } from 'react';
import { Trans } from '@lingui/react/macro';

/** The board's choice of what the projector shows after reveal: the results, or the agreed outcome. */
export function OnScreenToggle({ value, onChange, outcome }: { value: 'results' | 'outcome'; onChange(v: 'results' | 'outcome'): void; outcome: string }) {
  const name = useId();
  return (
    <fieldset className="cgx-onscreen">
      <legend className="cgx-onscreen-legend">
        <Trans>On the projector after reveal</Trans>
      </legend>
      <label className="cgx-onscreen-option">
        <input type="radio" name={name} checked={value === 'results'} onChange={() => onChange('results')} /> <Trans>The results by team</Trans>
      </label>
      <label className="cgx-onscreen-option">
        <input type="radio" name={name} checked={value === 'outcome'} onChange={() => onChange('outcome')} /> {outcome}
      </label>
    </fieldset>
  );
}
