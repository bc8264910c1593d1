import { useId, useRef, useState, type FormEvent } from 'react';
import { ph } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { ScreenHeading } from '../../ui/focus-rule';
import { said } from './reasons';

/** Six letters and numbers; the room lengthens it (up to 10) when someone keeps guessing. */
const MIN_CODE_LENGTH = 6;
const MAX_CODE_LENGTH = 10;
/** What a code looks like, shown in the hint (not a word: the same in every language). */
const EXAMPLE_CODE = 'ACD EFG';
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
  const { t, i18n } = useLingui();
  /** What went wrong, said in the phone's language when it shows (the room's own words as they came). */
  const [error, setError] = useState<'length' | 'failed' | 'offline' | { said: string; reason?: unknown } | null>(null);
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
      setError('length');
      field.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const res = await fetch('/join', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: typed }) });
      const body = (await res.json().catch(() => ({}))) as { ok?: boolean; path?: string; message?: string; reason?: unknown };
      if (body.ok && typeof body.path === 'string' && body.path.startsWith('/j/')) {
        go(body.path);
        return;
      }
      setError(body.message ? { said: body.message, reason: body.reason } : 'failed');
    } catch {
      setError('offline');
    }
    setBusy(false);
    field.current?.focus();
  }

  return (
    <main id="main" className="ph-screen">
      <form className="ph-form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <div className="ph-body">
          <p className="ph-kicker">Common Ground</p>
          <ScreenHeading className="ph-title">
            <Trans>Join the workshop</Trans>
          </ScreenHeading>
          <label htmlFor={fieldId} className="ph-label">
            <Trans>Code from the screen</Trans>
          </label>
          <p id={hintId} className="ph-hint">
            <Trans>The letters and numbers on the screen, like {ph({ example: EXAMPLE_CODE })}.</Trans>
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
              {error === 'length'
                ? t`The code has ${ph({ min: MIN_CODE_LENGTH })} to ${ph({ max: MAX_CODE_LENGTH })} letters and numbers. Check the screen and type all of them.`
                : error === 'failed'
                  ? t`That did not work. Check the code on the screen and try again.`
                  : error === 'offline'
                    ? t`Could not reach the workshop. Check that you are on the same Wi-Fi as the facilitator, then try again.`
                    : said(error.reason, error.said, i18n)}
            </p>
          ) : null}
        </div>
        <div className="ph-actions">
          <button type="submit" className="ph-btn ph-btn-primary" aria-disabled={busy || undefined} aria-busy={busy || undefined}>
            {busy ? t`Joining…` : t`Join`}
          </button>
        </div>
      </form>
    </main>
  );
}
