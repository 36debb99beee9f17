import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { recoveredPageNote, type Recovered } from '@/lib/page-recovery';
import { applySearchPatch } from './use-table-url-state';

type RecoverablePage = Recovered & { page: number; pageCount: number; total: number };

type PageNoteState = { pageNote?: string };

/**
 * After `fetchPageOrLast` answered a missing page with the last one, moves the URL to that
 * page (replacing the entry: the missing page is not worth going back to) and returns the
 * note that says why, which lives in that history entry's state and so survives a re-render
 * but not the next page change. The data goes in the cache under `queryKeyFor(page)`, the
 * list query's key for the landed page, so that the move costs no request.
 */
export function usePageRecovery<D extends RecoverablePage>(
  query: { data: D | undefined; isPlaceholderData: boolean },
  currentPage: number,
  queryKeyFor: (page: number) => QueryKey,
): string | null {
  const queryClient = useQueryClient();
  const [, setSearchParams] = useSearchParams();
  const location = useLocation();
  // Placeholder data is the previous page's answer, not this page's.
  const data = query.isPlaceholderData ? undefined : query.data;
  const requested = data?.requestedPage;
  const landed = data?.page;
  const keyFor = useRef(queryKeyFor);
  useEffect(() => {
    keyFor.current = queryKeyFor;
  });

  useEffect(() => {
    if (!data || requested === undefined || landed === undefined) return;
    if (requested !== currentPage || landed === currentPage) return;
    queryClient.setQueryData<D>(keyFor.current(landed), { ...data, requestedPage: undefined });
    setSearchParams(
      (prev) => applySearchPatch(prev, { page: landed > 1 ? landed : null }, { resetPage: false }),
      {
        replace: true,
        preventScrollReset: true,
        state: { pageNote: recoveredPageNote(requested, data) } satisfies PageNoteState,
      },
    );
  }, [data, requested, landed, currentPage, queryClient, setSearchParams]);

  const note = (location.state as PageNoteState | null)?.pageNote;
  return typeof note === 'string' ? note : null;
}
