import {
  FlexRender,
  functionalUpdate,
  useTable,
  type Header,
  type PaginationState,
  type RowData,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import type { QueryKey } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, type MouseEvent, type ReactNode, type SyntheticEvent } from 'react';
import { useNavigate } from 'react-router';
import { SlowLoading } from '@/components/feedback/slow-loading';
import { EmptyState, pulseClass, SectionError, Skeleton } from '@/components/feedback/states';
import { useShortcuts } from '@/components/shortcuts/shortcuts';
import type { TableUrlState } from '@/hooks/use-table-url-state';
import { formatNumber } from '@/lib/format/number';
import { EMPTY } from '@/lib/format/text';
import { Pager } from './pager';
import { RowHrefContext, RowReadContext } from './row-link';
import { sortRows } from './sort-rows';
import { dataTableFeatures, type DataTableColumns, type DataTableFeatures } from './table-features';
import { useRowFocusReturn } from './use-row-focus-return';
import { useSideways } from './use-sideways';
import styles from './data-table.module.css';

type DataTableBaseProps<Row extends RowData> = {
  /** From `helper.columns([...])`, defined at module scope (or memoised) so it is stable. */
  columns: DataTableColumns<Row>;
  /** The page's `useTableUrlState(...)` result: the URL owns sort, page and page size. */
  state: TableUrlState;
  /** Names the table for assistive technology; visually hidden unless `showCaption`. */
  caption: string;
  showCaption?: boolean;
  /** Stable row identity (React keys); defaults to the index within the page. */
  getRowId?: (row: Row, index: number) => string;
  /**
   * Where a row leads. Cells render `<RowLink>` for the real link; a click elsewhere on the row
   * follows it. `undefined` for a row that leads nowhere (its `RowLink` renders plain text).
   */
  getRowHref?: (row: Row) => string | undefined;
  /** Read marks: a read row's link reads quieter and says "read" to screen readers. */
  isRowRead?: (row: Row) => boolean;
  /**
   * A row is about to be opened, by any means (a press of any button, Enter, the context menu
   * for "open in new tab"): the list keeps what the opened page needs to know about it.
   */
  onRowIntent?: (row: Row) => void;
  /** First load: skeleton rows instead of the body. */
  isLoading?: boolean;
  /**
   * The queries a first load waits for: when it is slow, the table says so and offers to
   * cancel them (then a Retry), see `SlowLoading`.
   */
  loadingKeys?: readonly QueryKey[];
  /** A background refetch with rows on screen: marks the table busy and dims it. */
  isFetching?: boolean;
  /** Shown as one row across the table, with a retry when `onRetry` is given. */
  error?: unknown;
  onRetry?: () => void;
  /** Completes "Could not load …"; defaults to the caption in lower case. */
  errorWhat?: string;
  emptyTitle?: string;
  emptyText?: ReactNode;
  /** Skeleton rows while loading; defaults to the page size, at most 10. */
  skeletonRows?: number;
  /** Toolbar: filters and search above the table. */
  children?: ReactNode;
  /** Right end of the toolbar, e.g. `<CsvExportButton …/>`. */
  exportSlot?: ReactNode;
};

type ClientDataTableProps<Row extends RowData> = DataTableBaseProps<Row> & {
  /** Every row (already filtered by the page); sorted and paged here. */
  mode: 'client';
  data: readonly Row[] | undefined;
  total?: never;
};

type ManualDataTableProps<Row extends RowData> = DataTableBaseProps<Row> & {
  /** One server page, already sorted by the server; sort and page changes only update the URL. */
  mode: 'manual';
  data: readonly Row[] | undefined;
  /** Rows matching the filters on the server (`X-Result-Count`); `undefined` while unknown. */
  total: number | undefined;
};

export type DataTableProps<Row extends RowData> = ClientDataTableProps<Row> | ManualDataTableProps<Row>;

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

