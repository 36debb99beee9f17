import { useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '@/api/errors';
import type { Conversation } from '@/api/schemas/conversation';
import { getApiGeneration } from '@/api/server-info';
import { csvColumns } from '@/components/data-table/csv-columns';
import { sortableColumnIds } from '@/components/data-table/sort-rows';
import { ServerList } from '@/components/list/server-list';
import { Button, buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { useServerList, type ListDefinition } from '@/hooks/use-server-list';
import { paths } from '@/lib/paths';
import { conversationQueries } from '../api/queries';
import {
  CONVERSATION_DEFAULT_SORT,
  CONVERSATION_FILTER_GROUPS,
  conversationListSchema,
} from '../utils/conversation-filters';
import { conversationHref } from '../utils/conversation-row';
import { conversationColumns } from './conversation-columns';
import styles from './conversations.module.css';

const CONVERSATIONS: ListDefinition<typeof conversationListSchema, Conversation> = {
  caption: 'Conversations',
  noun: ['conversation', 'conversations'],
  schema: conversationListSchema,
  groups: CONVERSATION_FILTER_GROUPS,
  columns: conversationColumns,
  defaultSort: CONVERSATION_DEFAULT_SORT,
  rowId: (row) => row.session_id,
  rowHref: conversationHref,
  exportName: 'conversations',
  csv: csvColumns(conversationColumns),
  empty: {
    title: 'No conversations yet',
    text: 'Conversations appear here as soon as visitors use the public assistant.',
    filteredHint: 'Widen the ranges or remove a filter.',
  },
  mode: 'whole',
  query: (filters, generation) => conversationQueries.list({ filters, generation }),
  sortable: sortableColumnIds(conversationColumns),
  search: { key: 'find' },
};

/** `conversations/` is missing before Waldur 8.1.2: a 404, or an HTML 404 from a proxy. */
function isMissingEndpoint(error: unknown): boolean {
  return isApiError(error) && error.status === 404;
}

/** What a server without `conversations/` gets instead of an error page. */
function ConversationsNeedNewerServer({ onTryAnyway }: { onTryAnyway?: () => void }) {
  return (
    <Card>
      <div className={styles.oldServer}>
        <h2>Conversations need Waldur 8.1.2 or newer</h2>
        <p>
          This server has no list of conversations (the <code>conversations/</code> endpoint arrived in Waldur
          8.1.2). The same visitors and their conversations are on the Visitors page, and every turn is in the
          turns review.
        </p>
        <div className={styles.actions}>
          <Link className={buttonClass} to={paths.visitors.href()}>
            Go to Visitors
          </Link>
          <Link className={buttonClass} to={paths.interactions.href()}>
            Review turns
          </Link>
          {onTryAnyway && (
            <Button variant="ghost" onClick={onTryAnyway}>
              Ask the server anyway
            </Button>
          )}
        </div>
      </div>
    </Card>
  );
}

/** Every conversation with its counters: the whole array, sorted and paged in the browser. */
export function ConversationsList() {
  // Servers older than 8.1.2 have no conversations/; an unknown or patched server can still
  // be asked on request.
  const [tryAnyway, setTryAnyway] = useState(false);
  const skip = getApiGeneration() === 'legacy' && !tryAnyway;
  const list = useServerList(CONVERSATIONS, { enabled: !skip });
  if (skip || isMissingEndpoint(list.query.error)) {
    return <ConversationsNeedNewerServer onTryAnyway={skip ? () => setTryAnyway(true) : undefined} />;
  }
  return <ServerList list={list} filterLabel="Filter conversations" />;
}
