import { useEffect, useState } from 'react';

/** The server's clock, ticking: Date.now() corrected by the offset the server reported. */
export function useServerNow(offsetMs: number, everyMs = 250): number {
  const [now, setNow] = useState(() => Date.now() + offsetMs);
  useEffect(() => {
    const tick = () => setNow(Date.now() + offsetMs);
    tick();
    const id = setInterval(tick, everyMs);
    return () => clearInterval(id);
  }, [offsetMs, everyMs]);
  return now;
}
