import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/errors';
import {
  exportAllPages,
  exportFileName,
  isExportCancelled,
  type ExportPage,
  type ExportProgress,
} from './export-pages';

type Row = { id: string };

const rowsOf = (n: number, prefix = 'r'): Row[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}` }));

/** A server-paged list like DRF's: 404 "Invalid page." past the end. */
function pagedServer(all: () => readonly Row[], pageSize = 300) {
  const requested: number[] = [];
  const fetchPage = vi.fn(async (page: number, signal: AbortSignal): Promise<ExportPage<Row>> => {
    requested.push(page);
    if (signal.aborted) throw new ApiError({ kind: 'aborted', endpoint: '/api/list/' });
    const rows = all();
    const pageCount = Math.max(1, Math.ceil(rows.length / pageSize));
    if (page > pageCount) {
      throw new ApiError({ kind: 'http', status: 404, detail: 'Invalid page.', endpoint: '/api/list/' });
    }
    return {
      items: rows.slice((page - 1) * pageSize, page * pageSize),
      total: rows.length,
      pageSize,
      pageCount,
      hasNext: page < pageCount,
    };
  });
  return { fetchPage, requested };
}

const http = (status: number, detail = 'x') =>
  new ApiError({ kind: 'http', status, detail, endpoint: '/api/list/' });
const noSleep = () => Promise.resolve();

describe('exportAllPages', () => {
  it('reads every page in order and reports progress as pages done of total', async () => {
    const data = rowsOf(1000);
    const { fetchPage, requested } = pagedServer(() => data);
    const progress: ExportProgress[] = [];
    const result = await exportAllPages({ fetchPage, onProgress: (p) => progress.push(p) });

    expect(requested).toEqual([1, 2, 3, 4]);
    expect(result.rows).toEqual(data);
    expect(result).toMatchObject({ total: 1000, truncated: false, pagesFetched: 4 });
    expect(progress.map((p) => [p.pagesDone, p.pageCount, p.rows])).toEqual([
      [1, 4, 300],
      [2, 4, 600],
      [3, 4, 900],
      [4, 4, 1000],
    ]);
  });

  it('makes one request for an empty or single-page result', async () => {
    const empty = pagedServer(() => []);
    await expect(exportAllPages({ fetchPage: empty.fetchPage })).resolves.toMatchObject({
      rows: [],
      total: 0,
      truncated: false,
    });
    expect(empty.requested).toEqual([1]);

    const small = pagedServer(() => rowsOf(12));
    const result = await exportAllPages({ fetchPage: small.fetchPage });
    expect(result.rows).toHaveLength(12);
    expect(small.requested).toEqual([1]);
  });

  it('stops at the cap, fetches no page it does not need and says the export is truncated', async () => {
    const { fetchPage, requested } = pagedServer(() => rowsOf(5000));
    const progress: ExportProgress[] = [];
    const result = await exportAllPages({ fetchPage, cap: 700, onProgress: (p) => progress.push(p) });
    expect(result.rows).toHaveLength(700);
    expect(result.rows.at(-1)).toEqual({ id: 'r699' });
    expect(result).toMatchObject({ total: 5000, truncated: true });
    expect(requested).toEqual([1, 2, 3]);
    // The bar's end is the pages the cap needs, not the 17 the filter has.
    expect(progress[0]).toMatchObject({ pagesDone: 1, pageCount: 3 });
    expect(progress.at(-1)).toMatchObject({ pagesDone: 3, pageCount: 3, rows: 700 });
  });

  it('is not truncated when the rows exactly fill the cap', async () => {
    const { fetchPage } = pagedServer(() => rowsOf(600));
    const result = await exportAllPages({ fetchPage, cap: 600 });
    expect(result).toMatchObject({ truncated: false, total: 600 });
    expect(result.rows).toHaveLength(600);
  });

  it('cancels: rejects with ExportCancelled and requests nothing more', async () => {
    const data = rowsOf(3000);
    const controller = new AbortController();
    const { fetchPage, requested } = pagedServer(() => data);
    const promise = exportAllPages({
      fetchPage,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.pagesDone === 2) controller.abort();
      },
    });
    const error = await promise.catch((e: unknown) => e);
    expect(isExportCancelled(error)).toBe(true);
    expect(requested).toEqual([1, 2]);
  });

  it('cancels while a request is in flight', async () => {
    const controller = new AbortController();
    const fetchPage = vi.fn(
      (_page: number, signal: AbortSignal) =>
        new Promise<ExportPage<Row>>((_, reject) => {
          signal.addEventListener('abort', () =>
            reject(new ApiError({ kind: 'aborted', endpoint: '/api/list/' })),
          );
        }),
    );
    const promise = exportAllPages({ fetchPage, signal: controller.signal });
    controller.abort();
    await expect(promise).rejects.toSatisfy(isExportCancelled);
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });

  it('stops cleanly on a 401 mid-export: rejects with it and makes no further request', async () => {
    const data = rowsOf(2000);
    const { fetchPage: inner, requested } = pagedServer(() => data);
    const fetchPage = vi.fn(async (page: number, signal: AbortSignal) => {
      if (page === 3) {
        requested.push(page);
        throw http(401, 'Token has expired.');
      }
      return inner(page, signal);
    });
    const sleep = vi.fn(noSleep);
    const error = await exportAllPages({ fetchPage, sleep }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    expect(requested).toEqual([1, 2, 3]);
    expect(sleep).not.toHaveBeenCalled();
  });

  it('retries transient errors (503, network) and then carries on', async () => {
    const data = rowsOf(650);
    const { fetchPage: inner } = pagedServer(() => data);
    let failures = 2;
    const fetchPage = vi.fn(async (page: number, signal: AbortSignal) => {
      if (page === 2 && failures > 0) {
        failures -= 1;
        throw failures === 1 ? http(503) : new ApiError({ kind: 'network', endpoint: '/api/list/' });
      }
      return inner(page, signal);
    });
    const sleep = vi.fn(noSleep);
    const result = await exportAllPages({ fetchPage, sleep });
    expect(result.rows).toHaveLength(650);
    expect(sleep).toHaveBeenCalledTimes(2);
    expect(fetchPage).toHaveBeenCalledTimes(5);
  });

  it('gives up after the attempts and rejects with the last error', async () => {
    const fetchPage = vi.fn(async () => {
      throw http(500);
    });
    const error = await exportAllPages({ fetchPage, attempts: 3, sleep: noSleep }).catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(500);
    expect(fetchPage).toHaveBeenCalledTimes(3);
  });

  it('does not retry a 400', async () => {
    const fetchPage = vi.fn(async () => {
      throw http(400);
    });
    await expect(exportAllPages({ fetchPage, sleep: noSleep })).rejects.toBeInstanceOf(ApiError);
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });

  it('drops rows repeated across pages when rows arrive during the export', async () => {
    let data = rowsOf(600, 'old');
    const { fetchPage: inner } = pagedServer(() => data);
    const fetchPage = async (page: number, signal: AbortSignal) => {
      const result = await inner(page, signal);
      // Two new rows land at the top after page 1: page 2 starts with two rows already read.
      if (page === 1) data = [...rowsOf(2, 'new'), ...data];
      return result;
    };
    const result = await exportAllPages({ fetchPage, getKey: (row) => row.id });
    const ids = result.rows.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(600);
    expect(result.total).toBe(602);
  });

  it('ends with what it read when a later page vanished (404 Invalid page)', async () => {
    let data = rowsOf(900);
    const { fetchPage: inner } = pagedServer(() => data);
    const fetchPage = async (page: number, signal: AbortSignal) => {
      const result = await inner(page, signal);
      if (page === 2) data = data.slice(0, 500);
      return result;
    };
    const result = await exportAllPages({ fetchPage });
    expect(result.rows).toHaveLength(600);
  });

  it('a 404 on the first page is an error, not an empty export', async () => {
    const fetchPage = vi.fn(async () => {
      throw http(404, 'Not found.');
    });
    await expect(exportAllPages({ fetchPage })).rejects.toBeInstanceOf(ApiError);
  });

  it('stops on an empty page even if the server announces another', async () => {
    const fetchPage = vi.fn(async (page: number): Promise<ExportPage<Row>> => ({
      items: page === 1 ? rowsOf(300) : [],
      total: 900,
      pageSize: 300,
      pageCount: 3,
      hasNext: true,
    }));
    const result = await exportAllPages({ fetchPage });
    expect(fetchPage).toHaveBeenCalledTimes(2);
    expect(result.rows).toHaveLength(300);
  });
});

describe('exportFileName', () => {
  it('stamps the base name with the UTC minute', () => {
    expect(exportFileName('turns', new Date('2026-11-26T14:05:59.123Z'))).toBe('turns-2026-11-26T1405Z');
  });
});
