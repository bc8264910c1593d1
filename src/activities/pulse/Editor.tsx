import { Trans, useLingui } from '@lingui/react/macro';
import { LinesField, type EditorProps } from '../kit/editor';
import type { PulseConfig } from './definition';

export function PulseEditor({ config, onChange, errors = {} }: EditorProps<PulseConfig>) {
  const { t, i18n } = useLingui();
  const version = i18n.number(config.setVersion);
  return (
    <div className="editor-grid">
      <section aria-label={t`Built-in statements`}>
        <h3>
          <Trans>Built-in statements (set version {version})</Trans>
        </h3>
        <p className="hint">
          <Trans>Fixed, so runs of the same version compare like with like.</Trans>
        </p>
        <ol>
          {config.statements.map((s) => (
            <li key={s.id}>{s.text}</li>
          ))}
        </ol>
      </section>
      <LinesField
        label={t`Your own statements (optional)`}
        hint={t`One per line, at most 5, each up to 140 characters. Rated after the built-in set.`}
        items={config.extra.map((s) => ({ ...s, description: '' }))}
        error={errors.extra}
        prefix="own"
        onChange={(items) => onChange({ ...config, extra: items.map(({ id, text }) => ({ id, text })) })}
      />
    </div>
  );
}
