import type { QueryKey } from '@tanstack/react-query';
import { FlexRender, type Column, type Row as TableRow, type RowData } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { SlowLoading } from '@/components/feedback/slow-loading';
import { EmptyState, pulseClass, SectionError, Skeleton } from '@/components/feedback/states';
import { RowHrefContext, RowReadContext } from './row-link';
import type { DataTableFeatures } from './table-features';
import styles from './data-table.module.css';

type Props<Row extends RowData> = {
  rows: readonly TableRow<DataTableFeatures, Row>[];
  columns: readonly Column<DataTableFeatures, Row, unknown>[];
  caption: string;
  /** Set when the rows could not be loaded. */
  error: unknown;
  onRetry?: () => void;
  errorWhat?: string;
  loading: boolean;
  loadingKeys?: readonly QueryKey[];
  skeletonRows: number;
  emptyTitle: string;
  emptyText?: ReactNode;
  getRowHref?: (row: Row) => string | undefined;
  isRowRead?: (row: Row) => boolean;
};

/** What a table's body shows: its error, its loading skeleton, its empty state or its rows. */
export function TableBody<Row extends RowData>(props: Props<Row>) {
  const { rows, columns, caption, error, loading, getRowHref, isRowRead } = props;
  const what = props.errorWhat ?? caption.toLowerCase();
  const span = Math.max(1, columns.length);
  const message = (content: ReactNode) => (
    <tr className={styles.messageRow}>
      <td colSpan={span}>{content}</td>
    </tr>
  );
  const align = (column: Column<DataTableFeatures, Row, unknown>) =>
    column.columnDef.meta?.align === 'right' ? styles.num : undefined;

  if (error !== undefined) return message(<SectionError error={error} onRetry={props.onRetry} what={what} />);
  if (loading) {
    // The rows pulse as one (a compositor animation), not each bar on its own.
    const skeleton = Array.from({ length: props.skeletonRows }, (_, i) => (
      <tr key={i} className={pulseClass}>
        {columns.map((column, j) => (
          <td key={column.id} className={align(column)}>
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
    if (!props.loadingKeys) return skeleton;
    return (
      <SlowLoading queryKeys={props.loadingKeys} what={what} wrap={message}>
        {skeleton}
      </SlowLoading>
    );
  }
  if (rows.length === 0) return message(<EmptyState title={props.emptyTitle}>{props.emptyText}</EmptyState>);
  return rows.map((row) => {
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
              <td key={cell.id} className={align(cell.column)}>
                <FlexRender cell={cell} />
              </td>
            ))}
          </tr>
        </RowReadContext>
      </RowHrefContext>
    );
  });
}
