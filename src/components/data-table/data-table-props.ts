import type { QueryKey } from '@tanstack/react-query';
import type { RowData } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import type { TableUrlState } from '@/hooks/use-table-url-state';
import type { DataTableColumns } from './table-features';

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
