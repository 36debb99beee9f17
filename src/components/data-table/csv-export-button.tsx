import { useState } from 'react';
import { errorMessage } from '@/components/feedback/states';
import { Button } from '@/components/ui/button';
import { toCsv, type CsvColumn } from '@/lib/csv';
import { downloadCsv } from '@/lib/download';
import styles from './csv-export-button.module.css';

/**
 * Downloads rows as CSV. `getRows` is called on click, so the page hands over the filtered,
 * sorted rows of every page (a whole list asks its worker for them) without computing anything
 * until someone exports. A second click while they come does nothing; if they cannot come, it
 * says why.
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
  const [state, setState] = useState<{ busy: boolean; error: unknown }>({ busy: false, error: null });
  const exportRows = async () => {
    if (state.busy) return;
    setState({ busy: true, error: null });
    try {
      downloadCsv(`${filename}.csv`, toCsv(await getRows(), columns));
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error });
    }
  };
  return (
    <>
      {/* Not disabled while busy: that would take the focus away from a keyboard user. */}
      <Button
        size="small"
        disabled={disabled}
        aria-busy={state.busy || undefined}
        onClick={() => void exportRows()}
      >
        {label}
      </Button>
      {state.error !== null && (
        <span role="alert" className={styles.error}>
          Export failed: {errorMessage(state.error)}
        </span>
      )}
    </>
  );
}
