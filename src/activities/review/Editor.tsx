import { Toggle, type EditorProps } from '../kit/editor';
import type { ReviewConfig } from './definition';

const KINDS = [
  { key: 'action', label: 'Action items', hint: 'Each workshop’s action list.' },
  { key: 'shadowing', label: 'Job-shadowing pairs', hint: 'Pairs agreed in a Commitments activity.' },
  { key: 'report', label: 'Weekly reports', hint: 'The reports both ways agreed in a Commitments activity.' },
  { key: 'meeting', label: 'The joint meeting', hint: 'Its rhythm, day and time as agreed.' },
] as const;

/** Which kinds of commitment the review brings in from earlier workshops of the series. */
export function ReviewEditor({ config, onChange, errors = {} }: EditorProps<ReviewConfig>) {
  return (
    <div className="editor-grid">
      <fieldset className="field">
        <legend>Bring in from earlier workshops of the series</legend>
        {KINDS.map((k) => (
          <Toggle
            key={k.key}
            label={k.label}
            hint={k.hint}
            checked={config.carry[k.key]}
            onChange={(on) => onChange({ ...config, carry: { ...config.carry, [k.key]: on } })}
          />
        ))}
        {errors.carry ? (
          <p className="field-error" role="alert">
            {errors.carry}
          </p>
        ) : null}
      </fieldset>
    </div>
  );
}
