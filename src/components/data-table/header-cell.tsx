import { FlexRender, type Header, type RowData } from '@tanstack/react-table';
import type { TableUrlState } from '@/hooks/use-table-url-state';
import type { DataTableFeatures } from './table-features';
import styles from './data-table.module.css';

/** A column's header: its sort button (when the URL can sort by it), arrow and description. */
export function HeaderCell<Row extends RowData>({
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
