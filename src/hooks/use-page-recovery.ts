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
 * but not the next page change. `onRecovered` may put the data in the cache under the new
 * page's key so that the move costs no request.
 */
export function usePageRecovery<D extends RecoverablePage>(
  data: D | undefined,
  currentPage: number,
  onRecovered?: (data: D) => void,
): string | null {
  const [, setSearchParams] = useSearchParams();
  const location = useLocation();
  const requested = data?.requestedPage;
  const landed = data?.page;
  const recovered = useRef(onRecovered);
  useEffect(() => {
    recovered.current = onRecovered;
  });

  useEffect(() => {
    if (!data || requested === undefined || landed === undefined) return;
    if (requested !== currentPage || landed === currentPage) return;
    recovered.current?.(data);
    setSearchParams(
      (prev) => applySearchPatch(prev, { page: landed > 1 ? landed : null }, { resetPage: false }),
      {
        replace: true,
        preventScrollReset: true,
        state: { pageNote: recoveredPageNote(requested, data) } satisfies PageNoteState,
      },
    );
  }, [data, requested, landed, currentPage, setSearchParams]);

  const note = (location.state as PageNoteState | null)?.pageNote;
  return typeof note === 'string' ? note : null;
}
