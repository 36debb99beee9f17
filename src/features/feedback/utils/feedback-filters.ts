import { feedbackFiltersSchema } from '@/api/filters';
import { FILTER_FIELDS as F, rangePresetParam, type FilterGroup } from '@/lib/filter-fields';

/** The filters of `anonymous-chat-feedbacks/` (docs/api.md §2.9) and the date preset, as the URL holds them. */
export const feedbackListSchema = feedbackFiltersSchema.extend({ submitted_range: rangePresetParam });

export const FEEDBACK_FILTER_GROUPS: readonly FilterGroup[] = [
  { fields: [F.score, F.category, F.submitted, F.has_comment] },
];

export const FEEDBACK_SORTABLE = ['submitted_at', 'score', 'llm_resolution_score'] as const;
/** The server's own default; Postgres puts judge-only rows (no submission time) first. */
export const FEEDBACK_DEFAULT_SORT = { id: 'submitted_at', desc: true } as const;
