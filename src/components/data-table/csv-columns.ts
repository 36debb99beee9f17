import type { RowData } from '@tanstack/react-table';
import type { CsvColumn } from '@/lib/csv';
import type { DataTableColumnMeta, DataTableColumns } from './table-features';

type LooseDef = {
  id?: string;
  accessorKey?: unknown;
  accessorFn?: (row: unknown, index: number) => unknown;
  header?: unknown;
  meta?: DataTableColumnMeta;
  columns?: readonly LooseDef[];
};

function leaves(defs: readonly LooseDef[], group?: string): { def: LooseDef; group?: string }[] {
  return defs.flatMap((def) =>
    def.columns?.length
      ? leaves(def.columns, typeof def.header === 'string' ? def.header : group)
      : [{ def, group }],
  );
}

/**
 * The CSV columns of a table, derived from its column definitions so that an export's headers
 * are the page's words (docs/glossary.md): each leaf column with a value, in order, headed by
 * `meta.csv.header` or its own header; `extra` columns (fields the table does not show) follow.
 */
export function csvColumns<Row extends RowData>(
  columns: DataTableColumns<Row>,
  extra: readonly CsvColumn<Row>[] = [],
): CsvColumn<Row>[] {
  const derived = leaves(columns as readonly LooseDef[]).flatMap(({ def }) => {
    const csv = def.meta?.csv;
    if (csv === false) return [];
    const key = def.id ?? (def.accessorKey === undefined ? undefined : String(def.accessorKey));
    const header = csv?.header ?? (typeof def.header === 'string' ? def.header : key);
    const custom = csv?.value as ((row: Row) => unknown) | undefined;
    const accessor = def.accessorFn;
    if (key === undefined || header === undefined) return [];
    if (!custom && !accessor && def.accessorKey === undefined) return [];
    const column: CsvColumn<Row> = {
      key,
      header,
      value: custom ?? (accessor ? (row: Row) => accessor(row, 0) : undefined),
    };
    return [column];
  });
  return [...derived, ...extra];
}
