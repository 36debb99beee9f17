import type { ApiGeneration, Severity, TurnFilters } from '@/api/filters';
import { formatNumber } from '@/lib/format/number';
import { paths } from '@/lib/paths';
import type { KpiData as Kpi } from '../api/schema';
import type { MetricId } from './metrics';

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

/** Where a KPI card leads: the list whose total is the card's figure (or what it rests on). */
export type MetricLink = { to: string; text: string; note?: string };

const n = (value: number, one: string, many: string) => `${formatNumber(value)} ${value === 1 ? one : many}`;

/**
 * The list behind each card, with the page's filters, so the list's total matches the number on
 * the card. `null` where no list exists on this server (conversations need 8.1.2, docs/api.md §0).
 */
export function metricLink(
  id: MetricId,
  kpi: Kpi,
  filters: TurnFilters,
  generation: ApiGeneration,
): MetricLink | null {
  const dates = { created_after: filters.created_after, created_before: filters.created_before };
  const turns = (extra: Record<string, string> = {}) =>
    paths.interactions.href({ ...otherFilters(filters), ...dates, ...extra });
  const conversations = (extra: Record<string, string> = {}) =>
    generation === 'legacy'
      ? null
      : paths.conversations.href({ ...dates, ...otherFilters(filters), ...extra });
  const reviewed = conversations({ is_reviewed: 'true' });
  const votes = kpi.feedback_positive + kpi.feedback_negative;
  const allTurns = { to: turns(), text: `View the ${n(kpi.interactions_total, 'turn', 'turns')}` };
  switch (id) {
    case 'turns':
      return allTurns;
    case 'click_through':
      return {
        ...allTurns,
        note: 'The list cannot filter by click: these are the turns the rate divides by.',
      };
    case 'clarification':
      return { ...allTurns, note: 'The list cannot filter by clarifying question: these are all the turns.' };
    case 'flagged':
      return {
        to: turns({ is_flagged: 'true' }),
        text: `View the ${n(kpi.flagged_total, 'flagged turn', 'flagged turns')}`,
      };
    case 'satisfaction':
      // 8.1.0's vote filter means "voted thumbs down" (docs/api.md §0): it cannot list every vote.
      return generation === 'legacy'
        ? null
        : { to: turns({ has_feedback: 'true' }), text: `View the ${n(votes, 'voted turn', 'voted turns')}` };
    case 'visitors':
      return {
        to: paths.visitors.href({ ...dates, ...otherFilters(filters) }),
        text: `View the ${n(kpi.unique_users, 'visitor', 'visitors')}`,
      };
    case 'conversations':
    case 'input_tokens':
    case 'output_tokens': {
      const to = conversations(id === 'conversations' ? {} : { o: '-total_tokens' });
      return to === null
        ? null
        : { to, text: `View the ${n(kpi.sessions_total, 'conversation', 'conversations')}` };
    }
    case 'coverage':
    case 'resolution':
    case 'hallucination':
    case 'judge_tokens':
      return reviewed === null
        ? null
        : {
            to: reviewed,
            text: `View the ${n(kpi.reviewed_total, 'reviewed conversation', 'reviewed conversations')}`,
          };
  }
}
