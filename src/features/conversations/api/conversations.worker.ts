import type { Conversation } from '@/api/schemas/conversation';
import type { WholeListWorker } from '@/lib/whole-list/connection';
import { serveWholeList } from '@/lib/whole-list/server';
import { conversationListSpec } from '../utils/conversation-list-spec';

/**
 * The conversations' worker: this module, run as a module worker, reads and sorts
 * `conversations/` off the main thread (src/lib/whole-list). In the page it only says where it
 * is and what it serves.
 */
export const conversationsWorker: WholeListWorker<Conversation> = {
  url: import.meta.url,
  spec: conversationListSpec,
};

serveWholeList(conversationListSpec);
