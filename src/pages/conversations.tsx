import { PageHeader } from '@/components/ui/page-header';
import { ConversationsList } from '@/features/conversations/components/conversations-list';

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
