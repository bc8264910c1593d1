import { useEffect, useState } from 'react';

/**
 * The server's "now" in ms (our clock plus the offset the store measured),
 * refreshed every `periodMs` while `ticking`. Every window computes the same
 * time from the same stored timestamps, so they all agree.
 */
export function useServerNow(ticking: boolean, clockOffsetMs: number, periodMs = 250): number {
  const [now, setNow] = useState(() => Date.now() + clockOffsetMs);
  useEffect(() => {
    setNow(Date.now() + clockOffsetMs);
    if (!ticking) return;
    const id = setInterval(() => setNow(Date.now() + clockOffsetMs), periodMs);
    return () => clearInterval(id);
  }, [ticking, clockOffsetMs, periodMs]);
  return now;
}
