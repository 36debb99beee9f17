/**
 * UTC calendar days (`YYYY-MM-DD`): the API's date filters are inclusive UTC dates, and the
 * date range of every page is a range of them (docs/glossary.md "Time"). Nothing here touches
 * the browser's zone.
 */

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

/** A real calendar day in the `YYYY-MM-DD` form (`2026-02-30` is not). */
export function isCalendarDay(value: string | null | undefined): value is string {
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

/** Inclusive range of UTC days; a missing end is open. */
export type DayRange = { after?: string; before?: string };
/** A range with both ends. */
export type ClosedDayRange = { after: string; before: string };

/**
 * The date range choices of every page, in the order they are offered. Each ends today,
 * today included: `7d` on 26 Aug is 20–26 Aug. `all` is no date filter.
 */
export const RANGE_PRESETS = ['today', '7d', '30d', '90d', 'all'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export const RANGE_PRESET_LABEL: Record<RangePreset, string> = {
  today: 'Today',
  '7d': '7 days',
  '30d': '30 days',
  '90d': '90 days',
  all: 'Any time',
};

const PRESET_DAYS: Record<Exclude<RangePreset, 'all'>, number> = { today: 1, '7d': 7, '30d': 30, '90d': 90 };

/** What a preset means, for its tooltip. */
export function rangePresetDescription(preset: RangePreset): string {
  if (preset === 'all') return 'No date filter';
  if (preset === 'today') return 'Today so far (UTC)';
  return `The last ${PRESET_DAYS[preset]} UTC days, today included`;
}

/** The preset's days on `today`; `all` is the open range. */
export function presetRange(preset: RangePreset, today: string): DayRange {
  if (preset === 'all') return {};
  return { after: addUtcDays(today, 1 - PRESET_DAYS[preset]), before: today };
}

function isClosedRange(range: DayRange): range is ClosedDayRange {
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
