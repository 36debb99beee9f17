import { conversationFiltersSchema, type ConversationFilters } from '@/api/filters';
import type { FilterChip } from '@/components/filters/filter-chips';
import { turnStateChips } from '@/components/filters/turn-filter-chips';
import { formatNumber, formatUtcDayRange, shortId } from '@/lib/format';
import { isCalendarDay } from '@/lib/utc-days';

/**
 * Turn-level filters (§2.1: which turns count) plus conversation-level filters (§2.6: which
 * conversations, by their totals), as the URL holds them.
 */
export const conversationListSchema = conversationFiltersSchema;

export const CONVERSATION_DEFAULT_SORT = { id: 'last_active', desc: true } as const;
export const CONVERSATION_PAGE_SIZES = [25, 50, 100, 200] as const;

const DAY_KEYS = ['created_after', 'created_before', 'last_active_after', 'last_active_before'] as const;

export function normalizeConversationFilters(filters: ConversationFilters): ConversationFilters {
  const next = { ...filters };
  for (const key of DAY_KEYS) if (next[key] !== undefined && !isCalendarDay(next[key])) delete next[key];
  return next;
}

export const CONVERSATION_FILTER_LABELS: Record<string, string> = {
  created_after: 'Created from',
  created_before: 'Created to',
  query: 'Search',
  is_flagged: 'Flagged',
  severity: 'Severity',
  has_feedback: 'Thumbs vote',
  session_id: 'Conversation',
  user_slug: 'Visitor',
  input_tokens_min: 'Input tokens (min)',
  input_tokens_max: 'Input tokens (max)',
  output_tokens_min: 'Output tokens (min)',
  output_tokens_max: 'Output tokens (max)',
  total_tokens_min: 'Total tokens (min)',
  total_tokens_max: 'Total tokens (max)',
  last_active_after: 'Last active from',
  last_active_before: 'Last active to',
  is_reviewed: 'Reviewed',
};

export const CONVERSATION_ERROR_ALIASES: Record<string, string> = {
  created_from: 'created_after',
  created_to: 'created_before',
  has_negative_feedback: 'has_feedback',
};

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

function rangeText(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `${formatNumber(min)} – ${formatNumber(max)}`;
  if (min !== undefined) return `≥ ${formatNumber(min)}`;
  return `≤ ${formatNumber(max)}`;
}

const TOKEN_RANGES = [
  ['input', 'Input tokens'],
  ['output', 'Output tokens'],
  ['total', 'Total tokens'],
] as const;

export function conversationFilterChips(filters: ConversationFilters): FilterChip[] {
  const chips = turnStateChips(filters);
  if (filters.user_slug) {
    chips.push({
      id: 'user_slug',
      label: 'Visitor',
      value: shortId(filters.user_slug, 12),
      keys: ['user_slug'],
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
  if (filters.last_active_after || filters.last_active_before) {
    chips.push({
      id: 'last_active',
      label: 'Last active',
      value: formatUtcDayRange(filters.last_active_after, filters.last_active_before),
      keys: ['last_active_after', 'last_active_before'],
    });
  }
  if (filters.is_reviewed !== undefined) {
    chips.push({
      id: 'is_reviewed',
      label: 'Reviewed',
      value: yesNo(filters.is_reviewed),
      keys: ['is_reviewed'],
    });
  }
  for (const [name, label] of TOKEN_RANGES) {
    const min = filters[`${name}_tokens_min`];
    const max = filters[`${name}_tokens_max`];
    if (min === undefined && max === undefined) continue;
    chips.push({
      id: `${name}_tokens`,
      label,
      value: rangeText(min, max),
      keys: [`${name}_tokens_min`, `${name}_tokens_max`],
    });
  }
  return chips;
}
