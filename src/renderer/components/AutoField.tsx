import type { ComponentPropsWithRef, ReactNode } from 'react';
import { useAutosave } from '../hooks/useAutosave';
import { TextArea, TextField } from '../../ui/TextField';

interface Common {
  label: ReactNode;
  value: string;
  /** Return false to keep the draft (the value was refused). */
  onCommit(value: string): boolean | void;
  error?: string | null | undefined;
  hint?: ReactNode;
  hideLabel?: boolean;
  fieldClassName?: string;
}

type InputRest = Omit<ComponentPropsWithRef<'input'>, 'id' | 'value' | 'onChange' | 'onFocus' | 'onBlur'>;
type AreaRest = Omit<ComponentPropsWithRef<'textarea'>, 'id' | 'value' | 'onChange' | 'onFocus' | 'onBlur'>;

/** A text input that saves by itself (debounced, and on blur). */
export function AutoTextField({ value, onCommit, ...rest }: Common & InputRest) {
  const field = useAutosave(value, onCommit);
  return (
    <TextField
      {...rest}
      value={field.value}
      onChange={(e) => field.change(e.target.value)}
      onFocus={field.onFocus}
      onBlur={field.onBlur}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && rest.type !== 'number') field.flush();
        rest.onKeyDown?.(e);
      }}
    />
  );
}

export function AutoTextArea({ value, onCommit, ...rest }: Common & AreaRest) {
  const field = useAutosave(value, onCommit);
  return <TextArea {...rest} value={field.value} onChange={(e) => field.change(e.target.value)} onFocus={field.onFocus} onBlur={field.onBlur} />;
}
