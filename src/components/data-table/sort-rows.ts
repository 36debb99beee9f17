import type { RowData } from '@tanstack/react-table';
import type { SortState } from '@/hooks/use-table-url-state';
import { sortedOrder, sortKey, type SortKey } from '@/lib/sort-order';
import type { DataTableColumns } from './table-features';

/** The parts of a v9 column definition that decide a column's id and value. */
type LooseColumnDef<Row> = {
  id?: string;
  accessorKey?: unknown;
  accessorFn?: (row: Row, index: number) => unknown;
  header?: unknown;
  enableSorting?: boolean;
  columns?: ReadonlyArray<LooseColumnDef<Row>>;
};

type Accessor<Row> = (row: Row, index: number) => unknown;

function leafDefs<Row>(defs: ReadonlyArray<LooseColumnDef<Row>>): LooseColumnDef<Row>[] {
  return defs.flatMap((def) => (def.columns?.length ? leafDefs(def.columns) : [def]));
}

/** Same id rules as TanStack's `constructColumn`: `id`, else `accessorKey` with `.` → `_`, else a string header. */
function columnId<Row>(def: LooseColumnDef<Row>): string | undefined {
  if (def.id !== undefined) return def.id;
  if (def.accessorKey !== undefined) return String(def.accessorKey).replaceAll('.', '_');
  return typeof def.header === 'string' ? def.header : undefined;
}

function accessorOf<Row>(def: LooseColumnDef<Row>): Accessor<Row> | undefined {
  if (def.accessorFn) return def.accessorFn;
  if (def.accessorKey === undefined) return undefined;
  const path = String(def.accessorKey).split('.');
  return (row) => {
    let value: unknown = row;
    for (const key of path) {
      value =
        value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    }
    return value;
  };
}

function asLoose<Row extends RowData>(columns: DataTableColumns<Row>): ReadonlyArray<LooseColumnDef<Row>> {
  return columns as ReadonlyArray<LooseColumnDef<Row>>;
}

/** Ids of the columns that can be sorted (accessor columns without `enableSorting: false`). */
export function sortableColumnIds<Row extends RowData>(columns: DataTableColumns<Row>): string[] {
  return leafDefs(asLoose(columns))
    .filter((def) => accessorOf(def) !== undefined && def.enableSorting !== false)
    .map(columnId)
    .filter((id): id is string => id !== undefined);
}

type CacheEntry = { columns: unknown; id: string; desc: boolean; result: readonly unknown[] };
// The table sorts for display and the page sorts again for CSV export; both ask for the same
// (rows, columns, sort), so the last answer per rows array is kept instead of sorting twice.
const cache = new WeakMap<readonly unknown[], CacheEntry>();

/**
 * Sorts a whole client-side array by one column, the way the data table shows it: blanks
 * (null, undefined, '', NaN) always last, numbers before text in mixed columns, ties keep
 * their original order. Returns `rows` itself when there is nothing to sort.
 */
export function sortRows<Row extends RowData>(
  rows: readonly Row[],
  columns: DataTableColumns<Row>,
  sort: SortState | null,
): readonly Row[] {
  if (!sort || rows.length < 2) return rows;
  const def = leafDefs(asLoose(columns)).find((d) => columnId(d) === sort.id);
  const accessor = def && accessorOf(def);
  if (!accessor) return rows;

  const hit = cache.get(rows);
  if (hit && hit.columns === columns && hit.id === sort.id && hit.desc === sort.desc) {
    return hit.result as readonly Row[];
  }

  const keys = new Array<SortKey>(rows.length);
  for (let i = 0; i < rows.length; i++) keys[i] = sortKey(accessor(rows[i], i));
  const order = sortedOrder(keys, sort.desc);
  const result = Array.from(order, (i) => rows[i]);
  cache.set(rows, { columns, id: sort.id, desc: sort.desc, result });
  return result;
}
