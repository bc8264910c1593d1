import { useEffect, useState, type ReactNode } from 'react';
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
          } else setError('Enter a number.');
          return;
        }
        const n = Number(raw);
        if (!Number.isFinite(n) || n < min || n > max) {
          setError(`Use a number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}.`);
          return;
        }
        setError(null);
        onChange(n);
      }}
    />
  );
}
