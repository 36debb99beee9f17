/** `YYYY-MM-DD` UTC calendar days: the API's date filters are inclusive UTC dates. */

const DAY_MS = 86_400_000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayToMs(day: string): number {
  const match = DAY_RE.exec(day);
  if (!match) return Number.NaN;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** A real calendar day in the `YYYY-MM-DD` form (`2026-02-30` is not). */
export function isCalendarDay(value: string | null | undefined): value is string {
  if (!value) return false;
  const ms = dayToMs(value);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === value;
}

/** `day` plus `n` UTC days (negative to go back). */
export function addUtcDays(day: string, n: number): string {
  const ms = dayToMs(day);
  if (!Number.isFinite(ms)) throw new RangeError(`Not a YYYY-MM-DD day: ${day}`);
  return new Date(ms + n * DAY_MS).toISOString().slice(0, 10);
}

export type DayRangePreset = { id: string; label: string; days: number };

/** Quick ranges ending today (inclusive): "Last 7 days" on 26 Aug is 20–26 Aug. */
export const DAY_RANGE_PRESETS: readonly DayRangePreset[] = [
  { id: 'today', label: 'Today', days: 1 },
  { id: '7d', label: 'Last 7 days', days: 7 },
  { id: '30d', label: 'Last 30 days', days: 30 },
  { id: '90d', label: 'Last 90 days', days: 90 },
];

export function presetDays(preset: DayRangePreset, today: string): { after: string; before: string } {
  return { after: addUtcDays(today, 1 - preset.days), before: today };
}

/** The preset the range equals on `today`, if any. */
export function matchingPreset(
  after: string | undefined,
  before: string | undefined,
  today: string,
): DayRangePreset | undefined {
  return DAY_RANGE_PRESETS.find((preset) => {
    const range = presetDays(preset, today);
    return range.after === after && range.before === before;
  });
}
