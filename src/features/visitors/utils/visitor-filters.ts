import {
  turnFiltersSchema,
  unsupportedFilters,
  type ApiGeneration,
  type Severity,
  type TurnFilters,
} from '@/api/filters';
import { formatUtcDayRange } from '@/lib/format';
import { SEVERITY_LABEL } from '@/lib/severity';

/**
 * `severity=none` matches nothing on current servers (unflagged turns store `""`, contract
 * §2.1), so the page offers "Not flagged" (`is_flagged=false`) instead and drops `none`.
 */
export const FILTER_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const satisfies readonly Severity[];
export type FilterSeverity = (typeof FILTER_SEVERITIES)[number];

/** The server filters `by-user/` honours (contract §2.4 → §2.1), as the URL holds them. */
export type VisitorFilters = {
  created_after?: string;
  created_before?: string;
  query?: string;
  is_flagged?: boolean;
  severity?: FilterSeverity;
  has_feedback?: boolean;
};

/** URL keys of the server filters; `slug` (client-side search) and table keys are separate. */
export const VISITOR_FILTER_KEYS = [
  'created_after',
  'created_before',
  'query',
  'is_flagged',
  'severity',
  'has_feedback',
] as const satisfies readonly (keyof VisitorFilters)[];

/** The client-side slug search: never sent to the server (its `user_slug` is an exact match). */
export const SLUG_PARAM = 'slug';
export const QUERY_PARAM = 'query';

const searchSchema = turnFiltersSchema.pick({
  created_after: true,
  created_before: true,
  query: true,
  is_flagged: true,
  severity: true,
  has_feedback: true,
});

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day (`2026-02-30` is not) written `YYYY-MM-DD`. */
export function isCalendarDay(value: string | undefined): value is string {
  if (!value || !DAY_RE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Reads the server filters from the URL. Invalid values are dropped (never sent), and so is a
 * reversed date range, which could match nothing. Keys are present only when set, so equal
 * filters make equal query keys.
 */
export function parseVisitorFilters(search: URLSearchParams): VisitorFilters {
  const raw: Record<string, string> = {};
  for (const key of VISITOR_FILTER_KEYS) {
    const value = search.get(key);
    if (value !== null) raw[key] = value;
  }
  const parsed = searchSchema.parse(raw);
  let after = isCalendarDay(parsed.created_after) ? parsed.created_after : undefined;
  let before = isCalendarDay(parsed.created_before) ? parsed.created_before : undefined;
  if (after && before && after > before) after = before = undefined;
  const severity = parsed.severity === 'none' ? undefined : parsed.severity;
  return compact({
    created_after: after,
    created_before: before,
    query: parsed.query,
    is_flagged: parsed.is_flagged,
    severity,
    has_feedback: parsed.has_feedback,
  });
}

/**
 * What is actually sent for this server generation: a filter the server cannot apply is left
 * out of the request and of the query key (the page explains it instead).
 */
export function requestFilters(filters: VisitorFilters, generation: ApiGeneration): VisitorFilters {
  const unsupported = new Set<string>(unsupportedFilters(filters as TurnFilters, generation));
  return compact(
    Object.fromEntries(Object.entries(filters).filter(([key]) => !unsupported.has(key))) as VisitorFilters,
  );
}

export function hasServerFilters(filters: VisitorFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined);
}

/** `20 Aug – 26 Aug 2026 (UTC), flagged, severity High, text “gpu”`: the filters in words. */
export function describeFilters(filters: VisitorFilters): string {
  const parts: string[] = [];
  if (filters.created_after || filters.created_before) {
    parts.push(`${formatUtcDayRange(filters.created_after, filters.created_before)} (UTC)`);
  }
  if (filters.is_flagged === true) parts.push('flagged');
  if (filters.is_flagged === false) parts.push('not flagged');
  if (filters.severity) parts.push(`severity ${SEVERITY_LABEL[filters.severity]}`);
  if (filters.has_feedback === true) parts.push('with a thumbs vote');
  if (filters.has_feedback === false) parts.push('without a thumbs vote');
  if (filters.query) parts.push(`text “${filters.query}”`);
  return parts.join(', ');
}

function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export const DATE_PRESETS = [
  { days: 1, label: 'Today' },
  { days: 7, label: '7 d' },
  { days: 30, label: '30 d' },
  { days: 90, label: '90 d' },
] as const;

/** The `days` UTC days ending with `today`, inclusive: 7 days on 26 Aug is 20–26 Aug. */
export function lastDaysRange(
  days: number,
  today: string,
): { created_after: string; created_before: string } {
  const end = Date.parse(`${today}T00:00:00Z`);
  const start = new Date(end - (days - 1) * 86_400_000).toISOString().slice(0, 10);
  return { created_after: start, created_before: today };
}
