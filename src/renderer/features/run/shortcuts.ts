// The console's keyboard shortcuts, in one table: the handler and the help overlay both read it.
export type ShortcutAction = 'next' | 'previous' | 'timer' | 'reveal' | 'lock' | 'help';

export const SHORTCUTS: { keys: string[]; label: string; action: ShortcutAction }[] = [
  { keys: ['→'], label: 'Next activity', action: 'next' },
  { keys: ['←'], label: 'Previous activity', action: 'previous' },
  { keys: ['Space'], label: 'Start or pause the timer', action: 'timer' },
  { keys: ['R'], label: 'Reveal or hide results on the projector', action: 'reveal' },
  { keys: ['L'], label: 'Lock or unlock answers', action: 'lock' },
  { keys: ['?'], label: 'Show this list', action: 'help' },
];

/** The action for a key press, or null when it is typing or belongs to a control. */
export function shortcutFor(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): ShortcutAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const target = e.target as HTMLElement | null;
  if (target && (target.closest?.('input, textarea, select, [contenteditable="true"], [role="dialog"], [role="alertdialog"]') || target.isContentEditable)) {
    return null;
  }
  // Space on a button presses the button; only use it as a shortcut elsewhere.
  if (e.key === ' ' && target?.closest?.('button, a, [role="button"], [role="listbox"], [aria-roledescription]')) return null;
  switch (e.key) {
    case 'ArrowRight':
      return target?.closest?.('[aria-roledescription]') ? null : 'next';
    case 'ArrowLeft':
      return target?.closest?.('[aria-roledescription]') ? null : 'previous';
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
