import { isApiError } from '@/api/errors';

/** What one page request returns; `getPage()` results fit as they are. */
export type ExportPage<T> = {
  items: readonly T[];
  total: number;
  pageSize: number;
  pageCount: number;
  hasNext: boolean;
};

/** Fetches one 1-based page of the current filter; must pass `signal` on to `fetch`. */
export type FetchExportPage<T> = (page: number, signal: AbortSignal) => Promise<ExportPage<T>>;

export type ExportProgress = {
  /** Pages fetched so far. */
  pagesDone: number;
  /** Pages to fetch: all of them, or as many as the cap needs. */
  pageCount: number;
  /** Rows collected so far (after de-duplication). */
  rows: number;
  /** Rows the server says match the filter (`X-Result-Count` of the latest page). */
  total: number;
};

export type ExportOptions<T> = {
  fetchPage: FetchExportPage<T>;
  /** Stops the export; the promise rejects with an `ExportCancelled`. */
  signal?: AbortSignal;
  /** At most this many rows are collected; the result says when more matched. */
  cap?: number;
  onProgress?: (progress: ExportProgress) => void;
  /**
   * Row identity. New rows arriving while the export runs shift the pages of a `-created`
   * list, so the first row of page n+1 can be the last of page n; a key drops such repeats.
   */
  getKey?: (row: T) => string;
  /** Attempts per page for errors worth retrying (429, 5xx, network). */
  attempts?: number;
  /** Waits between attempts; injectable for tests. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
};

export type ExportResult<T> = {
  rows: T[];
  /** Rows matching the filter on the server when the export finished. */
  total: number;
  /** True when the cap stopped the export before every matching row was read. */
  truncated: boolean;
  pagesFetched: number;
};

/** Default limit: a spreadsheet still opens it, and 67 requests at 300 rows are enough. */
export const EXPORT_ROW_CAP = 20_000;

/** Rejection reason when the signal aborts the export. */
export class ExportCancelled extends Error {
  constructor() {
    super('The export was cancelled.');
    this.name = 'ExportCancelled';
  }
}

export function isExportCancelled(error: unknown): error is ExportCancelled {
  return error instanceof ExportCancelled;
}

function defaultSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const id = setTimeout(done, ms);
    function done() {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }
    function onAbort() {
      clearTimeout(id);
      reject(new ExportCancelled());
    }
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function isInvalidPage(error: unknown): boolean {
  return isApiError(error) && error.status === 404;
}

function isTransient(error: unknown): boolean {
  return isApiError(error) && error.isTransient;
}

function retryDelayMs(error: unknown, attempt: number): number {
  if (isApiError(error) && error.retryAfterSeconds !== undefined) {
    return Math.min(error.retryAfterSeconds * 1000, 30_000);
  }
  return Math.min(500 * 2 ** attempt, 8_000);
}

/**
 * Reads every page of a server-paged list, in order, for an export. Stops at `cap` rows, on
 * the signal (rejects with `ExportCancelled`), and on any error that retrying cannot fix —
 * a 401 in particular rejects at once, without another request. A page that no longer exists
 * (rows deleted since the export began) ends the export with what was read.
 */
export async function exportAllPages<T>({
  fetchPage,
  signal = new AbortController().signal,
  cap = EXPORT_ROW_CAP,
  onProgress,
  getKey,
  attempts = 3,
  sleep = defaultSleep,
}: ExportOptions<T>): Promise<ExportResult<T>> {
  const rows: T[] = [];
  const seen = getKey ? new Set<string>() : null;
  let total = 0;
  let pagesFetched = 0;
  let truncated = false;

  const checkAborted = () => {
    if (signal.aborted) throw new ExportCancelled();
  };

  const load = async (page: number): Promise<ExportPage<T>> => {
    for (let attempt = 1; ; attempt++) {
      checkAborted();
      try {
        return await fetchPage(page, signal);
      } catch (error) {
        if (signal.aborted) throw new ExportCancelled();
        if (attempt >= attempts || !isTransient(error)) throw error;
        await sleep(retryDelayMs(error, attempt), signal);
      }
    }
  };

  let page = 1;
  let pageCount = 1;
  for (;;) {
    let result: ExportPage<T>;
    try {
      result = await load(page);
    } catch (error) {
      if (page > 1 && isInvalidPage(error)) break;
      throw error;
    }
    checkAborted();
    pagesFetched += 1;
    total = result.total;

    let skipped = false;
    for (const row of result.items) {
      if (seen && getKey) {
        const key = getKey(row);
        if (seen.has(key)) continue;
        seen.add(key);
      }
      if (rows.length >= cap) {
        skipped = true;
        break;
      }
      rows.push(row);
    }
    // The server's page count may move while the export runs; never show fewer than done.
    const pagesForCap = Math.ceil(cap / Math.max(1, result.pageSize));
    pageCount = Math.max(page, Math.min(result.pageCount, pagesForCap));
    // An empty page, or one far past what the cap needs, ends it even if a broken server
    // keeps announcing a next page.
    const more =
      result.items.length > 0 && (page < result.pageCount || result.hasNext) && page < pagesForCap + 5;
    const full = rows.length >= cap;
    if (full) truncated = skipped || more;
    onProgress?.({ pagesDone: page, pageCount: full || !more ? page : pageCount, rows: rows.length, total });
    if (full || !more) break;
    page += 1;
  }

  return { rows, total, truncated, pagesFetched };
}

/** `turns-2026-11-26T1405Z`: a file name stamped with the UTC time of the export. */
export function exportFileName(base: string, now: Date = new Date()): string {
  const iso = now.toISOString();
  return `${base}-${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z`;
}
