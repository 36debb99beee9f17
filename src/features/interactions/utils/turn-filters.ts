import { turnFiltersSchema, type TurnFilters } from '@/api/filters';
import type { FilterChip } from '@/components/filters/filter-chips';
import { formatUtcDayRange, shortId } from '@/lib/format';
import { SEVERITY_LABEL } from '@/lib/severity';
import { isCalendarDay } from '@/lib/utc-days';

/** Every filter of `anonymous-chat-interactions/` (contract §2.1), as the URL holds them. */
export const turnListSchema = turnFiltersSchema;

/** The server orders by these only (`o`, contract §2.1); they are also the sortable column ids. */
export const TURN_SORTABLE = ['created', 'result_count'] as const;
export const TURN_DEFAULT_SORT = { id: 'created', desc: true } as const;
/** DRF caps `page_size` at 300 (contract §1.4). */
export const TURN_PAGE_SIZES = [25, 50, 100, 300] as const;
export const TURN_DEFAULT_PAGE_SIZE = 50;

/** Drops dates that look right but are not days (`2026-02-30`). */
export function normalizeTurnFilters(filters: TurnFilters): TurnFilters {
  const next = { ...filters };
  if (next.created_after !== undefined && !isCalendarDay(next.created_after)) delete next.created_after;
  if (next.created_before !== undefined && !isCalendarDay(next.created_before)) delete next.created_before;
  return next;
}

export const TURN_FILTER_LABELS: Record<keyof TurnFilters | 'created' | 'o', string> = {
  created: 'Created',
  created_after: 'Created from',
  created_before: 'Created to',
  query: 'Search',
  is_flagged: 'Flagged',
  severity: 'Severity',
  has_feedback: 'Thumbs vote',
  session_id: 'Conversation',
  user_slug: 'Visitor',
  o: 'Sort',
};

/** Request names that come from one control: both date generations, the old feedback name. */
export const TURN_ERROR_ALIASES: Record<string, string> = {
  created_from: 'created_after',
  created_to: 'created_before',
  has_negative_feedback: 'has_feedback',
};

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** The active filters in words, one chip per control (a date range is one chip). */
export function turnFilterChips(filters: TurnFilters): FilterChip[] {
  const chips: FilterChip[] = [];
  if (filters.created_after || filters.created_before) {
    chips.push({
      id: 'created',
      label: TURN_FILTER_LABELS.created,
      value: formatUtcDayRange(filters.created_after, filters.created_before),
      keys: ['created_after', 'created_before'],
    });
  }
  if (filters.query)
    chips.push({ id: 'query', label: 'Search', value: `“${filters.query}”`, keys: ['query'] });
  if (filters.is_flagged !== undefined) {
    chips.push({
      id: 'is_flagged',
      label: 'Flagged',
      value: yesNo(filters.is_flagged),
      keys: ['is_flagged'],
    });
  }
  if (filters.severity) {
    chips.push({
      id: 'severity',
      label: 'Severity',
      value: SEVERITY_LABEL[filters.severity],
      keys: ['severity'],
    });
  }
  if (filters.has_feedback !== undefined) {
    chips.push({
      id: 'has_feedback',
      label: TURN_FILTER_LABELS.has_feedback,
      value: yesNo(filters.has_feedback),
      keys: ['has_feedback'],
    });
  }
  if (filters.session_id) {
    chips.push({
      id: 'session_id',
      label: 'Conversation',
      value: shortId(filters.session_id, 12),
      keys: ['session_id'],
    });
  }
  if (filters.user_slug) {
    chips.push({
      id: 'user_slug',
      label: 'Visitor',
      value: shortId(filters.user_slug, 12),
      keys: ['user_slug'],
    });
  }
  return chips;
}

/**
 * `severity=none` is a valid choice but matches nothing: the server stores `""` for clean
 * turns (contract §2.1, §3.2), so the page explains it instead of showing a bare empty list.
 */
export function severityNoneSelected(filters: TurnFilters): boolean {
  return filters.severity === 'none';
}
