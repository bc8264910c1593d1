import type { ComponentPropsWithRef, ReactNode } from 'react';
import { FieldShell } from './TextField';

type SelectProps = Omit<ComponentPropsWithRef<'select'>, 'id'> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null | undefined;
  hideLabel?: boolean;
  fieldClassName?: string;
  options: readonly { value: string; label: string }[];
};

export function Select({ label, hint, error, hideLabel, fieldClassName, className, options, ...rest }: SelectProps) {
  return (
    <FieldShell label={label} hint={hint} error={error} hideLabel={hideLabel} className={fieldClassName}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          className={['input', 'select', className].filter(Boolean).join(' ')}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          {...rest}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
