import { useEffect, useState } from 'react';
import { Trans } from '@lingui/react/macro';

const isFullscreen = () => typeof document !== 'undefined' && Boolean(document.fullscreenElement);

/** Fill the projector; hides itself once the page is full screen (Esc leaves). */
export function FullscreenButton({ className }: { className?: string }) {
  const [full, setFull] = useState(isFullscreen);
  useEffect(() => {
    const update = () => setFull(isFullscreen());
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  if (full || !document.fullscreenEnabled) return null;
  return (
    <button
      type="button"
      className={['present-fullscreen', className].filter(Boolean).join(' ')}
      onClick={() => {
        void document.documentElement.requestFullscreen?.().catch(() => undefined);
      }}
    >
      <Trans>Full screen</Trans>
    </button>
  );
}
