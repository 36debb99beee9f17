import { PageHeader } from '@/components/ui/page-header';
import { conversationQueries } from '@/features/conversations/api/queries';
import { ConversationsList } from '@/features/conversations/components/conversations-list';

/** The router calls this when the page's module has loaded, before the page renders. */
export const prepareConversationsPage = conversationQueries.prepareList;

export function ConversationsPage() {
  return (
    <>
      <PageHeader
        title="Conversations"
        documentTitle="Conversations"
        subtitle="One row per conversation with its counters. Open a row to read the transcript."
      />
      <ConversationsList />
    </>
  );
}
