/** One module for every number, date and duration the dashboard shows. */

export type TimeZoneChoice = 'utc' | 'local';

/**
 * Intl formatters are made on first use, not when the module loads (it is in the first load of
 * every page): a page pays only for the ones it shows.
 */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

const integer = lazy(() => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }));
const compact = lazy(() => new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 }));
const percent0 = lazy(() => new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 }));
const percent1 = lazy(() => new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }));
const decimal1 = lazy(
  () => new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
);

export const EMPTY = '—';

const ok = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

export function formatNumber(n: number | null | undefined): string {
  return ok(n) ? integer().format(n) : EMPTY;
}

export function formatCompact(n: number | null | undefined): string {
  return ok(n) ? compact().format(n) : EMPTY;
}

/** `ratio` is 0..1 (may exceed 1). Small non-zero values keep one decimal. */
export function formatPercent(ratio: number | null | undefined): string {
  if (!ok(ratio)) return EMPTY;
  return Math.abs(ratio) < 0.1 && ratio !== 0 ? percent1().format(ratio) : percent0().format(ratio);
}

export function formatDecimal(n: number | null | undefined): string {
  return ok(n) ? decimal1().format(n) : EMPTY;
}

/** Parses DRF (`…Z`) and Python isoformat (`…+00:00`, microseconds) timestamps. */
export function parseTimestamp(value: string | null | undefined): Date | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms);
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
function dtf(zone: TimeZoneChoice, withSeconds: boolean, withYear = true): Intl.DateTimeFormat {
  const key = `${zone}:${withSeconds}:${withYear}`;
  let fmt = dateTimeFormats.get(key);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-GB', {
      year: withYear ? 'numeric' : undefined,
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

/**
 * `26 Nov 2026, 14:05 UTC` or local time with the zone's short name. `compact` (dense tables,
 * with the full form in a tooltip) leaves out the year of this year's dates: `26 Nov, 14:05 UTC`.
 */
export function formatDateTime(
  value: string | Date | null | undefined,
  zone: TimeZoneChoice,
  options: { seconds?: boolean; compact?: boolean; now?: number } = {},
): string {
  const date = value instanceof Date ? value : parseTimestamp(value);
  if (!date) return EMPTY;
  const withYear =
    !options.compact || yearIn(date, zone) !== yearIn(new Date(options.now ?? Date.now()), zone);
  const text = dtf(zone, options.seconds ?? false, withYear).format(date);
  return zone === 'utc' ? `${text} UTC` : text;
}

function yearIn(date: Date, zone: TimeZoneChoice): number {
  return zone === 'utc' ? date.getUTCFullYear() : date.getFullYear();
}

const timeOfDayFormats = new Map<string, Intl.DateTimeFormat>();
function tf(zone: TimeZoneChoice, withSeconds: boolean): Intl.DateTimeFormat {
  const key = `${zone}:${withSeconds}`;
  let fmt = timeOfDayFormats.get(key);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      second: withSeconds ? '2-digit' : undefined,
      hourCycle: 'h23',
      timeZone: zone === 'utc' ? 'UTC' : undefined,
    });
    timeOfDayFormats.set(key, fmt);
  }
  return fmt;
}

