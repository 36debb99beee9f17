import {
  functionalUpdate,
  useTable,
  type PaginationState,
  type RowData,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { formatNumber } from '@/lib/format/number';
import { EMPTY } from '@/lib/format/text';
import { Pager } from './pager';
import { HeaderCell } from './header-cell';
import { sortRows } from './sort-rows';
import type { DataTableProps } from './data-table-props';
import { dataTableFeatures } from './table-features';
import { TableBody } from './table-body';
import { useRowFocusReturn } from './use-row-focus-return';
import { useRowNavigation } from './use-row-navigation';
import { useSideways } from './use-sideways';
import styles from './data-table.module.css';

const NO_ROWS: never[] = [];

/** Numbers with thousands separators, blanks as "—"; columns with their own `cell` override it. */
function defaultCell(context: { getValue: () => unknown }): ReactNode {
  const value = context.getValue();
  if (value === null || value === undefined || value === '') return EMPTY;
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}
const defaultColumn = { cell: defaultCell };

/**
 * The one table of the app, over TanStack Table v9. `mode="client"` takes the whole array and
 * sorts and pages it in the browser; `mode="manual"` shows one server page. Either way sort,
 * page and size live in the URL (`o`, `page`, `page_size`) through `state`.
 */
export function DataTable<Row extends RowData>(props: DataTableProps<Row>) {
  const {
    columns,
    state,
    caption,
    showCaption = false,
    getRowId,
    getRowHref,
    isRowRead,
    onRowIntent,
    isLoading = false,
    loadingKeys,
    isFetching = false,
    error,
    onRetry,
    errorWhat,
    emptyTitle = 'Nothing to show',
    emptyText,
    skeletonRows,
    children,
    exportSlot,
  } = props;
  const { sort, pageSize, setPage, setPageSize, setSort } = state;
  const sortId = sort?.id;
  const sortDesc = sort?.desc ?? false;
  const clientData = props.mode === 'client' ? props.data : undefined;

  // Client mode: sort the whole array once per (data, sort); paging only slices it.
  const sortedAll = useMemo(
    () =>
      clientData === undefined
        ? undefined
        : sortRows(clientData, columns, sortId === undefined ? null : { id: sortId, desc: sortDesc }),
    [clientData, columns, sortId, sortDesc],
  );
  const total = props.mode === 'client' ? sortedAll?.length : props.total;
  const pageCount = total === undefined ? undefined : Math.max(1, Math.ceil(total / pageSize));
  // Client mode: a page past the end (an old link, fewer rows after filtering) shows the last
  // page. Manual mode shows what the server returned for the URL's page.
  const page =
    props.mode === 'client' && pageCount !== undefined ? Math.min(state.page, pageCount) : state.page;
  const pageStart = (page - 1) * pageSize;

  const pageRows = useMemo<readonly Row[]>(() => {
    if (props.mode === 'manual') return props.data ?? NO_ROWS;
    return sortedAll ? sortedAll.slice(pageStart, pageStart + pageSize) : NO_ROWS;
  }, [props.mode, props.data, sortedAll, pageStart, pageSize]);

  const sorting = useMemo<SortingState>(
    () => (sortId === undefined ? [] : [{ id: sortId, desc: sortDesc }]),
    [sortId, sortDesc],
  );
  const pagination = useMemo<PaginationState>(() => ({ pageIndex: page - 1, pageSize }), [page, pageSize]);

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: pageRows,
    defaultColumn,
    getRowId,
    // Rows arrive sorted and sliced (by sortRows above or by the server): the table only
    // renders them and turns header and pager interactions into URL updates.
    manualSorting: true,
    manualPagination: true,
    rowCount: total,
    enableMultiSort: false,
    // Removing the sort would fall back to the default sort, which reads as a bug.
    enableSortingRemoval: false,
    autoResetPageIndex: false,
    autoResetSorting: false,
    state: { sorting, pagination },
    onSortingChange: (updater: Updater<SortingState>) => {
      const [next] = functionalUpdate(updater, sorting);
      setSort(next ? { id: next.id, desc: next.desc } : null);
    },
    onPaginationChange: (updater: Updater<PaginationState>) => {
      const next = functionalUpdate(updater, pagination);
      if (next.pageSize !== pagination.pageSize) setPageSize(next.pageSize);
      else if (next.pageIndex !== pagination.pageIndex) setPage(next.pageIndex + 1);
    },
  });

  const scrollRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    scrollRef.current?.scrollTo?.({ top: 0 });
  }, [page, pageSize, sortId, sortDesc]);

  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const rowEvents = useRowNavigation({
    bodyRef,
    scrollRef,
    getRowHref,
    onRowIntent,
    rowById: (id) => table.getRowModel().rows.find((r) => r.id === id)?.original,
  });
  const more = useSideways(scrollRef);

  const leafColumns = table.getAllLeafColumns();
  const rows = table.getRowModel().rows;
  const hasError = error !== undefined && error !== null && error !== false;
  const loading =
    !hasError && (isLoading || (props.mode === 'client' ? clientData : props.data) === undefined);
  const busy = loading || isFetching;
  useRowFocusReturn(bodyRef, !loading && !hasError && rows.length > 0);

  return (
    <div className={styles.root}>
      {(children !== undefined || exportSlot !== undefined) && (
        <div className={styles.toolbar}>
          <div className={styles.toolbarMain}>{children}</div>
          {exportSlot !== undefined && <div className={styles.toolbarEnd}>{exportSlot}</div>}
        </div>
      )}
      {more !== 'none' && (
        <p className={styles.sideways} aria-hidden="true">
          {more === 'start' ? '← More columns to the left' : 'More columns: scroll sideways →'}
        </p>
      )}
      {/* Focusable so keyboard users can scroll a wide or tall table (axe: scrollable-region-focusable). */}
      <div
        ref={scrollRef}
        className={styles.scroll}
        data-more={more}
        role="region"
        aria-label={caption}
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
      >
        <table className={styles.table} aria-busy={busy || undefined} data-fetching={isFetching || undefined}>
          <caption className={showCaption ? styles.caption : 'visually-hidden'}>{caption}</caption>
          <colgroup>
            {leafColumns.map((column) => (
              <col
                key={column.id}
                style={column.columnDef.meta?.width ? { width: column.columnDef.meta.width } : undefined}
              />
            ))}
          </colgroup>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {/* A column outside any group spans the header rows (rowSpan 0: covered from above). */}
                {group.headers
                  .filter((header) => header.rowSpan !== 0)
                  .map((header) => (
                    <HeaderCell key={header.id} header={header} state={state} />
                  ))}
              </tr>
            ))}
          </thead>
          {/* Keyboard users reach each row through its RowLink; the row click is a mouse shortcut. */}
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
          <tbody
            ref={bodyRef}
            onClick={rowEvents.onClick}
            onPointerDown={rowEvents.onIntent}
            onKeyDown={rowEvents.onIntent}
            onContextMenu={rowEvents.onIntent}
          >
            <TableBody
              rows={rows}
              columns={leafColumns}
              caption={caption}
              error={hasError ? error : undefined}
              onRetry={onRetry}
              errorWhat={errorWhat}
              loading={loading}
              loadingKeys={loadingKeys}
              skeletonRows={skeletonRows ?? Math.min(pageSize, 10)}
              emptyTitle={emptyTitle}
              emptyText={emptyText}
              getRowHref={getRowHref}
              isRowRead={isRowRead}
            />
          </tbody>
        </table>
      </div>
      {!hasError && total !== undefined && total > 0 && (
        <Pager
          page={page}
          pageCount={pageCount ?? 1}
          pageSize={pageSize}
          pageSizes={state.pageSizes}
          total={total}
          onPage={(next) => table.setPageIndex(next - 1)}
          onPageSize={(next) => table.setPageSize(next)}
        />
      )}
    </div>
  );
}
