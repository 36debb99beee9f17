/**
 * UTC day arithmetic for the overview's date range. The API filters on UTC calendar days
 * (`created_after`/`created_before` are inclusive dates), so every computation here works on
 * `YYYY-MM-DD` strings in UTC and never touches the browser's zone.
 */

export const RANGE_PRESETS = ['today', '7d', '30d', '90d'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export const DEFAULT_RANGE: RangePreset = '30d';

export const PRESET_DAYS: Record<RangePreset, number> = { today: 1, '7d': 7, '30d': 30, '90d': 90 };

/** Inclusive range of UTC days; a missing end is open. */
export type DayRange = { after?: string; before?: string };
/** A range with both ends. */
export type ClosedDayRange = { after: string; before: string };

const DAY_MS = 86_400_000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayToMs(day: string): number {
  const match = DAY_RE.exec(day);
  if (!match) return Number.NaN;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function msToDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A real calendar day (`2026-02-30` is not) in the `YYYY-MM-DD` form. */
export function isCalendarDay(value: string | undefined | null): value is string {
  if (!value) return false;
  const ms = dayToMs(value);
  return Number.isFinite(ms) && msToDay(ms) === value;
}

/** `day` plus `n` UTC days (negative to go back); crosses months, years and leap days. */
export function addUtcDays(day: string, n: number): string {
  const ms = dayToMs(day);
  if (!Number.isFinite(ms)) throw new RangeError(`Not a YYYY-MM-DD day: ${day}`);
  return msToDay(ms + n * DAY_MS);
}

/** Whole days from `a` to `b` (`b - a`); 0 for the same day. */
export function utcDayDiff(a: string, b: string): number {
  return Math.round((dayToMs(b) - dayToMs(a)) / DAY_MS);
}

/** The preset's days ending with `today` (inclusive): `7d` on 26 Aug is 20–26 Aug. */
export function presetRange(preset: RangePreset, today: string): ClosedDayRange {
  return { after: addUtcDays(today, 1 - PRESET_DAYS[preset]), before: today };
}

export function isClosedRange(range: DayRange): range is ClosedDayRange {
  return isCalendarDay(range.after) && isCalendarDay(range.before);
}

/** Number of days in an inclusive range; null when it is open-ended or reversed. */
export function rangeLength(range: DayRange): number | null {
  if (!isClosedRange(range)) return null;
  const days = utcDayDiff(range.after, range.before) + 1;
  return days >= 1 ? days : null;
}

/**
 * The window of equal length that ends the day before `range` starts: 20–26 Aug → 13–19 Aug;
 * a single day → the day before. Open-ended ranges have no previous window.
 */
export function previousRange(range: DayRange): ClosedDayRange | null {
  const days = rangeLength(range);
  if (days === null || !range.after) return null;
  return { after: addUtcDays(range.after, -days), before: addUtcDays(range.after, -1) };
}

/** Whether the range runs up to today or later: its last day is not over yet. */
export function includesToday(range: DayRange, today: string): boolean {
  return !range.before || range.before >= today;
}

/** `days` UTC days ending today: the days the server fills `daily_volume` with. */
export function lastDays(days: number, today: string): ClosedDayRange {
  return { after: addUtcDays(today, 1 - days), before: today };
}

/**
 * Whether the date filter leaves out some of the `days` UTC days ending today. The server still
 * sends every day of its window (zero-padded), so the chart must say those zeros are filtered.
 */
export function filterClipsWindow(range: DayRange, days: number, today: string): boolean {
  const shown = lastDays(days, today);
  return (
    (range.after !== undefined && range.after > shown.after) ||
    (range.before !== undefined && range.before < shown.before)
  );
}
