import { useCallback, useEffect, useRef, useState } from 'react';
import { toCsv, type CsvColumn } from '@/lib/csv';
import { downloadCsv, downloadText } from '@/lib/download';
import {
  EXPORT_ROW_CAP,
  exportAllPages,
  exportFileName,
  isExportCancelled,
  type ExportProgress,
  type FetchExportPage,
} from '@/lib/export-pages';

export type ExportFormat = 'csv' | 'json';

type ExportState =
  | { status: 'idle' }
  | { status: 'running'; format: ExportFormat; progress: ExportProgress | null }
  | {
      status: 'done';
      format: ExportFormat;
      rows: number;
      total: number;
      truncated: boolean;
      filename: string;
    }
  | { status: 'cancelled' }
  | { status: 'error'; error: unknown };

export type ExportAllOptions<T> = {
  /** One page of the current filter; called with page_size 300 by the page. */
  fetchPage: FetchExportPage<T>;
  /** File name without extension or time stamp, e.g. `turns`. */
  filename: string;
  csvColumns: readonly CsvColumn<T>[];
  /** Rows in JSON exports; defaults to the API objects as they came. */
  toJson?: (rows: readonly T[]) => unknown;
  getKey?: (row: T) => string;
  cap?: number;
};

export type ExportAll = {
  state: ExportState;
  cap: number;
  start: (format: ExportFormat) => void;
  cancel: () => void;
  dismiss: () => void;
};

/**
 * Runs `exportAllPages` for a server-paged list and saves the result as CSV (formula-
 * neutralised) or JSON. One export at a time; leaving the page cancels it. Nothing is saved
 * unless every wanted page arrived (or the cap was reached).
 */
export function useExportAll<T extends object>(options: ExportAllOptions<T>): ExportAll {
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  useEffect(() => () => controller.current?.abort(), []);

  const cap = options.cap ?? EXPORT_ROW_CAP;

  const start = useCallback(
    (format: ExportFormat) => {
      if (controller.current) return;
      const own = new AbortController();
      controller.current = own;
      const { fetchPage, filename, csvColumns, toJson, getKey } = latest.current;
      setState({ status: 'running', format, progress: null });
      exportAllPages({
        fetchPage,
        signal: own.signal,
        cap,
        getKey,
        onProgress: (progress) => {
          if (!own.signal.aborted) setState({ status: 'running', format, progress });
        },
      })
        .then((result) => {
          const name = `${exportFileName(filename)}.${format}`;
          if (format === 'csv') downloadCsv(name, toCsv(result.rows, csvColumns));
          else
            downloadText(
              name,
              JSON.stringify(toJson ? toJson(result.rows) : result.rows, null, 2),
              'application/json;charset=utf-8',
            );
          setState({
            status: 'done',
            format,
            rows: result.rows.length,
            total: result.total,
            truncated: result.truncated,
            filename: name,
          });
        })
        .catch((error: unknown) => {
          if (isExportCancelled(error) || own.signal.aborted) setState({ status: 'cancelled' });
          else setState({ status: 'error', error });
        })
        .finally(() => {
          if (controller.current === own) controller.current = null;
        });
    },
    [cap],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const dismiss = useCallback(() => setState({ status: 'idle' }), []);

  return { state, cap, start, cancel, dismiss };
}
