import { z } from 'zod';
import { count, isoDay, nullableRate } from './common';

const severitySeries = z.array(count);

/** KPI roll-up (docs/api.md §3.5). Rates are null when their denominator is empty. */
export const kpiSchema = z.object({
  interactions_total: count,
  sessions_total: count,
  unique_users: count,
  flagged_total: count,
  feedback_positive: count,
  feedback_negative: count,
  satisfaction_rate: nullableRate,
  clicks_total: count,
  click_through_rate: nullableRate,
  input_tokens_total: count.default(0),
  output_tokens_total: count.default(0),
  reviewed_total: count.default(0),
  review_input_tokens_total: count.default(0),
  review_output_tokens_total: count.default(0),
  avg_llm_resolution_score: nullableRate.default(null),
  hallucination_rate: nullableRate.default(null),
  review_coverage: nullableRate.default(null),
  /** Absent when nothing has been reviewed. */
  llm_intent_distribution: z.record(z.string(), count).optional(),
  daily_volume: z.array(z.object({ date: isoDay, count })),
  /** Newer servers only (docs/api.md §10); older ones leave both out. */
  clarification_requests_total: count.optional(),
  clarification_rate: nullableRate.optional(),
  severity_by_day: z.object({
    labels: z.array(isoDay),
    series: z.object({
      NONE: severitySeries,
      LOW: severitySeries,
      MEDIUM: severitySeries,
      HIGH: severitySeries,
      CRITICAL: severitySeries,
    }),
  }),
});
