import type { Severity, TurnFilters } from '@/api/filters';
import { paths } from '@/lib/paths';

const bool = (value: boolean | undefined) => (value === undefined ? undefined : String(value));

/** The page's non-date filters, as URL values for the list pages. */
function otherFilters(filters: TurnFilters) {
  return {
    is_flagged: bool(filters.is_flagged),
    severity: filters.severity,
    has_feedback: bool(filters.has_feedback),
  };
}

/** The turns of one UTC day, with the page's other filters. */
export function dayTurnsHref(day: string, filters: TurnFilters): string {
  return paths.interactions.href({ ...otherFilters(filters), created_after: day, created_before: day });
}

/**
 * The turns of one UTC day at one severity. `severity=none` matches nothing on the server
 * (unflagged turns store `""`, docs/api.md §2.1) while every unflagged turn counts as NONE in
 * `severity_by_day`, so "none" links to `is_flagged=false` instead, which selects exactly them.
 */
export function daySeverityHref(day: string, severity: Severity, filters: TurnFilters): string {
  const base = { ...otherFilters(filters), created_after: day, created_before: day };
  if (severity === 'none')
    return paths.interactions.href({ ...base, severity: undefined, is_flagged: 'false' });
  return paths.interactions.href({ ...base, severity });
}

/**
 * Conversations the judge reviewed in the page's range. Neither `anonymous-chat-feedbacks/`
 * nor `conversations/` can filter by intent, and judge rows have no `submitted_at` for the
 * feedback page's date filter, so the closest honest target is the reviewed conversations of the
 * same range and filters.
 */
export function reviewedConversationsHref(filters: TurnFilters): string {
  return paths.conversations.href({
    created_after: filters.created_after,
    created_before: filters.created_before,
    ...otherFilters(filters),
    is_reviewed: 'true',
  });
}
