import { useRef, useState } from 'react';
import { useLingui } from '@lingui/react/macro';
import { useFocusHandOff } from '../../../ui/focus-rule';

/**
 * The focus rule (#15) for a form that adds a card or note (brainstorm, retro, persona).
 * - The Add button is never disabled (that would drop the keyboard to <body> the moment the
 *   field empties): it is aria-disabled while the field is empty and a press says what is missing.
 * - Once added, the keyboard goes at once to the emptied field, ready for the next one (the
 *   live region has already said "Added: …").
 * - When that was the last one allowed, the form gives way to the notice saying so, which takes
 *   the keyboard (give it `ref={fullNotice}` and tabIndex={-1}).
 */
export function useComposeFocus(announce: (message: string) => void, draft: string) {
  const field = useRef<HTMLTextAreaElement>(null);
  const fullNotice = useRef<HTMLParagraphElement>(null);
  const handFocusTo = useFocusHandOff();
  const [askedEmpty, setAskedEmpty] = useState(false);
  const empty = !draft.trim();
  const { t } = useLingui();
  const EMPTY = t`Write something first.`;

  return {
    field,
    fullNotice,
    /** For the Add button. */
    addProps: { 'aria-disabled': empty || undefined },
    /** Shown under the button after a press with nothing written, until something is. */
    emptyNote: askedEmpty && empty ? <p className="cgv-notice">{EMPTY}</p> : null,
    /** The form was sent with nothing in it. */
    refuseEmpty() {
      setAskedEmpty(true);
      announce(EMPTY);
    },
    /** Call as the card is added (before the save comes back); `nowFull`: that was the last one allowed. */
    added(nowFull: boolean) {
      setAskedEmpty(false);
      if (nowFull) handFocusTo(fullNotice);
      else field.current?.focus();
    },
  };
}
