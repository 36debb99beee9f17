import { describe, expect, it } from 'vitest';
import { conversationListSchema } from '@/api/schemas/conversation';
import { sortableColumnIds, sortRows } from '@/components/data-table/sort-rows';
import { Dataset } from '@/lib/whole-list/dataset';
import { buildDb } from '@mocks/db';
import { makeConversation } from '@mocks/factories/conversation';
import { conversationJson, groupConversations } from '@mocks/query/aggregates';
import { conversationColumns } from '../components/conversation-columns';
import { conversationListSpec } from './conversation-list-spec';

// Varied rows: the fixtures' conversations, plus an older server's rows (no rank, blanks).
const answer = conversationListSchema.parse([
  ...[...groupConversations(buildDb({ sessions: 300, visitors: 120, longSessions: [] }).turns).values()].map(
    conversationJson,
  ),
  makeConversation({ session_id: 'legacy-high', max_severity: 'high', started: null, last_active: null }),
  makeConversation({ session_id: 'legacy-none', max_severity: '', models_used: '' }),
  makeConversation({ session_id: 'python-time', last_active: '2026-08-01T10:00:00.000001+00:00' }),
]);
const dataset = new Dataset(conversationListSpec, answer);

describe('conversationListSpec', () => {
  it('has a sort key for exactly the columns the table sorts', () => {
    expect(Object.keys(conversationListSpec.sortKeys).sort()).toEqual(
      sortableColumnIds(conversationColumns).sort(),
    );
  });

  it.each(sortableColumnIds(conversationColumns))(
    'sorts %s in the worker exactly as the table column does',
    (id) => {
      for (const desc of [false, true]) {
        const sort = { id, desc };
        expect(dataset.all({ sort, search: '' })).toEqual(sortRows(answer, conversationColumns, sort));
      }
    },
  );

  it('searches conversation ids and visitor slugs', () => {
    const [row] = answer;
    const found = dataset.all({ sort: null, search: row.session_id.slice(0, 8).toUpperCase() });
    expect(found.map((r) => r.session_id)).toContain(row.session_id);
    expect(
      dataset
        .all({ sort: null, search: row.user_slug.slice(10, 30) })
        .every((r) => r.user_slug === row.user_slug),
    ).toBe(true);
  });
});