/** Elements whose own click must win over the row's navigation. */
const INTERACTIVE =
  'a[href], button, input, select, textarea, label, summary, [role="button"], [role="link"], [role="checkbox"], [contenteditable]:not([contenteditable="false"])';

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
  useShortcuts(
    'Lists',
    [
      { keys: 'j', label: 'Next row', run: () => focusRow(bodyRef.current, scrollRef.current, 1) },
      { keys: 'k', label: 'Previous row', run: () => focusRow(bodyRef.current, scrollRef.current, -1) },
    ],
    { enabled: getRowHref !== undefined },
  );

  const navigate = useNavigate();
  const onBodyClick = (event: MouseEvent<HTMLTableSectionElement>) => {
    // Modified and middle clicks belong to the row's real link (new tab, new window).
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const target = event.target;
    if (!(target instanceof Element) || target.closest(INTERACTIVE)) return;
    // Selecting text to copy it is not a request to leave the page.
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed && selection.toString().trim() !== '') return;
    const href = target.closest<HTMLElement>('tr[data-href]')?.dataset.href;
    if (href !== undefined) navigate(href);
  };

  const rowIntent = (event: SyntheticEvent<HTMLTableSectionElement>) => {
    if (!onRowIntent || !(event.target instanceof Element)) return;
    if ('key' in event && event.key !== 'Enter') return;
    const id = event.target.closest<HTMLElement>('tr[data-row-id]')?.dataset.rowId;
    const row = id === undefined ? undefined : table.getRowModel().rows.find((r) => r.id === id);
    if (row) onRowIntent(row.original);
  };
  const more = useSideways(scrollRef);

  const leafColumns = table.getAllLeafColumns();
  const columnCount = Math.max(1, leafColumns.length);
  const rows = table.getRowModel().rows;
  const hasError = error !== undefined && error !== null && error !== false;
  const loading =
    !hasError && (isLoading || (props.mode === 'client' ? clientData : props.data) === undefined);
  const busy = loading || isFetching;
  useRowFocusReturn(bodyRef, !loading && !hasError && rows.length > 0);

  let body: ReactNode;
  if (hasError) {
    body = (
      <tr className={styles.messageRow}>
        <td colSpan={columnCount}>
          <SectionError error={error} onRetry={onRetry} what={errorWhat ?? caption.toLowerCase()} />
        </td>
      </tr>
    );
  } else if (loading) {
    const count = skeletonRows ?? Math.min(pageSize, 10);
    const skeleton = Array.from({ length: count }, (_, i) => (
      <tr key={i} className={pulseClass}>
        {leafColumns.map((column, j) => (
          <td key={column.id} className={column.columnDef.meta?.align === 'right' ? styles.num : undefined}>
            <Skeleton
              width={column.columnDef.meta?.align === 'right' ? '3rem' : '70%'}
              height="0.8rem"
              still
              label={i === 0 && j === 0 ? `Loading ${caption.toLowerCase()}` : undefined}
            />
          </td>
        ))}
      </tr>
    ));
    body = loadingKeys ? (
      <SlowLoading
        queryKeys={loadingKeys}
        what={errorWhat ?? caption.toLowerCase()}
        wrap={(notice) => (
          <tr className={styles.messageRow}>
            <td colSpan={columnCount}>{notice}</td>
          </tr>
        )}
      >
        {skeleton}
      </SlowLoading>
    ) : (
      skeleton
    );
  } else if (rows.length === 0) {
    body = (
      <tr className={styles.messageRow}>
        <td colSpan={columnCount}>
          <EmptyState title={emptyTitle}>{emptyText}</EmptyState>
        </td>
      </tr>
    );
  } else {
    body = rows.map((row) => {
      const href = getRowHref?.(row.original);
      const read = isRowRead?.(row.original);
      return (
        <RowHrefContext key={row.id} value={href}>
          <RowReadContext value={read}>
            <tr
              data-href={href}
              data-row-id={row.id}
              data-read={read === undefined ? undefined : String(read)}
              className={href !== undefined ? styles.linkedRow : undefined}
            >
              {row.getAllCells().map((cell) => (
                <td
                  key={cell.id}
                  className={cell.column.columnDef.meta?.align === 'right' ? styles.num : undefined}
                >
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          </RowReadContext>
        </RowHrefContext>
      );
    });
  }

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
            onClick={getRowHref ? onBodyClick : undefined}
            onPointerDown={onRowIntent && rowIntent}
            onKeyDown={onRowIntent && rowIntent}
            onContextMenu={onRowIntent && rowIntent}
          >
            {body}
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

function HeaderCell<Row extends RowData>({
  header,
  state,
}: {
  header: Header<DataTableFeatures, Row, unknown>;
  state: TableUrlState;
}) {
  const { column } = header;
  const meta = column.columnDef.meta;
  const right = meta?.align === 'right';
  // A placeholder at the top of a chain stands for its leaf column (rowSpan > 1), so it gets
  // the column's header, sort button and description.
  const isLeaf = column.columns.length === 0;
  const canSort = isLeaf && column.getCanSort() && state.sortable.includes(column.id);
  const sorted = state.sort?.id === column.id ? (state.sort.desc ? 'desc' : 'asc') : false;
  const className = [right && styles.num, canSort && styles.sortable].filter(Boolean).join(' ') || undefined;
  const content = <FlexRender header={header} />;

  return (
    <th
      scope={isLeaf ? 'col' : 'colgroup'}
      colSpan={header.colSpan > 1 ? header.colSpan : undefined}
      rowSpan={header.rowSpan > 1 ? header.rowSpan : undefined}
      className={className}
      aria-sort={
        canSort ? (sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none') : undefined
      }
      title={meta?.description}
    >
      {canSort ? (
        <button
          type="button"
          className={styles.sortButton}
          onClick={() =>
            column.toggleSorting(sorted ? sorted === 'asc' : column.getFirstSortDir() === 'desc')
          }
        >
          <span>{content}</span>
          <span className={sorted ? styles.sortArrow : styles.sortArrowIdle} aria-hidden="true">
            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
          </span>
        </button>
      ) : (
        content
      )}
    </th>
  );
}

/**
 * `j`/`k`: focuses the next or previous row's link (the row's `RowLink`, else its first link),
 * starting at the first row, and keeps the row clear of the sticky header.
 */
function focusRow(body: HTMLTableSectionElement | null, scroller: HTMLElement | null, step: 1 | -1): boolean {
  if (!body) return false;
  const rows = [...body.querySelectorAll<HTMLTableRowElement>('tr[data-href]')];
  if (rows.length === 0) return false;
  const active = document.activeElement;
  const current = rows.findIndex((row) => active !== null && row.contains(active));
  const index = current < 0 ? 0 : Math.min(rows.length - 1, Math.max(0, current + step));
  const row = rows[index];
  const link =
    row.querySelector<HTMLElement>('a[data-row-link]') ?? row.querySelector<HTMLElement>('a[href]');
  if (!link) return false;
  const head = scroller?.querySelector('thead');
  if (scroller && head) scroller.style.scrollPaddingTop = `${head.getBoundingClientRect().height}px`;
  link.focus({ preventScroll: true });
  row.scrollIntoView?.({ block: 'nearest' });
  return true;
}
