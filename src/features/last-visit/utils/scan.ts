import { formatNumber } from '@/lib/format/number';

/**
 * Counting what is new in a paged list without paging through all of it (docs/api.md §1.4,
 * §2.9 note): read pages newest first and stop at the first row from before the last visit, or
 * at a cap, and say when the count is only a lower bound ("300+").
 */

/** At most this many new rows are counted: beyond it the panel says "300+". */
export const MAX_NEW = 300;

export type ScanPage<T> = { items: readonly T[]; hasNext: boolean };

export type ScanSpec<T> = {
  /** Page `n` (1-based) of the list, newest first. */
  fetchPage: (page: number) => Promise<ScanPage<T>>;
  /** The row is older than the window; newest first, so every later row is too. */
  isBefore: (row: T) => boolean;
  /** The row counts (default: every row in the window). */
  matches?: (row: T) => boolean;
  /** Stop after this many matching rows (default `MAX_NEW`). */
  maxMatches?: number;
  /** Stop after reading this many rows in the window, matching or not (default: no limit). */
  maxRows?: number;
};

export type ScanResult<T> = {
  /** The matching rows found, newest first; `found.length` is the count. */
  found: T[];
  /** False when a cap stopped the scan first: the count is then a lower bound. */
  complete: boolean;
};

export async function scanNewestFirst<T>(spec: ScanSpec<T>): Promise<ScanResult<T>> {
  const { fetchPage, isBefore, matches = () => true, maxMatches = MAX_NEW, maxRows = Infinity } = spec;
  const found: T[] = [];
  let read = 0;
  for (let page = 1; ; page += 1) {
    const { items, hasNext } = await fetchPage(page);
    for (const row of items) {
      if (isBefore(row)) return { found, complete: true };
      // There is a row past the cap: whatever it is, the count may be higher.
      if (read === maxRows) return { found, complete: false };
      read += 1;
      if (!matches(row)) continue;
      if (found.length === maxMatches) return { found, complete: false };
      found.push(row);
    }
    if (!hasNext || items.length === 0) return { found, complete: true };
  }
}

/** "12", or "300+" when the scan stopped at a cap. */
export function countText(result: Pick<ScanResult<unknown>, 'found' | 'complete'>): string {
  return `${formatNumber(result.found.length)}${result.complete ? '' : '+'}`;
}
