import type { Conversation } from '@/api/schemas/conversation';
import { csvColumns } from '@/components/data-table/csv-columns';
import { sortableColumnIds } from '@/components/data-table/sort-rows';
import type { ListDefinition } from '@/hooks/use-server-list';
import { paths } from '@/lib/paths';
import { conversationQueries } from '../api/queries';
import {
  CONVERSATION_DEFAULT_SORT,
  CONVERSATION_FILTER_GROUPS,
  conversationListSchema,
} from '../utils/conversation-filters';
import { conversationHref } from '../utils/conversation-row';
import { conversationColumns } from './conversation-columns';

/** The conversations list: the whole array, sorted, searched and paged by its worker. */
export const CONVERSATIONS: ListDefinition<typeof conversationListSchema, Conversation> = {
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
  search: { key: 'find' },
  read: (row, marks) => marks.isRead(row.session_id),
  review: { list: 'conversations', path: paths.conversations.pattern },
  mode: 'whole',
  query: (filters, generation) => conversationQueries.list({ filters, generation }),
  sortable: sortableColumnIds(conversationColumns),
};
