import { z } from 'zod';
import type { QueryParams } from '@/api/client';
import type { FilterChip } from '@/components/filters/filter-chips';
import { formatUtcDayRange, humanizeSlug } from '@/lib/format';
import { compactFilters } from '@/lib/url-filters';
import { isCalendarDay } from '@/lib/utc-days';

/** Feedback categories (contract §3.2, backend `FeedbackCategory`). */
export const FEEDBACK_CATEGORIES = [
  'inaccurate',
  'incomplete',
  'misunderstood',
  'slow_or_failed',
  'other',
] as const;
export type FeedbackCategory = (typeof FEEDBACK_CATEGORIES)[number];

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);
const bool = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional()
  .catch(undefined);

/** The filters of `anonymous-chat-feedbacks/` (contract §2.9) as the URL holds them. */
export const feedbackFiltersSchema = z.object({
  score: z
    .enum(['1', '-1'])
    .transform((v) => (v === '1' ? 1 : -1))
    .optional()
    .catch(undefined),
  category: z.enum(FEEDBACK_CATEGORIES).optional().catch(undefined),
  // These names were never renamed (contract §2.9).
  submitted_from: day,
  submitted_to: day,
  has_comment: bool,
});
export type FeedbackFilters = z.infer<typeof feedbackFiltersSchema>;

export const FEEDBACK_SORTABLE = ['submitted_at', 'score', 'llm_resolution_score'] as const;
/** The server's own default; Postgres puts judge-only rows (no submission time) first. */
export const FEEDBACK_DEFAULT_SORT = { id: 'submitted_at', desc: true } as const;
export const FEEDBACK_PAGE_SIZES = [25, 50, 100, 300] as const;
export const FEEDBACK_DEFAULT_PAGE_SIZE = 50;

export function normalizeFeedbackFilters(filters: FeedbackFilters): FeedbackFilters {
  const next = { ...filters };
  if (next.submitted_from !== undefined && !isCalendarDay(next.submitted_from)) delete next.submitted_from;
  if (next.submitted_to !== undefined && !isCalendarDay(next.submitted_to)) delete next.submitted_to;
  return next;
}

/** Request parameters, named as the contract names them. */
export function feedbackFilterParams(filters: FeedbackFilters): QueryParams {
  return compactFilters({ ...filters });
}

export const FEEDBACK_FILTER_LABELS: Record<keyof FeedbackFilters | 'o', string> = {
  score: 'Vote',
  category: 'Category',
  submitted_from: 'Submitted from',
  submitted_to: 'Submitted to',
  has_comment: 'Comment',
  o: 'Sort',
};

export const categoryLabel = (category: string) => humanizeSlug(category.replaceAll('_or_', ' or '));

export function feedbackFilterChips(filters: FeedbackFilters): FilterChip[] {
  const chips: FilterChip[] = [];
  if (filters.score !== undefined) {
    chips.push({
      id: 'score',
      label: 'Vote',
      value: filters.score === 1 ? 'thumbs up' : 'thumbs down',
      keys: ['score'],
    });
  }
  if (filters.category) {
    chips.push({
      id: 'category',
      label: 'Category',
      value: categoryLabel(filters.category),
      keys: ['category'],
    });
  }
  if (filters.submitted_from || filters.submitted_to) {
    chips.push({
      id: 'submitted',
      label: 'Submitted',
      value: formatUtcDayRange(filters.submitted_from, filters.submitted_to),
      keys: ['submitted_from', 'submitted_to'],
    });
  }
  if (filters.has_comment !== undefined) {
    chips.push({
      id: 'has_comment',
      label: 'Comment',
      value: filters.has_comment ? 'with comment' : 'without comment',
      keys: ['has_comment'],
    });
  }
  return chips;
}
