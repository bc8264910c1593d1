import { LinesField, type EditorProps } from '../kit/editor';
import type { PulseConfig } from './definition';

export function PulseEditor({ config, onChange, errors = {} }: EditorProps<PulseConfig>) {
  return (
    <div className="editor-grid">
      <section aria-label="Built-in statements">
        <h3>Built-in statements (set version {config.setVersion})</h3>
        <p className="hint">Fixed, so runs of the same version compare like with like.</p>
        <ol>
          {config.statements.map((s) => (
            <li key={s.id}>{s.text}</li>
          ))}
        </ol>
      </section>
      <LinesField
        label="Your own statements (optional)"
        hint="One per line, at most 5, each up to 140 characters. Rated after the built-in set."
        items={config.extra.map((s) => ({ ...s, description: '' }))}
        error={errors.extra}
        prefix="own"
        onChange={(items) => onChange({ ...config, extra: items.map(({ id, text }) => ({ id, text })) })}
      />
    </div>
  );
}
