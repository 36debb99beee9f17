import { Button } from '@/components/ui/button';
import { toCsv, type CsvColumn } from '@/lib/csv';
import { downloadCsv } from '@/lib/download';

/**
 * Downloads rows as CSV. `getRows` is called on click, so the page hands over the filtered,
 * sorted rows of every page (a whole list asks its worker for them) without computing anything
 * until someone exports.
 */
export function CsvExportButton<Row extends object>({
  filename,
  columns,
  getRows,
  label = 'Export CSV',
  disabled,
}: {
  /** Without extension, e.g. `visitors-2026-11-26`. */
  filename: string;
  columns: readonly CsvColumn<Row>[];
  getRows: () => readonly Row[] | Promise<readonly Row[]>;
  label?: string;
  disabled?: boolean;
}) {
  return (
    <Button
      size="small"
      disabled={disabled}
      onClick={async () => downloadCsv(`${filename}.csv`, toCsv(await getRows(), columns))}
    >
      {label}
    </Button>
  );
}
