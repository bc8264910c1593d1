import { useLayoutEffect, useRef, type Ref } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { useFocusHandOff } from '../../../ui/focus-rule';
import type { SaveStatus } from './answers';

/**
 * A quiet tick after a save; a loud, recoverable message when it fails.
 * The focus rule (#15): the message's buttons go away when pressed, so each names a successor.
 * "Try again" hands the keyboard to the save status (focusable from script), which then says
 * "Saving…" and "Saved"; it stays on the page while a message shows, so a retry that fails
 * again does not drop the keyboard. "Dismiss" hands it back to where it was when the save failed
 * (the field or control the person was on), or to the status if that is gone.
 */
export function SaveFeedback({ status, onDismiss }: { status: SaveStatus; onDismiss(): void }) {
  const statusText = useRef<HTMLParagraphElement>(null);
  const wasOn = useRef<HTMLElement | null>(null);
  const handFocusTo = useFocusHandOff();
  const failed = status.kind === 'error';
  const { t } = useLingui();

  useLayoutEffect(() => {
    if (!failed) return;
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && active !== statusText.current) wasOn.current = active;
  }, [failed]);

  const backToWhereItWas = () => {
    const el = wasOn.current;
    return el?.isConnected && !el.matches(':disabled') ? el : statusText.current;
  };

  return (
    <>
      {status.kind === 'error' ? (
        <div className="cgv-error" role="alert">
          <p className="cgv-error-title">
            <Trans>Couldn't save. Try again.</Trans>
          </p>
          <p className="cgv-error-reason">
            {status.reason} <Trans>Your last change was undone.</Trans>
          </p>
          <div className="cgv-error-actions">
            <button
              type="button"
              className="cgv-btn cgv-btn-primary"
              onClick={() => {
                handFocusTo(statusText);
                status.retry();
              }}
            >
              <Trans>Try again</Trans>
            </button>
            <button
              type="button"
              className="cgv-btn"
              onClick={() => {
                handFocusTo(backToWhereItWas);
                onDismiss();
              }}
            >
              <Trans>Dismiss</Trans>
            </button>
          </div>
        </div>
      ) : null}
      <p ref={statusText} tabIndex={-1} className={`cgv-saved cgv-saved-${status.kind}`} role="status">
        {status.kind === 'saved' ? (
          <>
            <span aria-hidden="true">✓ </span>
            <Trans>Saved</Trans>
          </>
        ) : status.kind === 'saving' ? (
          t`Saving…`
        ) : null}
      </p>
    </>
  );
}

/**
 * The focus rule (#15) for locking: the answers' controls (the compose form, each card's Edit and
 * Delete) leave the page when the facilitator locks. Spread `watch` on each part that locking
 * removes and give `note` to the LockedNote: if the keyboard was in a removed part, the note takes
 * it; if it was anywhere else, it stays there.
 */
export function useLockHandOff(locked: boolean) {
  const note = useRef<HTMLParagraphElement>(null);
  const lastIn = useRef<Element | null>(null);
  useLayoutEffect(() => {
    if (!locked) return;
    const was = lastIn.current;
    lastIn.current = null;
    const active = document.activeElement;
    if (was && !was.isConnected && (!active || active === document.body)) note.current?.focus();
  }, [locked]);
  return {
    note,
    watch: {
      onFocus: (e: { target: Element }) => {
        lastIn.current = e.target;
      },
    },
  };
}

/** Shown instead of controls once the facilitator locks answers. Focusable from script: it takes the keyboard from the controls it replaces. */
export function LockedNote({ ref }: { ref?: Ref<HTMLParagraphElement> }) {
  return (
    <p className="cgv-locked" role="note" tabIndex={-1} ref={ref}>
      <span aria-hidden="true">🔒 </span>
      <Trans>Answers are locked. You can still see what you chose.</Trans>
    </p>
  );
}
