import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '@/api/client';
import { budgetSchema } from '@/api/schemas/budget';

const BUDGET_ENDPOINT = 'anonymous-chat-interactions/budget/';

/** The endpoint is cheap and meant to be polled (docs/api.md §2.8). */
const BUDGET_POLL_MS = 30_000;

export const budgetQueries = {
  all: () => ['budget'] as const,
  snapshot: () =>
    queryOptions({
      queryKey: [...budgetQueries.all(), 'snapshot'] as const,
      queryFn: ({ signal }) => apiGet(BUDGET_ENDPOINT, budgetSchema, { signal }),
      refetchInterval: BUDGET_POLL_MS,
      // A hidden tab (or a sleeping laptop) does not need the budget; focus brings it back.
      refetchIntervalInBackground: false,
      // The app turns focus refetching off; here it makes a returning tab fresh at once
      // instead of showing a value up to 30 s old.
      refetchOnWindowFocus: true,
      // Just under the interval, so a focus right after a poll does not poll again.
      staleTime: 25_000,
    }),
};
