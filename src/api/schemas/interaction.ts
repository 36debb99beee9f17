import { z } from 'zod';
import { count, dateTime } from './common';
import { feedbackSchema } from './feedback';

/**
 * One anonymous turn (docs/api.md §3.1). `assistant_blocks` stays `unknown[]` here: each block is
 * validated when it is rendered, so one odd block becomes a labelled raw block instead of
 * failing the whole transcript. Token fields are absent on 8.1.0-era servers.
 */
export const interactionSchema = z.object({
  uuid: z.string().min(1),
  user_slug: z.string(),
  user_input: z.string(),
  assistant_blocks: z.array(z.unknown()),
  click_count: count.default(0),
  input_tokens: count.nullable().default(null),
  output_tokens: count.nullable().default(null),
  offering_uuids: z.array(z.string()).default([]),
  result_count: count.default(0),
  is_flagged: z.boolean(),
  severity: z.string().default(''),
  injection_categories: z.array(z.string()).default([]),
  pii_categories: z.array(z.string()).default([]),
  action_taken: z.string().default(''),
  warning: z.string().default(''),
  ip_address: z.string().nullable().default(null),
  session_id: z.string(),
  last_active_at: dateTime.nullable().default(null),
  created: dateTime,
  feedback: feedbackSchema.nullable().default(null),
});
export type Interaction = z.infer<typeof interactionSchema>;
export const interactionListSchema = z.array(interactionSchema);
