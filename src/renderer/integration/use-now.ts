/** The current time, ticking, for screens that say "3 min ago". */
import { useEffect, useState } from 'react';

/** The current time, refreshed every `everyMs`, so relative times on screen stay true. */
export function useNow(everyMs = 15_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
