import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useApp } from '../../app/store-context';
import { ph, plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { ScreenHeading } from '../../../ui/focus-rule';
import type { Person } from './AnswerPanel';
import { isPin, PinInput } from './PinInput';

/**
 * A person who has handed over: their answers stay closed until they take the
 * step themselves ("It's me: change my answers"), with their PIN if they set one.
 */
export function ReopenStep({
  person,
  hasPin,
  done,
  onOpen,
  onBack,
}: {
  person: Person;
  hasPin: boolean;
  /** Handed over during the activity on screen. */
  done: boolean;
  onOpen(): void;
  onBack(): void;
}) {
  const checkPin = useApp((s) => s.checkPin);
  const { t } = useLingui();
  const [asking, setAsking] = useState(false);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const pinField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);
  useEffect(() => {
    if (asking) pinField.current?.focus();
  }, [asking]);

  const itsMe = () => {
    if (hasPin) setAsking(true);
    else onOpen();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!isPin(pin)) {
      setError(t`Enter the 4 digits of your PIN.`);
      return;
    }
    setBusy(true);
    try {
      const r = await checkPin(person.id, pin);
      if (r.unlocked) return onOpen();
      setPin('');
      const wait = r.retryAfterSeconds;
      const minutes = Math.ceil(wait / 60);
      const tries = r.triesLeft;
      setError(
        wait >= 60
          ? t`That PIN is not right. Too many tries: wait ${plural(minutes, { one: '# minute', other: '# minutes' })}, or ask the facilitator.`
          : wait > 0
            ? t`That PIN is not right. Too many tries: wait ${plural(wait, { one: '# second', other: '# seconds' })}, or ask the facilitator.`
            : t`That PIN is not right. ${plural(tries, { one: '# try', other: '# tries' })} left before a wait.`,
      );
      pinField.current?.focus();
    } catch (err) {
      setError(err instanceof Error ? err.message : t`The PIN could not be checked. Try again.`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="part-message part-reopen" aria-labelledby="reopen-heading">
      <ScreenHeading id="reopen-heading" ref={heading}>
        {person.name}
        {done ? (
          <span className="part-done-chip">
            <span aria-hidden="true">✓</span> <Trans>Done</Trans>
          </span>
        ) : null}
      </ScreenHeading>
      <p>
        {hasPin
          ? t`${ph({ name: person.name })} has handed over. Their answers are private: only ${ph({ name: person.name })} can open them, with their PIN.`
          : t`${ph({ name: person.name })} has handed over. Their answers are private: only ${ph({ name: person.name })} can open them.`}
      </p>
      {asking ? (
        <form className="part-pin-form" onSubmit={(e) => void submit(e)}>
          <PinInput
            ref={pinField}
            label={t`Your PIN`}
            value={pin}
            error={error}
            onChange={(v) => {
              setPin(v);
              setError(null);
            }}
          />
          <div className="part-actions">
            <button type="submit" className="part-btn part-btn-primary" aria-busy={busy || undefined}>
              <Trans>Open my answers</Trans>
            </button>
            <button type="button" className="part-btn" onClick={onBack}>
              <Trans>Back to the names</Trans>
            </button>
          </div>
          <p className="part-pin-hint">
            <Trans>Forgot it? The facilitator can open your answers without it.</Trans>
          </p>
        </form>
      ) : (
        <div className="part-actions">
          <button type="button" className="part-btn part-btn-primary" onClick={itsMe}>
            <Trans>It’s me: change my answers</Trans>
          </button>
          <button type="button" className="part-btn" onClick={onBack}>
            <Trans>Back to the names</Trans>
          </button>
        </div>
      )}
    </section>
  );
}
