import { useId, useRef, useState, type FormEvent } from 'react';
import { ScreenHeading } from '../../ui/focus-rule';

/** Six letters and numbers; the room lengthens it (up to 10) when someone keeps guessing. */
const MIN_CODE_LENGTH = 6;
const MAX_CODE_LENGTH = 10;
const clean = (typed: string) => typed.toUpperCase().replace(/[\s-]/g, '');

/** At the bare address: type the code from the screen, then go to the room's page. */
export function CodeEntry({
  go = (path: string) => window.location.assign(path),
  initialCode = '',
}: {
  go?: (path: string) => void;
  /** Typed in the HTML's own code form before the script took over: kept. */
  initialCode?: string | undefined;
}) {
  const [code, setCode] = useState(initialCode.toUpperCase());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  const hintId = useId();
  const errorId = useId();

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (busy) return; // already checking: the button stays focusable (aria-disabled) but does nothing
    const typed = clean(code);
    if (typed.length < MIN_CODE_LENGTH || typed.length > MAX_CODE_LENGTH) {
      setError(`The code has ${MIN_CODE_LENGTH} to ${MAX_CODE_LENGTH} letters and numbers. Check the screen and type all of them.`);
      field.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const res = await fetch('/join', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: typed }) });
      const body = (await res.json().catch(() => ({}))) as { ok?: boolean; path?: string; message?: string };
      if (body.ok && typeof body.path === 'string' && body.path.startsWith('/j/')) {
        go(body.path);
        return;
      }
      setError(body.message ?? 'That did not work. Check the code on the screen and try again.');
    } catch {
      setError('Could not reach the workshop. Check that you are on the same Wi-Fi as the facilitator, then try again.');
    }
    setBusy(false);
    field.current?.focus();
  }

  return (
    <main id="main" className="ph-screen">
      <form className="ph-form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <div className="ph-body">
          <p className="ph-kicker">Common Ground</p>
          <ScreenHeading className="ph-title">Join the workshop</ScreenHeading>
          <label htmlFor={fieldId} className="ph-label">
            Code from the screen
          </label>
          <p id={hintId} className="ph-hint">
            The letters and numbers on the screen, like ACD EFG.
          </p>
          <input
            id={fieldId}
            ref={field}
            className="ph-input ph-code-input"
            value={code}
            onChange={(e) => setCode(e.target.value.toUpperCase())}
            autoComplete="off"
            autoCapitalize="characters"
            autoCorrect="off"
            spellCheck={false}
            inputMode="text"
            maxLength={14}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          />
          {error ? (
            <p id={errorId} className="ph-error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <div className="ph-actions">
          <button type="submit" className="ph-btn ph-btn-primary" aria-disabled={busy || undefined} aria-busy={busy || undefined}>
            {busy ? 'Joining…' : 'Join'}
          </button>
        </div>
      </form>
    </main>
  );
}
