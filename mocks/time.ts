/** Date handling in UTC only: the server buckets every "day" by UTC date (docs/api.md §1.6). */

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}

/** `YYYY-MM-DD` of the UTC day containing `ms`. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * DRF-style datetime: ISO-8601 with milliseconds and `Z`. Python's isoformat drops the
 * fraction entirely when it is zero, so whole-second values come out without one.
 */
export function drfDateTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  return ms % 1000 === 0 ? `${iso.slice(0, 19)}Z` : iso;
}

/**
 * Python `datetime.isoformat()` of a UTC value: microseconds and `+00:00` (the `by-user/`
 * `last_seen` field is pre-stringified this way). `micro` is the sub-millisecond part, 0–999.
 */
export function pythonIsoDateTime(ms: number, micro: number): string {
  const iso = new Date(ms).toISOString();
  const fraction = (ms % 1000) * 1000 + micro;
  const seconds = iso.slice(0, 19);
  return fraction === 0 ? `${seconds}+00:00` : `${seconds}.${String(fraction).padStart(6, '0')}+00:00`;
}

/**
 * Parses a django `DateField` value: `YYYY-MM-DD` naming a real calendar day, surrounding
 * whitespace allowed. Returns the normalised day or null.
 */
export function parseIsoDate(raw: string): string | null {
  const value = raw.trim();
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return utcDay(ms);
}

/** The last `days` UTC dates ending with the day of `now`, oldest first. */
export function dayLabels(now: number, days: number): string[] {
  const today = startOfUtcDay(now);
  const labels: string[] = [];
  for (let i = days - 1; i >= 0; i -= 1) labels.push(utcDay(today - i * DAY));
  return labels;
}
