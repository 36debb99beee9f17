import { useEffect, useState } from 'react';
import { utcDay } from '@/lib/format/date';

const DAY_MS = 86_400_000;

/**
 * Today's UTC date (`YYYY-MM-DD`), updated just after 00:00 UTC, so relative ranges
 * ("last 7 days") move on by themselves on a screen left open overnight.
 */
export function useUtcToday(): string {
  const [today, setToday] = useState(() => utcDay(Date.now()));
  useEffect(() => {
    const now = Date.now();
    const nextMidnight = (Math.floor(now / DAY_MS) + 1) * DAY_MS;
    const id = window.setTimeout(() => setToday(utcDay(Date.now())), nextMidnight - now + 1_000);
    return () => window.clearTimeout(id);
  }, [today]);
  return today;
}
