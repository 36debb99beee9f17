import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';
import { WholeListGone, type WholeList } from '@/lib/whole-list/connection';

/**
 * One question to a whole list's worker (docs/api.md §1.4) as a query — a page of a view
 * (`view`), a row's place in it (`locate`): a newer question
 * cancels the one still on its way (its signal), asking again costs nothing, and when the
 * worker dropped the answer, `reload` loads it again. `keep` leaves the last answer on screen
 * (dimmed) until the new one arrives.
 */
export function useWholeListAsk<Row, T>(
  list: WholeList<Row> | undefined,
  key: QueryKey,
  ask: (list: WholeList<Row>, signal: AbortSignal) => Promise<T>,
  { reload, keep }: { reload: () => void; keep: boolean },
) {
  // The handle is in the key by its id: the same answer, the same views (it holds functions,
  // so it is not itself part of the key); `key` names the question.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const query = useQuery({
    queryKey: [...key, list?.id],
    queryFn: ({ signal }) => {
      if (!list) throw new Error('No list to view.');
      return ask(list, signal);
    },
    enabled: list !== undefined,
    placeholderData: keep ? keepPreviousData : undefined,
    // An answer of one list never changes; the list's own query decides when to refetch.
    staleTime: Infinity,
    retry: false,
  });
  const gone = query.error instanceof WholeListGone;
  useEffect(() => {
    if (gone) reload();
  }, [gone, reload]);
  return {
    data: query.data,
    isPending: query.isPending,
    isFetching: query.isFetching,
    isPlaceholderData: query.isPlaceholderData,
    error: gone ? null : query.error,
  };
}
