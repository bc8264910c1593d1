import { Trans, useLingui } from '@lingui/react/macro';
import { useRef, useState, type FormEvent } from 'react';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { TextField } from '../../../ui/TextField';

/** Rename a series. `onRename` resolves to why not (empty, too long, taken), or null when done. */
export function RenameSeriesDialog({ current, onRename, onClose }: { current: string; onRename(title: string): Promise<string | null>; onClose(): void }) {
  const [title, setTitle] = useState(current);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const { t } = useLingui();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const err = await onRename(title);
    setBusy(false);
    if (err) {
      setError(err);
      inputRef.current?.focus();
    } else onClose();
  }

  return (
    <Dialog title={t`Rename series`} onClose={onClose} initialFocus={inputRef} size="sm">
      <form onSubmit={(e) => void submit(e)} className="stack-4" noValidate>
        <TextField
          ref={inputRef}
          label={t`Series title`}
          value={title}
          onChange={(e) => {
            setTitle(e.target.value);
            setError(null);
          }}
          onFocus={(e) => e.currentTarget.select()}
          error={error}
          maxLength={200}
          autoComplete="off"
        />
        <div className="dialog-actions">
          <Button onClick={onClose}>
            <Trans>Cancel</Trans>
          </Button>
          <Button type="submit" variant="primary" busy={busy}>
            <Trans>Rename</Trans>
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
