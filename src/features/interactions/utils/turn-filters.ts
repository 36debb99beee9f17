import { turnFiltersSchema, type TurnFilters } from '@/api/filters';
import type { FilterChip } from '@/components/filters/filter-chips';
import { turnStateChips } from '@/components/filters/turn-filter-chips';
import { shortId } from '@/lib/format';
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

/** The active filters in words, one chip per control (a date range is one chip). */
export function turnFilterChips(filters: TurnFilters): FilterChip[] {
  const chips = turnStateChips(filters);
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
