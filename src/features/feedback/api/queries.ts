import type { FeedbackFilters } from '@/api/filters';
import { pagedList } from '@/api/paged-list';
import { feedbackSchema } from '@/api/schemas/feedback';
import { compactFilters } from '@/lib/url-filters';

/** `anonymous-chat-feedbacks/`: votes and judge verdicts, server-paged (docs/api.md §2.9). */
export const FEEDBACK_LIST = pagedList<typeof feedbackSchema, FeedbackFilters>({
  key: ['feedback', 'list'],
  path: 'anonymous-chat-feedbacks/',
  item: feedbackSchema,
  // These names were never renamed between server generations.
  params: (filters) => compactFilters({ ...filters }),
});
