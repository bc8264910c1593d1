import { useEffect, useId, useRef, useState } from 'react';
import { Trans } from '@lingui/react/macro';

/** How long a person's answers stay open on the shared screen without a touch or a key. */
export const IDLE_MS = 120_000;
/** How long "Still answering?" waits before putting the answers away. */
export const GRACE_MS = 20_000;

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Someone who walks away from the shared screen without pressing "Done" must
 * not leave their answers open for the next person. After `idleMs` without
 * input it asks "Still answering?" over the answers (which it hides), and
 * after `graceMs` more it hands over for them (their answers are saved; a PIN
 * they set stays).
 */
export function IdleGuard({
  name,
  onTimeout,
  idleMs = IDLE_MS,
  graceMs = GRACE_MS,
}: {
  name: string;
  onTimeout: () => void;
  idleMs?: number;
  graceMs?: number;
}) {
  const [asking, setAsking] = useState(false);
  const timeout = useRef(onTimeout);
  timeout.current = onTimeout;
  const titleId = useId();
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (asking) {
      button.current?.focus();
      const t = setTimeout(() => timeout.current(), graceMs);
      return () => clearTimeout(t);
    }
    let t = setTimeout(() => setAsking(true), idleMs);
    const restart = () => {
      clearTimeout(t);
      t = setTimeout(() => setAsking(true), idleMs);
    };
    for (const e of ACTIVITY) window.addEventListener(e, restart, { capture: true, passive: true });
    return () => {
      clearTimeout(t);
      for (const e of ACTIVITY) window.removeEventListener(e, restart, { capture: true });
    };
  }, [asking, idleMs, graceMs]);

  if (!asking) return null;
  const seconds = Math.round(graceMs / 1000);
  return (
    <div className="part-idle" role="alertdialog" aria-modal="true" aria-labelledby={titleId} data-testid="idle-guard">
      <div className="part-idle-box">
        <h2 id={titleId}>
          <Trans>Still answering, {name}?</Trans>
        </h2>
        <p>
          <Trans>Your answers are saved. In {seconds} seconds they will be put away so the next person cannot see them.</Trans>
        </p>
        <button ref={button} type="button" className="part-btn" onClick={() => setAsking(false)}>
          <Trans>Yes, I’m still here</Trans>
        </button>
      </div>
    </div>
  );
}
