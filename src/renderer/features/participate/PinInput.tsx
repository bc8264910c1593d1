import { forwardRef, useId } from 'react';

/** Four digits, masked, with the numeric keypad on touch screens. */
export const PinInput = forwardRef<
  HTMLInputElement,
  { label: string; hint?: string; value: string; invalid?: boolean; describedBy?: string; onChange(value: string): void }
>(function PinInput({ label, hint, value, invalid = false, describedBy, onChange }, ref) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
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
        aria-invalid={invalid || undefined}
        aria-describedby={[hint ? hintId : '', describedBy ?? ''].filter(Boolean).join(' ') || undefined}
        onChange={(e) => onChange(e.target.value.replace(/\D/g, '').slice(0, 4))}
      />
    </div>
  );
});

export const isPin = (value: string) => /^\d{4}$/.test(value);
