import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '@/api/client';
import { ApiError } from '@/api/errors';
import { interactionListSchema, interactionSchema } from '@/api/schemas/interaction';
import { getPage } from '@/api/pagination';
import { encodePathSegment } from '@/lib/paths';

/** How many turns the paged list shows while a long transcript loads (one screen and a bit). */
const TRANSCRIPT_HEAD_SIZE = 10;

/**
 * The server's path regex for both lookups is `[^/.]+` (docs/api.md §1.3): an id with a dot or a
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
  /**
   * The first turns of a conversation from the paged list (§2.1: `session_id`, `o=created`),
   * with the conversation's length in `X-Result-Count`. `by-session` sends every turn in one
   * response (megabytes for a long conversation); this small page lets the reader start while
   * it arrives. Best effort: no retries, and its failure only means waiting for the whole.
   * `click_count` is 0 in the list (only by-session annotates it), so clicks wait for the whole.
   */
  head: (sessionId: string) =>
    queryOptions({
      queryKey: [...transcriptQueries.all(), 'session', sessionId, 'head'] as const,
      queryFn: async ({ signal }) => {
        if (!isAddressableId(sessionId)) return null;
        const page = await getPage('anonymous-chat-interactions/', interactionSchema, {
          page: 1,
          pageSize: TRANSCRIPT_HEAD_SIZE,
          params: { session_id: sessionId, o: 'created' },
          signal,
        });
        // A server (or proxy) that dropped the filter would send other conversations' turns, and
        // one that dropped the ordering the newest turns: then there is no head, only the whole.
        const items = page.items;
        const ours = items.every((turn) => turn.session_id === sessionId);
        const oldestFirst = items.every(
          (turn, i) => i === 0 || Date.parse(items[i - 1].created) <= Date.parse(turn.created),
        );
        return ours && oldestFirst ? page : null;
      },
      retry: false,
      staleTime: 60_000,
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
