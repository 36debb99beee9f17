import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { turnFilterParams, type ApiGeneration, type TurnFilters } from '@/api/filters';
import { getPage, MAX_PAGE_SIZE } from '@/api/pagination';
import { interactionSchema } from '@/api/schemas/interaction';
import { formatOrdering, type SortState } from '@/hooks/use-table-url-state';
import { fetchPageOrLast } from '@/lib/page-recovery';

export const TURNS_PATH = 'anonymous-chat-interactions/';

/** Everything one list request depends on: the query key holds exactly this. */
export type TurnListRequest = {
  filters: TurnFilters;
  sort: SortState | null;
  page: number;
  pageSize: number;
  generation: ApiGeneration;
};

/** The request parameters the contract names (both date generations; `o` for the order). */
export function turnListParams({
  filters,
  sort,
  generation,
}: Pick<TurnListRequest, 'filters' | 'sort' | 'generation'>) {
  return { ...turnFilterParams(filters, generation), o: sort ? formatOrdering(sort) : undefined };
}

export function fetchTurnsPage(request: Omit<TurnListRequest, 'page'>, page: number, signal?: AbortSignal) {
  return getPage(TURNS_PATH, interactionSchema, {
    page,
    pageSize: request.pageSize,
    params: turnListParams(request),
    signal,
  });
}

export const turnQueries = {
  all: () => ['interactions'] as const,
  lists: () => [...turnQueries.all(), 'list'] as const,
  list: (request: TurnListRequest) =>
    queryOptions({
      queryKey: [...turnQueries.lists(), request] as const,
      // A page past the end (an old link, a list that shrank) comes back as the last page,
      // marked with the page that was asked for; the page moves the URL there.
      queryFn: ({ signal }) => fetchPageOrLast((page) => fetchTurnsPage(request, page, signal), request.page),
      // The previous page stays on screen (dimmed) while the next one loads.
      placeholderData: keepPreviousData,
      staleTime: 30_000,
    }),
};

/** One export page: the current filter and order at the server's largest page size. */
export function fetchTurnsExportPage(request: Omit<TurnListRequest, 'page' | 'pageSize'>) {
  return (page: number, signal: AbortSignal) =>
    fetchTurnsPage({ ...request, pageSize: MAX_PAGE_SIZE }, page, signal);
}
