import { z } from 'zod';
import { count, dateTime } from './common';

/** Per-visitor aggregate from `by-user/` (docs/api.md §3.4). */
export const userAggregateSchema = z.object({
  user_slug: z.string(),
  last_seen: dateTime.nullable(),
  total_interactions: count,
  session_count: count,
  positive_feedback: count,
  negative_feedback: count,
  no_feedback: count,
  /** Counts turns with action `block`/`redact`: in practice PII redactions, not injection strikes. */
  injection_strikes: count,
});
export type UserAggregate = z.infer<typeof userAggregateSchema>;
export const userAggregateListSchema = z.array(userAggregateSchema);
