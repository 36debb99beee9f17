import { z } from 'zod';
import { count, dateTime } from './common';

/**
 * Feedback and judge row (docs/api.md §3.2.1). A row exists when a visitor voted or the nightly
 * judge reviewed the conversation; `score` is null on judge-only rows.
 */
export const feedbackSchema = z.object({
  interaction_uuid: z.string(),
  score: z.number().int().min(-1).max(1).nullable(),
  comment: z.string().default(''),
  category: z.string().default(''),
  submitted_from_ip: z.string().nullable().default(null),
  submitted_at: dateTime.nullable().default(null),
  llm_resolution_score: z.number().int().min(0).max(5).nullable().default(null),
  llm_intent_category: z.string().default(''),
  llm_hallucination_detected: z.boolean().default(false),
  llm_hallucination_details: z.string().default(''),
  llm_summary: z.string().default(''),
  llm_reviewed_at: dateTime.nullable().default(null),
  llm_judge_input_tokens: count.default(0),
  llm_judge_output_tokens: count.default(0),
  llm_judge_model: z.string().default(''),
  modified_at: dateTime.nullable().default(null),
});
export type Feedback = z.infer<typeof feedbackSchema>;
export const feedbackListSchema = z.array(feedbackSchema);
