import { z } from 'zod';
import { turnFiltersSchema, type Severity, type TurnFilters } from '@/api/filters';
import {
  DEFAULT_RANGE,
  isCalendarDay,
  presetRange,
  previousRange,
  RANGE_PRESETS,
  type DayRange,
  type RangePreset,
} from './date-range';

export const WINDOW_DAYS = [7, 14, 30, 90] as const;
export type WindowDays = (typeof WINDOW_DAYS)[number];
/** The server's own default for `window_days` (contract §2.7). */
export const DEFAULT_WINDOW_DAYS: WindowDays = 30;

/**
 * `severity=none` matches nothing on current servers (unflagged turns store `""`, contract §2.1),
 * so the page offers "Not flagged" instead and drops `none` from the URL.
 */
export const FILTER_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const satisfies readonly Severity[];
export type FilterSeverity = (typeof FILTER_SEVERITIES)[number];

/** The overview's filters as the URL holds them. `range: 'custom'` means the dates are explicit. */
export type OverviewFilters = {
  range: RangePreset | 'custom';
  /** Only for `custom`; one end may be open. */
  created_after?: string;
  created_before?: string;
  is_flagged?: boolean;
  severity?: FilterSeverity;
  has_feedback?: boolean;
  window_days: WindowDays;
};

/** Keys this page owns in the URL; anything else (`scenario`, `fault`, …) is left alone. */
export const OVERVIEW_KEYS = [
  'range',
  'created_after',
  'created_before',
  'is_flagged',
  'severity',
  'has_feedback',
  'window_days',
] as const;

const searchSchema = turnFiltersSchema
  .pick({ created_after: true, created_before: true, is_flagged: true, severity: true, has_feedback: true })
  .extend({
    range: z.enum(RANGE_PRESETS).optional().catch(undefined),
    window_days: z.coerce
      .number()
      .refine((n): n is WindowDays => (WINDOW_DAYS as readonly number[]).includes(n))
      .optional()
      .catch(undefined),
  });

export const DEFAULT_OVERVIEW_FILTERS: OverviewFilters = {
  range: DEFAULT_RANGE,
  window_days: DEFAULT_WINDOW_DAYS,
};

/** Reads the page's filters from the URL; unknown or invalid values fall back to the defaults. */
export function parseOverviewSearch(search: URLSearchParams): OverviewFilters {
  const raw: Record<string, string> = {};
  for (const key of OVERVIEW_KEYS) {
    const value = search.get(key);
    if (value !== null) raw[key] = value;
  }
  const parsed = searchSchema.parse(raw);
  let after = isCalendarDay(parsed.created_after) ? parsed.created_after : undefined;
  let before = isCalendarDay(parsed.created_before) ? parsed.created_before : undefined;
  // A reversed range cannot match anything; treat it as a bad value rather than guess.
  if (after && before && after > before) after = before = undefined;
  const custom = Boolean(after || before);
  const severity = parsed.severity === 'none' ? undefined : parsed.severity;
  return {
    range: custom ? 'custom' : (parsed.range ?? DEFAULT_RANGE),
    ...(custom && { created_after: after, created_before: before }),
    is_flagged: parsed.is_flagged,
    severity,
    has_feedback: parsed.has_feedback,
    window_days: (parsed.window_days as WindowDays | undefined) ?? DEFAULT_WINDOW_DAYS,
  };
}

/**
 * The canonical URL values for `filters`: defaults become `undefined` (removed), so the default
 * view is the bare path and every filter state has exactly one URL.
 */
export function overviewSearchValues(
  filters: OverviewFilters,
): Record<(typeof OVERVIEW_KEYS)[number], string | undefined> {
  const custom = filters.range === 'custom';
  return {
    range: custom || filters.range === DEFAULT_RANGE ? undefined : filters.range,
    created_after: custom ? filters.created_after : undefined,
    created_before: custom ? filters.created_before : undefined,
    is_flagged: filters.is_flagged === undefined ? undefined : String(filters.is_flagged),
    severity: filters.severity,
    has_feedback: filters.has_feedback === undefined ? undefined : String(filters.has_feedback),
    window_days: filters.window_days === DEFAULT_WINDOW_DAYS ? undefined : String(filters.window_days),
  };
}

/** Writes `filters` onto a copy of `base`, keeping keys the page does not own. */
export function overviewSearch(
  filters: OverviewFilters,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const next = new URLSearchParams(base);
  for (const [key, value] of Object.entries(overviewSearchValues(filters))) {
    if (value === undefined) next.delete(key);
    else next.set(key, value);
  }
  return next;
}

/** The concrete UTC days the filters select on `today`. */
export function selectedRange(filters: OverviewFilters, today: string): DayRange {
  if (filters.range === 'custom') return { after: filters.created_after, before: filters.created_before };
  return presetRange(filters.range, today);
}

/**
 * The one value that becomes the `kpi/` request and its query key: turn filters with concrete
 * dates (a preset is resolved against today's UTC date, so the key changes at midnight).
 */
export function kpiFilters(filters: OverviewFilters, today: string): TurnFilters {
  const range = selectedRange(filters, today);
  return compact({
    created_after: range.after,
    created_before: range.before,
    is_flagged: filters.is_flagged,
    severity: filters.severity,
    has_feedback: filters.has_feedback,
  });
}

/** The same filters over the previous window of equal length, or null for an open-ended range. */
export function previousKpiFilters(current: TurnFilters): TurnFilters | null {
  const previous = previousRange({ after: current.created_after, before: current.created_before });
  if (!previous) return null;
  return { ...current, created_after: previous.after, created_before: previous.before };
}

/** Drops undefined keys so equal filters make equal query keys and URLs. */
export function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function isDefaultFilters(filters: OverviewFilters): boolean {
  const values = overviewSearchValues({ ...filters, window_days: DEFAULT_WINDOW_DAYS });
  return Object.values(values).every((v) => v === undefined);
}
