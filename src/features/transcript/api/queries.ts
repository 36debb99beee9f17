import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '@/api/client';
import { ApiError } from '@/api/errors';
import { interactionListSchema, interactionSchema } from '@/api/schemas/interaction';
import { encodePathSegment } from '@/lib/paths';

/**
 * The server's path regex for both lookups is `[^/.]+` (contract §1.3): an id with a dot or a
 * slash can never be addressed, so it is not sent at all.
 */
export function isAddressableId(id: string): boolean {
  return id.length > 0 && !/[/.]/.test(id);
}

export const transcriptQueries = {
  all: () => ['transcript'] as const,
  /** All turns of one conversation, oldest first, not paged; `[]` for an unknown id (§2.3). */
  bySession: (sessionId: string) =>
    queryOptions({
      queryKey: [...transcriptQueries.all(), 'session', sessionId] as const,
      queryFn: ({ signal }) =>
        isAddressableId(sessionId)
          ? apiGet(
              `anonymous-chat-interactions/by-session/${encodePathSegment(sessionId)}/`,
              interactionListSchema,
              {
                signal,
              },
            )
          : Promise.resolve([]),
    }),
  /** One turn (§2.2); 404 for an unknown uuid. `click_count` is always 0 here. */
  turn: (uuid: string) =>
    queryOptions({
      queryKey: [...transcriptQueries.all(), 'turn', uuid] as const,
      // `..` or `a/b` as a "uuid" would walk to another API path; the server's 404 without asking.
      queryFn: ({ signal }) =>
        isAddressableId(uuid)
          ? apiGet(`anonymous-chat-interactions/${encodePathSegment(uuid)}/`, interactionSchema, { signal })
          : Promise.reject(
              new ApiError({
                kind: 'http',
                status: 404,
                endpoint: '/api/anonymous-chat-interactions/{uuid}/',
                detail: 'Not found.',
              }),
            ),
    }),
};
