import { forwardRef, useId } from 'react';

/**
 * Four digits, masked, with the numeric keypad on touch screens; `error`, when
 * there is one, is shown under the field and read out with it.
 */
export const PinInput = forwardRef<HTMLInputElement, { label: string; hint?: string; value: string; error?: string | null; onChange(value: string): void }>(
  function PinInput({ label, hint, value, error, onChange }, ref) {
    const id = useId();
    const hintId = `${id}-hint`;
    const errorId = `${id}-error`;
    return (
      <>
        <div className="part-pin">
          <label htmlFor={id} className="part-pin-label">
            {label}
          </label>
          {hint ? (
            <p id={hintId} className="part-pin-hint">
              {hint}
            </p>
          ) : null}
          <input
            ref={ref}
            id={id}
            className="part-pin-input"
            type="password"
            inputMode="numeric"
            pattern="[0-9]*"
            autoComplete="off"
            maxLength={4}
            value={value}
            aria-invalid={error ? true : undefined}
            aria-describedby={[hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined}
            onChange={(e) => onChange(e.target.value.replace(/\D/g, '').slice(0, 4))}
          />
        </div>
        <PinError id={errorId} error={error} />
      </>
    );
  },
);

/** What went wrong with a PIN or a hand-over, announced as it appears. */
export function PinError({ id, error }: { id?: string; error?: string | null }) {
  return error ? (
    <p id={id} className="part-pin-error" role="alert">
      {error}
    </p>
  ) : null;
}

export const isPin = (value: string) => /^\d{4}$/.test(value);
