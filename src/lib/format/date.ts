import { dateTimeFormat } from './intl';
import { EMPTY } from './text';

/** Instants in UTC or the browser's zone (one global switch); UTC days are always UTC. */
export type TimeZoneChoice = 'utc' | 'local';

/** Parses DRF (`…Z`) and Python isoformat (`…+00:00`, microseconds) timestamps (docs/api.md §1.6). */
export function parseTimestamp(value: string | null | undefined): Date | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms);
}

const zoneOf = (zone: TimeZoneChoice) => (zone === 'utc' ? 'UTC' : undefined);
const withZone = (text: string, zone: TimeZoneChoice) => (zone === 'utc' ? `${text} UTC` : text);
const asDate = (value: string | Date | null | undefined) =>
  value instanceof Date ? value : parseTimestamp(value);

/** `date` parts (if any), then the 24-hour time, in the zone, with ` UTC` after it in UTC. */
function formatClock(
  date: Date,
  zone: TimeZoneChoice,
  seconds: boolean | undefined,
  dateParts: Intl.DateTimeFormatOptions = {},
): string {
  const format = dateTimeFormat({
    ...dateParts,
    hour: '2-digit',
    minute: '2-digit',
    second: seconds ? '2-digit' : undefined,
    hourCycle: 'h23',
    timeZone: zoneOf(zone),
  });
  return withZone(format.format(date), zone);
}

function yearIn(date: Date, zone: TimeZoneChoice): number {
  return zone === 'utc' ? date.getUTCFullYear() : date.getFullYear();
}

/**
 * `26 Nov 2026, 14:05 UTC` or local time with the zone's short name. `compact` (dense tables,
 * with the full form in a tooltip) leaves out the year of this year's dates: `26 Nov, 14:05 UTC`.
 */
export function formatDateTime(
  value: string | Date | null | undefined,
  zone: TimeZoneChoice,
  options: { seconds?: boolean; compact?: boolean; now?: number } = {},
): string {
  const date = asDate(value);
  if (!date) return EMPTY;
  const withYear =
    !options.compact || yearIn(date, zone) !== yearIn(new Date(options.now ?? Date.now()), zone);
  return formatClock(date, zone, options.seconds, {
    year: withYear ? 'numeric' : undefined,
    month: 'short',
    day: '2-digit',
  });
}

/** `14:02 UTC` or local `15:02`: a time of day without the date, for events within the next 24 h. */
export function formatTimeOfDay(
  value: string | Date | null | undefined,
  zone: TimeZoneChoice,
  options: { seconds?: boolean } = {},
): string {
  const date = asDate(value);
  if (!date) return EMPTY;
  return formatClock(date, zone, options.seconds);
}

/** `3 min ago`, `in 2 h`, `just now`. */
export function formatRelative(value: string | Date | null | undefined, now: number = Date.now()): string {
  const date = asDate(value);
  if (!date) return EMPTY;
  const seconds = Math.round((date.getTime() - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 10) return 'just now';
  const text = formatDuration(abs * 1000, { coarse: true });
  return seconds < 0 ? `${text} ago` : `in ${text}`;
}

/** UTC calendar day `YYYY-MM-DD` of an instant. */
export function utcDay(value: Date | number): string {
  return new Date(value).toISOString().slice(0, 10);
}

function parseUtcDay(day: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

const dayMonth = () => dateTimeFormat({ month: 'short', day: 'numeric', timeZone: 'UTC' });
const dayMonthYear = () =>
  dateTimeFormat({ day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** `26 Nov` for a `YYYY-MM-DD` UTC day label. */
export function formatUtcDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return dayMonth().format(date);
}

/** `Wed, 26 Aug 2026` for a `YYYY-MM-DD` UTC day (tooltips, tables). */
export function formatUtcDayLong(day: string): string {
  const date = parseUtcDay(day);
  const format = dateTimeFormat({
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return date ? format.format(date) : day;
}

/** An inclusive range of UTC days: `20 Aug – 26 Aug 2026`, `26 Aug 2026`, `since 1 Jul 2026`. */
export function formatUtcDayRange(after: string | undefined, before: string | undefined): string {
  const from = after ? parseUtcDay(after) : null;
  const to = before ? parseUtcDay(before) : null;
  if (from && to) {
    if (after === before) return dayMonthYear().format(from);
    const sameYear = from.getUTCFullYear() === to.getUTCFullYear();
    const start = sameYear ? formatUtcDay(after as string) : dayMonthYear().format(from);
    return `${start} – ${dayMonthYear().format(to)}`;
  }
  if (from) return `since ${dayMonthYear().format(from)}`;
  if (to) return `until ${dayMonthYear().format(to)}`;
  return 'all time';
}

/** `1 h 05 min`, `42 s`; coarse keeps the largest unit only. */
export function formatDuration(ms: number | null | undefined, options: { coarse?: boolean } = {}): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return EMPTY;
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
