import { queryOptions } from '@tanstack/react-query';
import { apiGet } from './client';
import { userAggregateListSchema } from './schemas/user-aggregate';

/** A whole visitor slug: 64 lowercase hex characters (docs/api.md §3.1, §4). */
export function isWholeSlug(value: string): boolean {
  return /^[0-9a-f]{64}$/.test(value);
}

/**
 * The visitors whose slug starts with `prefix`. The server's `user_slug` filter is exact, but
 * `query` also matches slugs by substring (docs/api.md §2.1), so `by-user/?query=<prefix>` lists
 * them (and any visitor whose messages happen to contain the text, dropped here).
 */
export const visitorSlugQueries = {
  prefix: (prefix: string) =>
    queryOptions({
      queryKey: ['visitors', 'slug-prefix', prefix] as const,
      queryFn: async ({ signal }) => {
        const rows = await apiGet('anonymous-chat-interactions/by-user/', userAggregateListSchema, {
          params: { query: prefix },
          signal,
        });
        return rows.map((row) => row.user_slug).filter((slug) => slug.startsWith(prefix));
      },
      staleTime: 5 * 60_000,
    }),
};
