import type { SaveStatus } from './answers';

/** A quiet tick after a save; a loud, recoverable message when it fails. */
export function SaveFeedback({ status, onDismiss }: { status: SaveStatus; onDismiss(): void }) {
  if (status.kind === 'error') {
    return (
      <div className="cgv-error" role="alert">
        <p className="cgv-error-title">Couldn't save. Try again.</p>
        <p className="cgv-error-reason">{status.reason} Your last change was undone.</p>
        <div className="cgv-error-actions">
          <button type="button" className="cgv-btn cgv-btn-primary" onClick={status.retry}>
            Try again
          </button>
          <button type="button" className="cgv-btn" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      </div>
    );
  }
  return (
    <p className={`cgv-saved cgv-saved-${status.kind}`} role="status">
      {status.kind === 'saved' ? (
        <>
          <span aria-hidden="true">✓ </span>Saved
        </>
      ) : status.kind === 'saving' ? (
        'Saving…'
      ) : null}
    </p>
  );
}

/** Shown instead of controls once the facilitator locks answers. */
export function LockedNote() {
  return (
    <p className="cgv-locked" role="note">
      <span aria-hidden="true">🔒 </span>Answers are locked. You can still see what you chose.
    </p>
  );
}
