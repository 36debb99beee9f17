import type { RowData } from '@tanstack/react-table';
import type { SortState } from '@/hooks/use-table-url-state';
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

/** Normalised sort key: numbers sort numerically, text case-insensitively, blanks are `null`. */
function sortKey(value: unknown): number | string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isNaN(value) ? null : value;
  if (typeof value === 'string') return value === '' ? null : value.toLowerCase();
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isNaN(ms) ? null : ms;
  }
  return String(value).toLowerCase();
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

  const n = rows.length;
  const keys = new Array<number | string | null>(n);
  let allNumbers = true;
  for (let i = 0; i < n; i++) {
    const key = sortKey(accessor(rows[i], i));
    keys[i] = key;
    if (typeof key === 'string') allNumbers = false;
  }
  const dir = sort.desc ? -1 : 1;
  const order = Array.from({ length: n }, (_, i) => i);

  if (allNumbers) {
    // Fast path for counters and timestamps: a typed array, no type checks per comparison.
    const numeric = new Float64Array(n);
    for (let i = 0; i < n; i++) numeric[i] = keys[i] === null ? Number.NaN : (keys[i] as number);
    order.sort((a, b) => {
      const x = numeric[a];
      const y = numeric[b];
      const xBlank = x !== x;
      const yBlank = y !== y;
      if (xBlank || yBlank) return xBlank === yBlank ? a - b : xBlank ? 1 : -1;
      return x === y ? a - b : (x < y ? -1 : 1) * dir;
    });
  } else {
    order.sort((a, b) => {
      const x = keys[a];
      const y = keys[b];
      if (x === null || y === null) return x === y ? a - b : x === null ? 1 : -1;
      if (typeof x !== typeof y) return (typeof x === 'number' ? -1 : 1) * dir;
      return x === y ? a - b : (x < y ? -1 : 1) * dir;
    });
  }

  const result = order.map((i) => rows[i]);
  cache.set(rows, { columns, id: sort.id, desc: sort.desc, result });
  return result;
}
