import { useSyncExternalStore, type ReactNode } from 'react';

export type SurfaceKind = 'projector' | 'console' | 'phone';

/** The theme wrapper every view renders inside: dark projector, light console, touch-first phone. */
export function Surface({ kind, className, children, label }: { kind: SurfaceKind; className?: string; children: ReactNode; label?: string }) {
  return (
    <div className={['cg-views', `cg-surface-${kind}`, className].filter(Boolean).join(' ')} aria-label={label} role={label ? 'region' : undefined}>
      {children}
    </div>
  );
}

const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => {};
  const mq = window.matchMedia(QUERY);
  mq.addEventListener?.('change', onChange);
  return () => mq.removeEventListener?.('change', onChange);
}

/** True when the person asked their system for less motion. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => (typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(QUERY).matches : false),
    () => false,
  );
}
