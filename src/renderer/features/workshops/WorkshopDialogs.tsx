import { useRef, useState, type FormEvent } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { TextField } from '../../../ui/TextField';
import type { Locale } from '../../../shared/locale';
import { useInterfaceLocale, WorkshopLanguageSelect } from '../planner/WorkshopLanguageSelect';

/** The title, and the room's language (the facilitator's own to start with). Creating opens the planner. */
export function NewWorkshopDialog({ onCreate, onClose }: { onCreate(title: string, language: Locale): Promise<string | null>; onClose(): void }) {
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState<Locale>(useInterfaceLocale());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const { t } = useLingui();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const err = await onCreate(title, language);
    setBusy(false);
    if (err) {
      setError(err);
      inputRef.current?.focus();
    }
  }

  return (
    <Dialog title={t`New workshop`} onClose={onClose} initialFocus={inputRef} size="sm">
      <form onSubmit={submit} className="stack-4" noValidate>
        <TextField
          ref={inputRef}
          label={t`Title`}
          value={title}
          onChange={(e) => {
            setTitle(e.target.value);
            setError(null);
          }}
          placeholder={t`e.g. Q3 lead quality workshop`}
          hint={t`You can change it, and everything else, later.`}
          error={error}
          maxLength={200}
          autoComplete="off"
        />
        <WorkshopLanguageSelect value={language} onChange={setLanguage} />
        <div className="dialog-actions">
          <Button onClick={onClose}>
            <Trans>Cancel</Trans>
          </Button>
          <Button type="submit" variant="primary" busy={busy}>
            <Trans>Create and open</Trans>
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

export function RenameDialog({ current, onRename, onClose }: { current: string; onRename(title: string): string | null; onClose(): void }) {
  const [title, setTitle] = useState(current);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const { t } = useLingui();

  function submit(e: FormEvent) {
    e.preventDefault();
    const err = onRename(title);
    if (err) setError(err);
    else onClose();
  }

  return (
    <Dialog title={t`Rename workshop`} onClose={onClose} initialFocus={inputRef} size="sm">
      <form onSubmit={submit} className="stack-4" noValidate>
        <TextField
          ref={inputRef}
          label={t`Title`}
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
          <Button type="submit" variant="primary">
            <Trans>Rename</Trans>
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
