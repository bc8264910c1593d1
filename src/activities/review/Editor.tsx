import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Toggle, type EditorProps } from '../kit/editor';
import type { ReviewConfig } from './definition';

const KINDS = [
  { key: 'action', label: msg`Action items`, hint: msg`Each workshop’s action list.` },
  { key: 'shadowing', label: msg`Job-shadowing pairs`, hint: msg`Pairs agreed in a Commitments activity.` },
  { key: 'report', label: msg`Weekly reports`, hint: msg`The reports both ways agreed in a Commitments activity.` },
  { key: 'meeting', label: msg`The joint meeting`, hint: msg`Its rhythm, day and time as agreed.` },
] as const;

/** Which kinds of commitment the review brings in from earlier workshops of the series. */
export function ReviewEditor({ config, onChange, errors = {} }: EditorProps<ReviewConfig>) {
  const { i18n } = useLingui();
  return (
    <div className="editor-grid">
      <fieldset className="field">
        <legend>
          <Trans>Bring in from earlier workshops of the series</Trans>
        </legend>
        {KINDS.map((k) => (
          <Toggle
            key={k.key}
            label={i18n._(k.label)}
            hint={i18n._(k.hint)}
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