/** `14:02 UTC` or local `15:02`: a time of day without the date, for events within the next 24 h. */
export function formatTimeOfDay(
  value: string | Date | null | undefined,
  zone: TimeZoneChoice,
  options: { seconds?: boolean } = {},
): string {
  const date = value instanceof Date ? value : parseTimestamp(value);
  if (!date) return EMPTY;
  const text = tf(zone, options.seconds ?? false).format(date);
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

const shortUtcDay = lazy(
  () => new Intl.DateTimeFormat('en-GB', { month: 'short', day: 'numeric', timeZone: 'UTC' }),
);

/** `Nov 26` for a `YYYY-MM-DD` UTC day label. */
export function formatUtcDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return shortUtcDay().format(date);
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

const rate1 = lazy(
  () =>
    new Intl.NumberFormat('en-GB', {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }),
);
const score = lazy(
  () => new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 2 }),
);
const signedInteger = lazy(
  () => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0, signDisplay: 'exceptZero' }),
);
const signedPercent = lazy(
  () =>
    new Intl.NumberFormat('en-GB', {
      style: 'percent',
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    }),
);
const signedPoints = lazy(
  () =>
    new Intl.NumberFormat('en-GB', {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    }),
);
const signedScore = lazy(
  () =>
    new Intl.NumberFormat('en-GB', {
      minimumFractionDigits: 1,
      maximumFractionDigits: 2,
      signDisplay: 'exceptZero',
    }),
);

/** Typographic minus: `−3`, not the hyphen `-3` that Intl emits. */
const minus = (text: string): string => text.replace(/^-/, '\u2212');

/** A KPI rate (0..1, may exceed 1) with one decimal: `77.8%`; null stays `—`, never `0%`. */
export function formatRate(ratio: number | null | undefined): string {
  return ok(ratio) ? rate1().format(ratio) : EMPTY;
}

/** A mean score such as the judge's 1–5 resolution: `3.9`, `3.86`. */
export function formatScore(n: number | null | undefined): string {
  return ok(n) ? score().format(n) : EMPTY;
}

/** `+12`, `−3`, `0`: a change in a count. */
export function formatSignedNumber(n: number | null | undefined): string {
  return ok(n) ? minus(signedInteger().format(n)) : EMPTY;
}

/** `+4.1%`, `−12%`: a relative change (`ratio` 0.041 → `+4.1%`). */
export function formatSignedPercent(ratio: number | null | undefined): string {
  return ok(ratio) ? minus(signedPercent().format(ratio)) : EMPTY;
}

/** A change between two rates in percentage points: 0.032 → `+3.2 pp`. */
export function formatPercentagePoints(difference: number | null | undefined): string {
  return ok(difference) ? `${minus(signedPoints().format(difference * 100))} pp` : EMPTY;
}

/** A change in a mean score: `+0.3`, `−0.25`. */
export function formatSignedScore(n: number | null | undefined): string {
  return ok(n) ? minus(signedScore().format(n)) : EMPTY;
}

const longUtcDay = lazy(
  () =>
    new Intl.DateTimeFormat('en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }),
);
const dayMonthYear = lazy(
  () =>
    new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }),
);

function parseUtcDay(day: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `Wed, 26 Aug 2026` for a `YYYY-MM-DD` UTC day (tooltips, tables). */
export function formatUtcDayLong(day: string): string {
  const date = parseUtcDay(day);
  return date ? longUtcDay().format(date) : day;
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

/**
 * A total over parts some of which are unknown (null counts on old rows): `1,234` when every
 * part is known, `≥ 1,234` when some are missing (the known parts are a lower bound), `—` when
 * none is known. Missing parts never count as 0.
 */
export function formatPartialSum(known: number, missingParts: number, totalParts: number): string {
  if (!ok(known) || totalParts <= 0 || missingParts >= totalParts) return EMPTY;
  return missingParts > 0 ? `≥ ${integer().format(known)}` : integer().format(known);
}

/** `1 turn`, `1,204 turns`; the plural defaults to singular + `s`. */
export function formatCount(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(n)} ${n === 1 ? singular : plural}`;
}

/**
 * One line of plain text for a table cell: runs of whitespace (newlines, tabs) become one
 * space, and text longer than `max` characters is cut at a word boundary with `…`. Never
 * interprets the text; React renders the result as text.
 */
export function excerpt(text: string | null | undefined, max = 140): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** `true` → `Yes`, `false` → `No`, anything else `—`. */
export function formatYesNo(value: boolean | null | undefined): string {
  return value === true ? 'Yes' : value === false ? 'No' : EMPTY;
}
