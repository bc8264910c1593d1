import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useApp } from '../../app/store-context';
import { waitInWords } from '../../../shared/room-privacy';
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
      setError('Enter the 4 digits of your PIN.');
      return;
    }
    setBusy(true);
    try {
      const r = await checkPin(person.id, pin);
      if (r.unlocked) return onOpen();
      setPin('');
      setError(
        r.retryAfterSeconds > 0
          ? `That PIN is not right. Too many tries: wait ${waitInWords(r.retryAfterSeconds)}, or ask the facilitator.`
          : `That PIN is not right. ${r.triesLeft} ${r.triesLeft === 1 ? 'try' : 'tries'} left before a wait.`,
      );
      pinField.current?.focus();
    } catch (err) {
      setError(err instanceof Error ? err.message : 'The PIN could not be checked. Try again.');
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
            <span aria-hidden="true">✓</span> Done
          </span>
        ) : null}
      </ScreenHeading>
      <p>
        {person.name} has handed over. Their answers are private: only {person.name} can open them
        {hasPin ? ', with their PIN.' : '.'}
      </p>
      {asking ? (
        <form className="part-pin-form" onSubmit={(e) => void submit(e)}>
          <PinInput
            ref={pinField}
            label="Your PIN"
            value={pin}
            error={error}
            onChange={(v) => {
              setPin(v);
              setError(null);
            }}
          />
          <div className="part-actions">
            <button type="submit" className="part-btn part-btn-primary" aria-busy={busy || undefined}>
              Open my answers
            </button>
            <button type="button" className="part-btn" onClick={onBack}>
              Back to the names
            </button>
          </div>
          <p className="part-pin-hint">Forgot it? The facilitator can open your answers without it.</p>
        </form>
      ) : (
        <div className="part-actions">
          <button type="button" className="part-btn part-btn-primary" onClick={itsMe}>
            It’s me: change my answers
          </button>
          <button type="button" className="part-btn" onClick={onBack}>
            Back to the names
          </button>
        </div>
      )}
    </section>
  );
}
