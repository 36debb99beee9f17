/** One module for every number, date and duration the dashboard shows. */

export type TimeZoneChoice = 'utc' | 'local';

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });
const percent0 = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });
const percent1 = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });
const decimal1 = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const EMPTY = '—';

const ok = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

export function formatNumber(n: number | null | undefined): string {
  return ok(n) ? integer.format(n) : EMPTY;
}

export function formatCompact(n: number | null | undefined): string {
  return ok(n) ? compact.format(n) : EMPTY;
}

/** `ratio` is 0..1 (may exceed 1). Small non-zero values keep one decimal. */
export function formatPercent(ratio: number | null | undefined): string {
  if (!ok(ratio)) return EMPTY;
  return Math.abs(ratio) < 0.1 && ratio !== 0 ? percent1.format(ratio) : percent0.format(ratio);
}

export function formatDecimal(n: number | null | undefined): string {
  return ok(n) ? decimal1.format(n) : EMPTY;
}

/** Parses DRF (`…Z`) and Python isoformat (`…+00:00`, microseconds) timestamps. */
export function parseTimestamp(value: string | null | undefined): Date | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms);
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
function dtf(zone: TimeZoneChoice, withSeconds: boolean): Intl.DateTimeFormat {
  const key = `${zone}:${withSeconds}`;
  let fmt = dateTimeFormats.get(key);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-GB', {
      year: 'numeric',
      month: 'short',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: withSeconds ? '2-digit' : undefined,
      hourCycle: 'h23',
      timeZone: zone === 'utc' ? 'UTC' : undefined,
    });
    dateTimeFormats.set(key, fmt);
  }
  return fmt;
}

/** `26 Nov 2026, 14:05 UTC` or local time with the zone's short name. */
export function formatDateTime(
  value: string | Date | null | undefined,
  zone: TimeZoneChoice,
  options: { seconds?: boolean } = {},
): string {
  const date = value instanceof Date ? value : parseTimestamp(value);
  if (!date) return EMPTY;
  const text = dtf(zone, options.seconds ?? false).format(date);
  return zone === 'utc' ? `${text} UTC` : text;
}

/** `3 min ago`, `in 2 h`, `just now`. */
export function formatRelative(value: string | Date | null | undefined, now: number = Date.now()): string {
  const date = value instanceof Date ? value : parseTimestamp(value);
  if (!date) return EMPTY;
  const seconds = Math.round((date.getTime() - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 10) return 'just now';
  const text = formatDuration(abs * 1000, { coarse: true });
  return seconds < 0 ? `${text} ago` : `in ${text}`;
}

/** `1 h 05 min`, `42 s`; coarse keeps the largest unit only. */
export function formatDuration(ms: number | null | undefined, options: { coarse?: boolean } = {}): string {
  if (!ok(ms)) return EMPTY;
  const total = Math.max(0, Math.round(ms / 1000));
  const d = Math.floor(total / 86400);
  const h = Math.floor((total % 86400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (options.coarse) {
    if (d) return `${d} d`;
    if (h) return `${h} h`;
    if (m) return `${m} min`;
    return `${s} s`;
  }
  if (d) return `${d} d ${h} h`;
  if (h) return `${h} h ${String(m).padStart(2, '0')} min`;
  if (m) return `${m} min ${String(s).padStart(2, '0')} s`;
  return `${s} s`;
}

/** `HH:MM:SS` countdown. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return [h, m, s].map((v) => String(v).padStart(2, '0')).join(':');
}

/** UTC calendar day `YYYY-MM-DD` of an instant. */
export function utcDay(value: Date | number): string {
  return new Date(value).toISOString().slice(0, 10);
}

/** `Nov 26` for a `YYYY-MM-DD` UTC day label. */
export function formatUtcDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat('en-GB', { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/** First 8 characters of a long id, for tables; the full value goes in a title and copy button. */
export function shortId(value: string, length = 8): string {
  return value.length > length + 1 ? `${value.slice(0, length)}…` : value;
}

/** `gpu_compute` → `Gpu compute`. Intent slugs differ per deployment; never hard-code them. */
export function humanizeSlug(slug: string): string {
  const text = slug.replace(/[_-]+/g, ' ').trim();
  return text ? text[0].toUpperCase() + text.slice(1) : slug;
}
