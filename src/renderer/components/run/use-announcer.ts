import { useCallback, useRef, useState } from 'react';

/** A polite live region's text; saying the same thing twice still gets announced. */
export function useAnnouncer() {
  const [message, setMessage] = useState('');
  const flip = useRef(false);
  const announce = useCallback((text: string) => {
    flip.current = !flip.current;
    // A zero-width space makes a repeated message a change the screen reader notices.
    setMessage(flip.current ? text : `${text}\u200b`);
  }, []);
  return { message, announce };
}
