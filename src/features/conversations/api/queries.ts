import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiGet } from '@/api/client';
import { turnFilterParams, type ApiGeneration, type ConversationFilters } from '@/api/filters';
import { conversationListSchema } from '@/api/schemas/conversation';

const CONVERSATIONS_PATH = 'anonymous-chat-interactions/conversations/';

export type ConversationListRequest = { filters: ConversationFilters; generation: ApiGeneration };

function fetchConversations({ filters, generation }: ConversationListRequest, signal?: AbortSignal) {
  return apiGet(CONVERSATIONS_PATH, conversationListSchema, {
    // turnFilterParams passes the conversation-level keys through unchanged and, unlike
    // conversationFilterParams, keeps `has_feedback` off 8.1.0-era servers.
    params: turnFilterParams(filters, generation),
    signal,
  });
}

export const conversationQueries = {
  all: () => ['conversations'] as const,
  /** The whole array (not paged, docs/api.md §2.6); sorted and paged in the browser. */
  list: (request: ConversationListRequest) =>
    queryOptions({
      queryKey: [...conversationQueries.all(), 'list', request] as const,
      queryFn: ({ signal }) => fetchConversations(request, signal),
      placeholderData: keepPreviousData,
      staleTime: 60_000,
    }),
};
