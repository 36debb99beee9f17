import { useId, useState } from 'react';
import { errorMessage } from '@/components/feedback/states';
import { Button } from '@/components/ui/button';
import type { ExportAll, ExportFormat } from '@/hooks/use-export-all';
import { formatNumber } from '@/lib/format/number';
import styles from './export-all.module.css';

/**
 * "Export all" for a server-paged list: a format choice, then a progress bar (pages done of
 * pages to fetch) with Cancel, then what was saved — or why nothing was. `what` names the rows
 * ("turns"); `total` is the current filter's count, to warn before a capped export.
 */
export function ExportAllControl({
  exporter,
  what,
  total,
}: {
  exporter: ExportAll;
  what: string;
  total: number | undefined;
}) {
  const id = useId();
  const [format, setFormat] = useState<ExportFormat>('csv');
  const { state, cap, start, cancel, dismiss } = exporter;
  const running = state.status === 'running';
  const capped = total !== undefined && total > cap;
  const hintId = `${id}-hint`;

  return (
    <div className={styles.root}>
      <div className={styles.controls}>
        <label htmlFor={`${id}-format`} className="visually-hidden">
          Export format
        </label>
        <select
          id={`${id}-format`}
          className={styles.format}
          value={format}
          disabled={running}
          onChange={(event) => setFormat(event.target.value as ExportFormat)}
        >
          <option value="csv">CSV</option>
          <option value="json">JSON</option>
        </select>
        <Button
          size="small"
          disabled={running || total === 0}
          aria-describedby={capped ? hintId : undefined}
          title={`Export every page of the current filter as ${format.toUpperCase()}`}
          onClick={() => start(format)}
        >
          Export all
        </Button>
      </div>
      {capped && !running && state.status !== 'done' && (
        <span id={hintId} className={styles.hint}>
          Only the first {formatNumber(cap)} of {formatNumber(total)} {what} will be exported.
        </span>
      )}
      <div className={styles.status} aria-live="polite">
        {state.status === 'running' && (
          <>
            <progress
              className={styles.progress}
              aria-label={`Exporting ${what}`}
              max={state.progress?.pageCount ?? undefined}
              value={state.progress?.pagesDone ?? undefined}
              aria-valuetext={
                state.progress
                  ? `Page ${state.progress.pagesDone} of ${state.progress.pageCount}`
                  : 'Starting'
              }
            />
            <p>
              {state.progress
                ? `Page ${formatNumber(state.progress.pagesDone)} of ${formatNumber(state.progress.pageCount)} · ${formatNumber(state.progress.rows)} ${what}`
                : 'Starting…'}
            </p>
            <Button size="small" onClick={cancel}>
              Cancel export
            </Button>
          </>
        )}
        {state.status === 'done' && (
          <>
            <p className={state.truncated ? styles.warn : styles.ok}>
              Saved {formatNumber(state.rows)} {what} as {state.filename}.
              {state.truncated &&
                ` That is the limit of ${formatNumber(cap)}: ${formatNumber(state.total)} match. Narrow the filters to export the rest.`}
            </p>
            <Button size="small" variant="ghost" onClick={dismiss}>
              Dismiss
            </Button>
          </>
        )}
        {state.status === 'cancelled' && (
          <>
            <p>Export cancelled. Nothing was saved.</p>
            <Button size="small" variant="ghost" onClick={dismiss}>
              Dismiss
            </Button>
          </>
        )}
        {state.status === 'error' && (
          <>
            <p className={styles.bad}>Export stopped: {errorMessage(state.error)} Nothing was saved.</p>
            <Button size="small" onClick={() => start(format)}>
              Try again
            </Button>
          </>
        )}
      </div>
    </div>
  );
}
