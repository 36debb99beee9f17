import { z } from 'zod';
import { turnFiltersSchema, type TurnFilters } from '@/api/filters';
import {
  FILTER_FIELDS as F,
  groupFields,
  rangePresetParam,
  resolveDays,
  type FilterGroup,
} from '@/lib/filter-fields';
import { compactFilters } from '@/lib/url-filters';
import { previousRange, rangeLength, type RangePreset } from '@/lib/utc-days';

export const WINDOW_DAYS = [7, 14, 30, 90] as const;
export type WindowDays = (typeof WINDOW_DAYS)[number];
/** The server's own default for `window_days` (docs/api.md §2.7). */
const DEFAULT_WINDOW_DAYS: WindowDays = 30;

/** The overview's filters and the volume chart's window, as the URL holds them. */
export const overviewSchema = turnFiltersSchema
  .pick({ created_after: true, created_before: true, is_flagged: true, severity: true, has_feedback: true })
  .extend({
    range: rangePresetParam,
    window_days: z.coerce
      .number()
      .refine((n): n is WindowDays => (WINDOW_DAYS as readonly number[]).includes(n))
      .optional()
      .catch(undefined),
  });
export type OverviewFilters = z.infer<typeof overviewSchema>;

export const OVERVIEW_FILTER_GROUPS: readonly FilterGroup[] = [
  { fields: [F.created, F.is_flagged, F.severity, F.has_feedback] },
];
const FIELDS = groupFields(OVERVIEW_FILTER_GROUPS);

/** The overview opens on the last 30 days; the default is never written to the URL. */
export const OVERVIEW_DEFAULTS = { range: '30d' } as const satisfies Partial<OverviewFilters>;
export const OVERVIEW_PRESETS: Readonly<Record<string, RangePreset>> = { range: OVERVIEW_DEFAULTS.range };

/**
 * The volume chart's days when none is chosen: it follows the date range where the server can,
 * that is for a range ending today (`daily_volume` always ends today, docs/api.md §3.5), with
 * the smallest choice that holds it; otherwise the server's own default, and the chart says
 * which of its days the range covers.
 */
export function defaultWindowDays(current: TurnFilters, today: string): WindowDays {
  const length = rangeLength({ after: current.created_after, before: current.created_before });
  if (length === null || current.created_before !== today) return DEFAULT_WINDOW_DAYS;
  return WINDOW_DAYS.find((days) => days >= length) ?? DEFAULT_WINDOW_DAYS;
}

/**
 * The one value that becomes the `kpi/` request and its query key: turn filters with concrete
 * dates (a preset is resolved against today's UTC date, so the key changes at midnight).
 */
export function kpiFilters(filters: OverviewFilters, today: string): TurnFilters {
  const { window_days: _window, ...rest } = resolveDays(filters, FIELDS, today, OVERVIEW_PRESETS);
  return compactFilters(rest);
}

/** The same filters over the previous window of equal length, or null for an open-ended range. */
export function previousKpiFilters(current: TurnFilters): TurnFilters | null {
  const previous = previousRange({ after: current.created_after, before: current.created_before });
  if (!previous) return null;
  return { ...current, created_after: previous.after, created_before: previous.before };
}
