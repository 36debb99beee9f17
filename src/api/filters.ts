import { z } from 'zod';
import type { QueryParams } from './client';

/** Which filter names the server understands (docs/api.md §0, §8). */
export type ApiGeneration = 'current' | 'legacy';

export const SEVERITIES = ['none', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const optionalDay = day.optional().catch(undefined);
const optionalBool = z
  .union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')])
  .optional()
  .catch(undefined);
const optionalText = z
  .string()
  .transform((v) => v.trim())
  .pipe(z.string().min(1).max(500))
  .optional()
  .catch(undefined);
const optionalCount = z.coerce.number().int().nonnegative().optional().catch(undefined);

/** Turn-level filters of `anonymous-chat-interactions/` (docs/api.md §2.1), parsed from URLs. */
export const turnFiltersSchema = z.object({
  created_after: optionalDay,
  created_before: optionalDay,
  query: optionalText,
  is_flagged: optionalBool,
  severity: z.enum(SEVERITIES).optional().catch(undefined),
  session_id: optionalText,
  user_slug: optionalText,
  has_feedback: optionalBool,
});
export type TurnFilters = z.infer<typeof turnFiltersSchema>;

/** Conversation-level filters of `conversations/` and `kpi/` (docs/api.md §2.6). */
export const conversationFiltersSchema = turnFiltersSchema.extend({
  input_tokens_min: optionalCount,
  input_tokens_max: optionalCount,
  output_tokens_min: optionalCount,
  output_tokens_max: optionalCount,
  total_tokens_min: optionalCount,
  total_tokens_max: optionalCount,
  last_active_after: optionalDay,
  last_active_before: optionalDay,
  is_reviewed: optionalBool,
});
export type ConversationFilters = z.infer<typeof conversationFiltersSchema>;

/**
 * Request parameters for turn filters. Both generations of the date names are sent
 * (django-filter ignores unknown names); `has_feedback` only exists on current servers —
 * the 8.1.0 `has_negative_feedback` means something else, so it is not substituted.
 */
export function turnFilterParams(filters: TurnFilters, generation: ApiGeneration): QueryParams {
  const { created_after, created_before, has_feedback, ...rest } = filters;
  const params: QueryParams = {
    ...rest,
    created_after,
    created_before,
    created_from: created_after,
    created_to: created_before,
  };
  if (generation === 'current') params.has_feedback = has_feedback;
  return params;
}

const TURN_FILTER_KEYS = turnFiltersSchema.keyof().options;

/** Conversation filters: the turn-level ones as turnFilterParams sends them, the others as they are. */
export function conversationFilterParams(
  filters: ConversationFilters,
  generation: ApiGeneration,
): QueryParams {
  const turn = Object.fromEntries(TURN_FILTER_KEYS.map((key) => [key, filters[key]])) as TurnFilters;
  const rest = Object.fromEntries(Object.entries(filters).filter(([key]) => !(key in turn)));
  return { ...rest, ...turnFilterParams(turn, generation) };
}

/** Feedback categories a visitor picks with a thumbs down (docs/api.md §3.2). */
export const FEEDBACK_CATEGORIES = [
  'inaccurate',
  'incomplete',
  'misunderstood',
  'slow_or_failed',
  'other',
] as const;

/** The filters of `anonymous-chat-feedbacks/` (docs/api.md §2.9); these names were never renamed. */
export const feedbackFiltersSchema = z.object({
  score: z
    .union([z.literal(1), z.literal(-1), z.enum(['1', '-1']).transform((v) => (v === '1' ? 1 : -1))])
    .optional()
    .catch(undefined),
  category: z.enum(FEEDBACK_CATEGORIES).optional().catch(undefined),
  submitted_from: optionalDay,
  submitted_to: optionalDay,
  has_comment: optionalBool,
});
export type FeedbackFilters = z.infer<typeof feedbackFiltersSchema>;

/** Filters the server of this generation cannot apply (to explain them in the UI). */
export function unsupportedFilters(filters: TurnFilters, generation: ApiGeneration): (keyof TurnFilters)[] {
  return generation === 'legacy' && filters.has_feedback !== undefined ? ['has_feedback'] : [];
}
