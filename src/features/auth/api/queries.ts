import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '@/api/client';
import { userMeSchema, versionSchema } from '@/api/schemas/user';
import { generationFromVersion } from '@/api/server-info';

export const sessionQueries = {
  all: () => ['session'] as const,
  me: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'me'] as const,
      queryFn: ({ signal }) => apiGet('users/me/', userMeSchema, { signal }),
      staleTime: 5 * 60_000,
    }),
  /** Server version decides which filter names to send; a failure means "assume current". */
  version: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'version'] as const,
      queryFn: async ({ signal }) => {
        try {
          const { version } = await apiGet('version/', versionSchema, { signal });
          return { version, generation: generationFromVersion(version) };
        } catch {
          return { version: null, generation: generationFromVersion(null) };
        }
      },
      staleTime: Infinity,
      retry: false,
    }),
};
