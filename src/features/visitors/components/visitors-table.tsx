import type { QueryKey } from '@tanstack/react-query';
import { memo, type ReactNode } from 'react';
import { CopyableId } from '@/components/data-table/copyable-id';
import { CsvExportButton } from '@/components/data-table/csv-export-button';
import { DataTable } from '@/components/data-table/data-table';
import { sortableColumnIds, sortRows } from '@/components/data-table/sort-rows';
import { createDataTableColumnHelper } from '@/components/data-table/table-features';
import { Button } from '@/components/ui/button';
import { Time } from '@/components/ui/time';
import { useTableUrlState, type TableUrlStateOptions } from '@/hooks/use-table-url-state';
import { formatNumber } from '@/lib/format';
import type { CsvColumn } from '@/lib/csv';
import { paths } from '@/lib/paths';
import { lastSeenIso, type VisitorRow } from '../utils/visitor-rows';
import styles from './visitors.module.css';

export const REDACTIONS_DESCRIPTION =
  'Turns where the input guard redacted personal data (PII redactions). The API names this counter ' +
  'injection_strikes, but blocked injection attempts are never stored, so it does not count them.';

const col = createDataTableColumnHelper<VisitorRow>();

/** Column ids are the `by-user/` field names (contract §3.4); they appear in the URL as `o`. */
export const visitorColumns = col.columns([
  col.accessor('user_slug', {
    header: 'Visitor',
    cell: (info) => <CopyableId value={info.getValue()} label="visitor slug" length={12} link />,
    meta: { width: '13rem', description: 'Pseudonymous visitor id: a keyed hash of the IP address' },
  }),
  col.accessor((row) => row.lastSeenMs, {
    id: 'last_seen',
    header: 'Last seen',
    sortDescFirst: true,
    cell: (info) => <Time value={info.row.original.last_seen} relative />,
    meta: { width: '9rem', description: 'Time of the latest matching turn' },
  }),
  col.accessor('total_interactions', {
    header: 'Turns',
    sortDescFirst: true,
    meta: { align: 'right', description: 'Turns (a message and its reply) matching the filters' },
  }),
  col.accessor('session_count', {
    header: 'Conversations',
    sortDescFirst: true,
    meta: { align: 'right', description: 'Distinct conversations with matching turns' },
  }),
  col.accessor('positive_feedback', {
    header: 'Thumbs up',
    sortDescFirst: true,
    meta: { align: 'right', description: 'Turns the visitor rated thumbs up' },
  }),
  col.accessor('negative_feedback', {
    header: 'Thumbs down',
    sortDescFirst: true,
    meta: { align: 'right', description: 'Turns the visitor rated thumbs down' },
  }),
  col.accessor('no_feedback', {
    header: 'No feedback',
    sortDescFirst: true,
    meta: {
      align: 'right',
      description: 'Turns without a thumbs vote (turns with only a judge verdict included)',
    },
  }),
  col.accessor('injection_strikes', {
    header: 'Redactions',
    sortDescFirst: true,
    meta: { align: 'right', description: REDACTIONS_DESCRIPTION },
  }),
]);

const sortable = sortableColumnIds(visitorColumns);

export const VISITORS_TABLE_OPTIONS: TableUrlStateOptions = {
  defaultSort: { id: 'total_interactions', desc: true },
  sortable,
};

/** What the export contains: the raw counters, `last_seen` normalised to ISO-8601 UTC. */
export const visitorCsvColumns: CsvColumn<VisitorRow>[] = [
  { key: 'user_slug', header: 'Visitor slug' },
  { key: 'last_seen', header: 'Last seen (UTC)', value: lastSeenIso },
  { key: 'total_interactions', header: 'Turns' },
  { key: 'session_count', header: 'Conversations' },
  { key: 'positive_feedback', header: 'Thumbs up' },
  { key: 'negative_feedback', header: 'Thumbs down' },
  { key: 'no_feedback', header: 'No feedback' },
  { key: 'injection_strikes', header: 'PII redactions (injection_strikes)' },
];

