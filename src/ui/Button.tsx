import type { ComponentPropsWithRef, MouseEvent, ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';

export interface ButtonProps extends ComponentPropsWithRef<'button'> {
  variant?: ButtonVariant;
  size?: 'sm' | 'md';
  icon?: IconName;
  busy?: boolean;
  children: ReactNode;
}

/**
 * `busy`: working on it. The button says so (aria-busy, aria-disabled) but stays focusable and
 * ignores presses: a disabled button would drop the keyboard to <body> (the focus rule, #15).
 */
export function Button({ variant = 'secondary', size = 'md', icon, busy, children, className, type = 'button', disabled, onClick, ...rest }: ButtonProps) {
  return (
    <button
      type={type}
      className={['btn', `btn-${variant}`, `btn-${size}`, className].filter(Boolean).join(' ')}
      disabled={disabled}
      aria-disabled={busy || undefined}
      aria-busy={busy || undefined}
      {...rest}
      onClick={busy ? ignorePress : onClick}
    >
      {busy ? <Icon name="spinner" className="icon spin" /> : icon ? <Icon name={icon} /> : null}
      <span>{children}</span>
    </button>
  );
}

/** A press on a busy button: nothing, not even a form's submit. */
const ignorePress = (e: MouseEvent) => e.preventDefault();

export interface IconButtonProps extends Omit<ComponentPropsWithRef<'button'>, 'children'> {
  /** The accessible name, also shown as a tooltip. */
  label: string;
  icon: IconName;
  variant?: 'ghost' | 'danger';
  size?: 'sm' | 'md';
}

export function IconButton({ label, icon, variant = 'ghost', size = 'md', className, type = 'button', ...rest }: IconButtonProps) {
  return (
    <button
      type={type}
      aria-label={label}
      title={label}
      className={['icon-btn', `icon-btn-${variant}`, `icon-btn-${size}`, className].filter(Boolean).join(' ')}
      {...rest}
    >
      <Icon name={icon} />
    </button>
  );
}
