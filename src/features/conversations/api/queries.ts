import { prepareGet } from '@/api/client';
import { turnFilterParams, type ApiGeneration, type ConversationFilters } from '@/api/filters';
import { prepareWholeList, wholeListQuery } from '@/lib/whole-list/whole-list-query';

const CONVERSATIONS_PATH = 'anonymous-chat-interactions/conversations/';

export type ConversationListRequest = { filters: ConversationFilters; generation: ApiGeneration };

function conversationsRequest({ filters, generation }: ConversationListRequest) {
  return prepareGet(CONVERSATIONS_PATH, {
    // turnFilterParams passes the conversation-level keys through unchanged and, unlike
    // conversationFilterParams, keeps `has_feedback` off 8.1.0-era servers.
    params: turnFilterParams(filters, generation),
  });
}

// Module scope: the one loader of the conversations' worker (its identity names the connection).
const conversationsWorker = () =>
  import('./conversations.worker').then((module) => module.conversationsWorker);

export const conversationQueries = {
  all: () => ['conversations'] as const,
  /**
   * The whole array (not paged, docs/api.md §2.6); read, validated, sorted and paged in the
   * conversations' worker.
   */
  list: (request: ConversationListRequest) => ({
    ...wholeListQuery({
      queryKey: [...conversationQueries.all(), 'list', request] as const,
      request: () => conversationsRequest(request),
      worker: conversationsWorker,
    }),
    staleTime: 60_000,
  }),
};

/** Starts the list's worker ahead of its first query (the page's module has loaded). */
export const prepareConversationsList = () => prepareWholeList(conversationsWorker);
