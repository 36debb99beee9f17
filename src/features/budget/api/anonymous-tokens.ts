// zod/mini, like the budget schema: only the two fields this card reads, so the classic API and
// the whole KPI schema stay out of the card's chunk.
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiGet } from '@/api/client';

const KPI_PATH = 'anonymous-chat-interactions/kpi/';
const count = z.int().check(z.minimum(0));

/** Servers before the 2026-07-26 nightly send no token totals (docs/api.md §3.5). */
const kpiTokensSchema = z.object({
  input_tokens_total: z.optional(count),
  output_tokens_total: z.optional(count),
});

/**
 * Today's visitor-chat tokens (input + output of the turns created on the budget's UTC `day`,
 * docs/api.md §2.7), or null when the server does not report token totals. Refreshed every two
 * minutes while the tab is visible (a share moves slowly; `kpi/` is not a cheap call).
 */
export function anonymousTokensQuery(day: string) {
  return queryOptions({
    queryKey: ['budget', 'anonymous-tokens', day] as const,
    queryFn: async ({ signal }) => {
      const kpi = await apiGet(KPI_PATH, kpiTokensSchema, {
        // Both generations' date names (docs/api.md §0); the smallest window for `daily_volume`.
        params: {
          created_after: day,
          created_before: day,
          created_from: day,
          created_to: day,
          window_days: 1,
        },
        signal,
      });
      const { input_tokens_total: input, output_tokens_total: output } = kpi;
      return input === undefined || output === undefined ? null : input + output;
    },
    refetchInterval: 2 * 60_000,
    refetchIntervalInBackground: false,
    staleTime: 60_000,
  });
}
