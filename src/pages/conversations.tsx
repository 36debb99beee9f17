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

// Run by the router as soon as this module has loaded (src/app/router.tsx).
export { prepareConversationsList as prepare } from '@/features/conversations/api/queries';
