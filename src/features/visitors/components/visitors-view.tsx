import { csvColumns } from '@/components/data-table/csv-columns';
import { sortableColumnIds } from '@/components/data-table/sort-rows';
import { ServerList } from '@/components/list/server-list';
import { useServerList, type ListDefinition } from '@/hooks/use-server-list';
import { paths } from '@/lib/paths';
import { visitorQueries } from '../api/queries';
import { VISITOR_DEFAULT_SORT, VISITOR_FILTER_GROUPS, visitorListSchema } from '../utils/visitor-filters';
import type { VisitorRow } from '../utils/visitor-rows';
import { REDACTIONS_DESCRIPTION, visitorColumns } from './visitor-columns';
import styles from './visitors.module.css';

const VISITORS: ListDefinition<typeof visitorListSchema, VisitorRow> = {
  caption: 'Visitors',
  noun: ['visitor', 'visitors'],
  schema: visitorListSchema,
  groups: VISITOR_FILTER_GROUPS,
  columns: visitorColumns,
  defaultSort: VISITOR_DEFAULT_SORT,
  rowId: (row) => row.user_slug,
  rowHref: (row) => paths.visitor.href(row.user_slug),
  exportName: 'visitors',
  csv: csvColumns(visitorColumns),
  empty: {
    title: 'No visitors yet',
    text: 'No turn with a visitor slug has been recorded. Turns from before the slug salt was configured have no slug and are not grouped by visitor.',
    filteredHint: 'Widen the date range or remove a filter.',
  },
  mode: 'whole',
  // The whole array (docs/api.md §2.4), read and searched by slug in the visitors' worker.
  query: visitorQueries.list,
  sortable: sortableColumnIds(visitorColumns),
  search: { key: 'slug' },
};

/**
 * `/users`: every visitor with counters from `by-user/` (the whole array), filtered on the
 * server by the URL's turn filters, then searched by slug, sorted and paged in a worker.
 */
export function VisitorsView() {
  return (
    <div className={styles.page}>
      <ServerList list={useServerList(VISITORS)} filterLabel="Filter visitors" />
      <p className={styles.footnote}>
        <strong>Redactions</strong>: {REDACTIONS_DESCRIPTION} Counters cover only the turns that match the
        filters.
      </p>
    </div>
  );
}