const rowId = (row: VisitorRow) => row.user_slug;
const rowHref = (row: VisitorRow) => paths.visitor.href(row.user_slug);

/** Why the table is empty, decided by the page (filters, slug search or no data at all). */
export type VisitorsEmpty = 'none' | 'filters' | 'slug';

type Props = {
  /** Rows after the slug search, unsorted; `undefined` while the first load runs. */
  rows: readonly VisitorRow[] | undefined;
  /** Visitors the server returned for the filters (before the slug search). */
  loaded: number | undefined;
  /** The slug search as typed (trimmed), `''` when there is none. */
  slugQuery: string;
  /** The server filters in words, for the empty state. */
  filterDescription: string;
  isFetching: boolean;
  /** The list query, for the slow-load notice and its Cancel. */
  loadingKeys?: readonly QueryKey[];
  error: unknown;
  onRetry: () => void;
  empty: VisitorsEmpty;
  onClearFilters: () => void;
  onClearSlug: () => void;
  exportName: string;
};

/**
 * Memoised on purpose: typing in the slug search re-renders the page with the previous
 * (deferred) rows, and this table is skipped until the filtered rows are ready.
 */
export const VisitorsTable = memo(function VisitorsTable({
  rows,
  loaded,
  slugQuery,
  filterDescription,
  isFetching,
  loadingKeys,
  error,
  onRetry,
  empty,
  onClearFilters,
  onClearSlug,
  exportName,
}: Props) {
  const state = useTableUrlState(VISITORS_TABLE_OPTIONS);
  const { sort } = state;

  let emptyTitle = 'No visitors yet';
  let emptyText: ReactNode =
    'No turn with a visitor slug has been recorded. Turns from before the slug salt was configured have no slug and are not grouped by visitor.';
  if (empty === 'filters') {
    emptyTitle = 'No visitors match these filters';
    emptyText = (
      <>
        <p className={styles.emptyLine}>
          No visitor has turns matching {filterDescription}. Widen the date range or clear filters.
        </p>
        <Button size="small" onClick={onClearFilters}>
          Clear filters
        </Button>
      </>
    );
  } else if (empty === 'slug') {
    emptyTitle = `No visitor slug contains “${slugQuery}”`;
    emptyText = (
      <>
        <p className={styles.emptyLine}>
          Searched the {formatNumber(loaded ?? 0)} visitors loaded for these filters. Slugs are 64 hexadecimal
          characters; paste all or part of one.
        </p>
        <Button size="small" onClick={onClearSlug}>
          Clear search
        </Button>
      </>
    );
  }

  const count = rows?.length;
  const summary =
    count === undefined || loaded === undefined ? null : slugQuery && count !== loaded ? (
      <>
        <strong>{formatNumber(count)}</strong> of {formatNumber(loaded)} visitors
      </>
    ) : (
      <>
        <strong>{formatNumber(count)}</strong> {count === 1 ? 'visitor' : 'visitors'}
      </>
    );

  return (
    <DataTable
      mode="client"
      data={rows}
      columns={visitorColumns}
      state={state}
      caption="Visitors"
      getRowId={rowId}
      getRowHref={rowHref}
      isFetching={isFetching}
      loadingKeys={loadingKeys}
      error={error ?? undefined}
      onRetry={onRetry}
      errorWhat="visitors"
      emptyTitle={emptyTitle}
      emptyText={emptyText}
      exportSlot={
        <CsvExportButton
          filename={exportName}
          columns={visitorCsvColumns}
          disabled={!rows || rows.length === 0}
          getRows={() => sortRows(rows ?? [], visitorColumns, sort)}
        />
      }
    >
      <p className={styles.summary} aria-live="polite">
        {summary}
      </p>
    </DataTable>
  );
});
