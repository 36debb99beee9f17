import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';
import { WholeListGone, type WholeList } from '@/lib/whole-list/connection';
import type { ListView } from '@/lib/whole-list/dataset';

/**
 * One page of a whole list, as its worker sorts, searches and pages it (docs/api.md §1.4). A
 * query per view: a newer sort or search cancels the question still on its way (its signal),
 * the last page stays on screen (dimmed) until the new one arrives, and going back to a view
 * costs nothing. When the worker dropped the answer, `reload` loads it again.
 */
export function useWholeListView<Row>(
  list: WholeList<Row> | undefined,
  listKey: QueryKey,
  view: ListView,
  page: number,
  pageSize: number,
  reload: () => void,
) {
  // The handle is in the key by its id: the same answer, the same views (it holds functions,
  // so it is not itself part of the key).
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const query = useQuery({
    queryKey: [...listKey, 'view', list?.id, view, page, pageSize],
    queryFn: ({ signal }) => {
      if (!list) throw new Error('No list to view.');
      return list.view(view, page, pageSize, signal);
    },
    enabled: list !== undefined,
    placeholderData: keepPreviousData,
    // A view of one answer never changes; the answer's own query decides when to refetch.
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
