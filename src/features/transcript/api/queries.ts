import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '@/api/client';
import { interactionListSchema, interactionSchema } from '@/api/schemas/interaction';

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
              `anonymous-chat-interactions/by-session/${encodeURIComponent(sessionId)}/`,
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
      queryFn: ({ signal }) =>
        apiGet(`anonymous-chat-interactions/${encodeURIComponent(uuid)}/`, interactionSchema, { signal }),
    }),
};
