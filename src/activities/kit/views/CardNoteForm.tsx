import { useEffect, useId, useRef, useState } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { keepOutOfDrag } from './DraggableCard';

/** "Depends on what?": the optional note a column like "Depends" asks for, with a way past it. */
export function CardNoteForm({
  text,
  note,
  onSave,
  onSkip,
  skipText,
  autoFocus = false,
}: {
  text: string;
  note: string;
  onSave(note: string): void;
  onSkip(): void;
  skipText: string;
  autoFocus?: boolean;
}) {
  const [draft, setDraft] = useState(note);
  const { t } = useLingui();
  const fieldId = useId();
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (autoFocus) field.current?.focus({ preventScroll: true });
  }, [autoFocus]);
  return (
    <form
      className="ocs-note"
      aria-label={t`Note for ${text}`}
      {...keepOutOfDrag}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(draft);
      }}
    >
      <label htmlFor={fieldId}>
        <Trans>Depends on what? (optional)</Trans>
      </label>
      <input
        ref={field}
        id={fieldId}
        className="cgv-input"
        value={draft}
        maxLength={200}
        onChange={(e) => setDraft(e.target.value)}
        placeholder={t`e.g. company size`}
      />
      <div className="ocs-note-actions">
        <button type="submit" className="cgv-btn cgv-btn-primary">
          <Trans>Save note</Trans>
        </button>
        <button type="button" className="cgv-btn" onClick={onSkip}>
          {skipText}
        </button>
      </div>
    </form>
  );
}
