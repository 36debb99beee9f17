import { isApiError } from '@/api/errors';

/** A page fetched in place of the one asked for, because that one does not exist (any more). */
export type Recovered = { requestedPage?: number };

type PageLike = { page: number; pageCount: number; total: number };

/**
 * DRF answers a page past the end with `404 {"detail": "Invalid page."}` (docs/api.md §1.4; the
 * wording may differ, so any 404 of a list counts). Old links and shrinking filters hit it.
 */
export function isInvalidPageError(error: unknown): boolean {
  return isApiError(error) && error.kind === 'http' && error.status === 404;
}

/**
 * Fetches `page`; when the server says it does not exist, asks page 1 for the count and
 * returns the last page instead, marked with the page that was asked for.
 */
export async function fetchPageOrLast<P extends PageLike>(
  fetchPage: (page: number) => Promise<P>,
  page: number,
): Promise<P & Recovered> {
  try {
    return await fetchPage(page);
  } catch (error) {
    if (page <= 1 || !isInvalidPageError(error)) throw error;
    const first = await fetchPage(1);
    // Still reachable: the 404 was something else, so it stays an error.
    if (first.pageCount >= page) throw error;
    const last = first.pageCount <= 1 ? first : await fetchPage(first.pageCount);
    return { ...last, requestedPage: page };
  }
}

/** The note shown after going back to the last page. */
export function recoveredPageNote(requested: number, data: PageLike): string {
  if (data.total === 0) return `Page ${requested} does not exist: nothing matches these filters.`;
  const pages = data.pageCount === 1 ? '1 page' : `${data.pageCount} pages`;
  return `Page ${requested} does not exist any more — the list has ${pages} now. Showing the last page.`;
}
