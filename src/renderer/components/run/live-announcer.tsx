import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';

const AnnounceContext = createContext<(text: string) => void>(() => {});

/** Say something in the nearest LiveAnnouncer's polite region (nothing outside one). */
export function useAnnounce(): (text: string) => void {
  return useContext(AnnounceContext);
}

/**
 * A polite live region and the function that speaks in it. Words given in the same
 * moment are said together (the last would otherwise replace the first before a
 * screen reader reads it). The same words twice in a row are still said: every new
 * message alternates a trailing zero-width space, so the region's text always changes.
 */
export function useLiveRegion(testId?: string): { announce: (text: string) => void; region: ReactNode } {
  const [message, setMessage] = useState('');
  const batch = useRef<string[] | null>(null);
  const flip = useRef(false);
  const announce = useCallback((text: string) => {
    const words = text.trim();
    if (!words) return;
    if (batch.current) batch.current.push(words);
    else {
      batch.current = [words];
      flip.current = !flip.current;
      queueMicrotask(() => {
        batch.current = null;
      });
    }
    const all = batch.current.join(' ');
    setMessage(flip.current ? all : `${all}\u200b`);
  }, []);
  const region = (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid={testId}>
      {message}
    </p>
  );
  return { announce, region };
}

/** One polite live region for a screen: everything inside speaks in it with useAnnounce(). */
export function LiveAnnouncer({ children, testId }: { children?: ReactNode; testId?: string }) {
  const { announce, region } = useLiveRegion(testId);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      {region}
    </AnnounceContext.Provider>
  );
}
