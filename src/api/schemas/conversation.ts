import { z } from 'zod';
import { count, dateTime } from './common';

/**
 * One row per session (docs/api.md §3.3). The 2026-07-26 nightly had only the first fields;
 * `max_severity_rank` exists on the newest backend only.
 */
export const conversationSchema = z.object({
  session_id: z.string(),
  user_slug: z.string(),
  message_count: count,
  is_flagged: z.boolean(),
  max_severity: z.string().default(''),
  max_severity_rank: z.number().int().min(0).max(4).optional(),
  has_feedback: z.boolean().default(false),
  offerings_shown: count.default(0),
  offerings_clicked: count.default(0),
  models_used: z.string().default(''),
  is_reviewed: z.boolean().default(false),
  input_tokens: count.default(0),
  output_tokens: count.default(0),
  total_tokens: count.default(0),
  started: dateTime.nullable().default(null),
  last_active: dateTime.nullable().default(null),
});
export type Conversation = z.infer<typeof conversationSchema>;
export const conversationListSchema = z.array(conversationSchema);
