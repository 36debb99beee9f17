import type { QueryKey } from '@tanstack/react-query';

type ListQuery = {
  isPending: boolean;
  isFetching: boolean;
  isPlaceholderData: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
};

/**
 * A `DataTable`'s loading, refetch and error props from the query of its rows (`queryKey` is
 * that query's key): skeleton on the first load, dimmed while the next filter or page loads
 * over the previous rows, the error with a Retry.
 */
export function queryTableProps(query: ListQuery, queryKey: QueryKey) {
  return {
    isLoading: query.isPending,
    loadingKeys: [queryKey],
    isFetching: query.isFetching && query.isPlaceholderData,
    error: query.error ?? undefined,
    onRetry: () => void query.refetch(),
  };
}
