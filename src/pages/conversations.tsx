import { NotBuilt } from './not-built';

export function ConversationsPage() {
  return <NotBuilt title="Conversations" what="every conversation with its counters" />;
}
