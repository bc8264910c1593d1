import { useEffect, useState, type ReactNode } from 'react';
import { msg, ph } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { TextField } from '../../ui/TextField';

// Small planner fields shared by the alignment exercises' editors.

/** A number that may have decimals; empty is allowed only when `optional` (then null). */
export function DecimalField({
  label,
  value,
  onChange,
  min,
  max,
  hint,
  optional = false,
  suffix,
  step = 'any',
}: {
  label: ReactNode;
  value: number | null;
  onChange(n: number | null): void;
  min: number;
  max: number;
  hint?: ReactNode;
  optional?: boolean;
  suffix?: string;
  step?: string;
}) {
  const [text, setText] = useState(value === null ? '' : String(value));
  const [error, setError] = useState<string | null>(null);
  const { i18n } = useLingui();
  useEffect(() => {
    setText((t) => (Number(t) === value && t.trim() !== '' ? t : value === null ? '' : String(value)));
  }, [value]);
  return (
    <TextField
      label={
        suffix ? (
          <>
            {label} <span className="field-suffix">({suffix})</span>
          </>
        ) : (
          label
        )
      }
      type="number"
      inputMode="decimal"
      step={step}
      min={min}
      max={max}
      value={text}
      hint={hint}
      error={error}
      className="input-narrow"
      onChange={(e) => {
        const raw = e.target.value;
        setText(raw);
        if (raw.trim() === '') {
          if (optional) {
            setError(null);
            onChange(null);
          } else setError(i18n._(msg`Enter a number.`));
          return;
        }
        const n = Number(raw);
        if (!Number.isFinite(n) || n < min || n > max) {
          setError(i18n._(msg`Use a number from ${ph({ min: i18n.number(min) })} to ${ph({ max: i18n.number(max) })}.`));
          return;
        }
        setError(null);
        onChange(n);
      }}
    />
  );
}
