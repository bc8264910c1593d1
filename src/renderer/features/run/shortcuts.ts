import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';

// The console's keyboard shortcuts. The help overlay lists SHORTCUTS; shortcutFor maps a key
// press to its action with its own switch, so a new shortcut goes in both.
export type ShortcutAction = 'next' | 'previous' | 'pageNext' | 'pagePrevious' | 'timer' | 'reveal' | 'lock' | 'help';

/** Keys with a name, in the interface's language (the arrows and letters read the same everywhere). */
export const KEY_NAMES: Readonly<Record<string, MessageDescriptor>> = {
  'Page Down': msg`Page Down`,
  'Page Up': msg`Page Up`,
  Space: msg`Space`,
};

export const SHORTCUTS: { keys: string[]; label: MessageDescriptor; action: ShortcutAction }[] = [
  { keys: ['→'], label: msg`Next activity`, action: 'next' },
  { keys: ['←'], label: msg`Previous activity`, action: 'previous' },
  { keys: ['↓', 'Page Down'], label: msg`Next page on the projector, when its list takes more than one page`, action: 'pageNext' },
  { keys: ['↑', 'Page Up'], label: msg`Previous page on the projector`, action: 'pagePrevious' },
  { keys: ['Space'], label: msg`Start or pause the timer`, action: 'timer' },
  { keys: ['R'], label: msg`Reveal or hide results on the projector`, action: 'reveal' },
  { keys: ['L'], label: msg`Lock or unlock answers`, action: 'lock' },
  { keys: ['?'], label: msg`Show this list`, action: 'help' },
];

const ARROW_WIDGETS =
  '[aria-roledescription], [role="listbox"], [role="menu"], [role="menubar"], [role="radiogroup"], [role="slider"], [role="spinbutton"], [role="tablist"], [role="tree"], [role="grid"]';

/** The action for a key press, or null when it is typing or belongs to a control. */
export function shortcutFor(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): ShortcutAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const target = e.target as HTMLElement | null;
  if (target && (target.closest?.('input, textarea, select, [contenteditable="true"], [role="dialog"], [role="alertdialog"]') || target.isContentEditable)) {
    return null;
  }
  // Space presses a button or link and picks up a card or an option: only use it as a shortcut elsewhere.
  if (e.key === ' ' && target?.closest?.('button, a, [role="button"], [role="listbox"], [aria-roledescription]')) return null;
  // Up and down belong to widgets that move with them (a picked-up card, a list box, a menu).
  const vertical = e.key === 'ArrowDown' || e.key === 'ArrowUp' || e.key === 'PageDown' || e.key === 'PageUp';
  if (vertical && target?.closest?.(ARROW_WIDGETS)) return null;
  switch (e.key) {
    case 'ArrowRight':
      return target?.closest?.('[aria-roledescription]') ? null : 'next';
    case 'ArrowLeft':
      return target?.closest?.('[aria-roledescription]') ? null : 'previous';
    case 'ArrowDown':
    case 'PageDown':
      return 'pageNext';
    case 'ArrowUp':
    case 'PageUp':
      return 'pagePrevious';
    case ' ':
      return 'timer';
    case 'r':
    case 'R':
      return 'reveal';
    case 'l':
    case 'L':
      return 'lock';
    case '?':
      return 'help';
    default:
      return null;
  }
}
