import { useLingui } from '@lingui/react/macro';
import type { Ref } from 'react';
import { TextField } from '../../../ui/TextField';

/** The title of a series made on the spot (the workshop list's Series dialog and the planner's Series field). */
export function NewSeriesTitle(props: {
  inputRef: Ref<HTMLInputElement>;
  value: string;
  onChange(title: string): void;
  error: string | null;
  fieldClassName?: string;
}) {
  const { t } = useLingui();
  return (
    <TextField
      ref={props.inputRef}
      label={t`New series title`}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      placeholder={t`e.g. ACME alignment 2027`}
      error={props.error}
      maxLength={200}
      autoComplete="off"
      fieldClassName={props.fieldClassName}
    />
  );
}
