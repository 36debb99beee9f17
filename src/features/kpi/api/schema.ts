import type { z } from 'zod';
import { count } from '@/api/schemas/common';
import { kpiSchema } from '@/api/schemas/kpi';

/**
 * The KPI payload as this feature reads it. Servers before the 2026-07-26 nightly (8.1.0) leave
 * the four token totals out; the shared schema would turn that into 0, which reads as "nothing
 * spent". Here they stay undefined, so the cards can say "not reported by this server".
 */
export const kpiResponseSchema = kpiSchema.extend({
  input_tokens_total: count.optional(),
  output_tokens_total: count.optional(),
  review_input_tokens_total: count.optional(),
  review_output_tokens_total: count.optional(),
});

export type KpiData = z.infer<typeof kpiResponseSchema>;
