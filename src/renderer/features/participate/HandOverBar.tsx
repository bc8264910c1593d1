import { useState, type FormEvent } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { isPin, PinError, PinInput } from './PinInput';

/**
 * "Done — next person". Someone without a PIN is offered one here (optional):
 * with it, only they can re-open their answers on this screen.
 */
export function HandOverBar({ hasPin, onHandOver }: { hasPin: boolean; onHandOver(pin: string | undefined): Promise<void> }) {
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { t } = useLingui();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!hasPin && pin !== '' && !isPin(pin)) {
      setError(t`A PIN is 4 digits. Finish it, or clear it to hand over without one.`);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onHandOver(!hasPin && pin ? pin : undefined);
    } catch (err) {
      setError(err instanceof Error ? err.message : t`That did not work. Try again.`);
      setBusy(false);
    }
  };

  return (
    <form className="part-done-bar" onSubmit={(e) => void submit(e)} aria-label={t`Hand over`}>
      {hasPin ? (
        <>
          <p className="part-pin-note">
            <Trans>Your PIN keeps these answers to you.</Trans>
          </p>
          <PinError error={error} />
        </>
      ) : (
        <PinInput
          label={t`Lock your answers with a PIN (optional)`}
          hint={t`Pick 4 digits only you know: nobody else can then open your answers on this screen.`}
          value={pin}
          error={error}
          onChange={(v) => {
            setPin(v);
            setError(null);
          }}
        />
      )}
      <button type="submit" className="part-btn part-btn-primary" aria-busy={busy || undefined}>
        <Trans>Done — next person</Trans>
      </button>
    </form>
  );
}
