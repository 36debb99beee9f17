import {
  createColumnHelper,
  metaHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  type ColumnHelper,
  type RowData,
  type TableOptions,
} from '@tanstack/react-table';

/** Per-column options the data table understands, typed through v9's `columnMeta` slot. */
export type DataTableColumnMeta = {
  /** `'right'` for numbers: right-aligned with tabular figures (header too). */
  align?: 'left' | 'right';
  /** Header tooltip, e.g. to say what a counter really counts. */
  description?: string;
  /** CSS width of the column, e.g. `'7rem'` or `'30%'`. */
  width?: string;
  /**
   * The column in CSV exports: its header (default: the column's header text) and value
   * (default: the accessor's). `false` leaves it out. See `csvColumns`.
   */
  csv?: false | { header?: string; value?: (row: never) => unknown };
};

/**
 * One feature set for every table in the app. Sorting and paging are controlled by the URL;
 * the table never slices or sorts rows itself (client mode sorts with `sortRows`, see
 * sort-rows.ts), so no row-model slots are registered.
 */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnMeta: metaHelper<DataTableColumnMeta>(),
});

export type DataTableFeatures = typeof dataTableFeatures;

/** What `DataTable` accepts as `columns`: the result of `helper.columns([...])`. */
export type DataTableColumns<Row extends RowData> = TableOptions<DataTableFeatures, Row>['columns'];

/** Column helper bound to the data table's features: `const col = createDataTableColumnHelper<Visitor>()`. */
export function createDataTableColumnHelper<Row extends RowData>(): ColumnHelper<DataTableFeatures, Row> {
  return createColumnHelper<DataTableFeatures, Row>();
}

/**
 * A right-aligned count that sorts largest first: most of the numbers of every list.
 * `col.accessor(id, …)` with the shared options, so twenty columns cannot drift apart.
 */
export function countColumn<Row extends RowData, K extends keyof Row & string>(
  col: ColumnHelper<DataTableFeatures, Row>,
  id: K,
  header: string,
  { description, csv }: { description?: string; csv?: string } = {},
) {
  // The helper's overloads cannot see that `id` is a key of Row through the generic.
  const accessor = col.accessor as (
    id: K,
    def: { header: string; sortDescFirst: boolean; meta: DataTableColumnMeta },
  ) => ReturnType<typeof col.accessor>;
  return accessor(id, {
    header,
    sortDescFirst: true,
    meta: { align: 'right', description, ...(csv && { csv: { header: csv } }) },
  });
}
