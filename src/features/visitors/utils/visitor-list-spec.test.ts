import { describe, expect, it } from 'vitest';
import { userAggregateListSchema } from '@/api/schemas/user-aggregate';
import { sortableColumnIds, sortRows } from '@/components/data-table/sort-rows';
import { Dataset } from '@/lib/whole-list/dataset';
import { buildDb } from '@mocks/db';
import { makeAggregate, slug } from '@mocks/factories/visitor';
import { userAggregates } from '@mocks/query/aggregates';
import { visitorColumns } from '../components/visitor-columns';
import { visitorListSpec } from './visitor-list-spec';

// Varied rows: the fixtures' aggregates, plus blanks, ties and both timestamp forms.
const answer = userAggregateListSchema.parse([
  ...userAggregates(buildDb({ sessions: 300, visitors: 120, longSessions: [] }).turns),
  makeAggregate({ user_slug: slug('00'), last_seen: null, total_interactions: 0 }),
  makeAggregate({ user_slug: slug('0f'), last_seen: '2026-08-20T10:00:00.123Z' }),
  makeAggregate({ user_slug: slug('FF'), last_seen: '2026-08-20T10:00:00.123456+00:00' }),
]);
const rows = answer.map(visitorListSpec.toRow as (item: (typeof answer)[number]) => never);
const dataset = new Dataset(visitorListSpec, rows);

describe('visitorListSpec', () => {
  it('has a sort key for exactly the columns the table sorts', () => {
    expect(Object.keys(visitorListSpec.sortKeys).sort()).toEqual(sortableColumnIds(visitorColumns).sort());
  });

  it.each(sortableColumnIds(visitorColumns))(
    'sorts %s in the worker exactly as the table column does',
    (id) => {
      for (const desc of [false, true]) {
        const sort = { id, desc };
        expect(dataset.all({ sort, search: '' })).toEqual(sortRows(rows, visitorColumns, sort));
      }
    },
  );

  it('searches slugs', () => {
    expect(dataset.all({ sort: null, search: ' FFFF…' }).map((row) => row.user_slug)).toEqual([slug('FF')]);
  });
});
