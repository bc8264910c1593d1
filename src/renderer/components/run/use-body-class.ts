import { useEffect } from 'react';

/** Put a class on <body> while a screen is shown (theme and layout of full-page run screens). */
export function useBodyClass(className: string): void {
  useEffect(() => {
    document.body.classList.add(className);
    return () => document.body.classList.remove(className);
  }, [className]);
}
