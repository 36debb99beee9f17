import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SortState } from '@/hooks/use-table-url-state';
import { fetchPageOrLast } from '@/lib/page-recovery';
import type { QueryParams } from './client';
import type { ApiGeneration } from './filters';
import { getPage, MAX_PAGE_SIZE, type Page } from './pagination';

/** A server-paged list endpoint (docs/api.md §1.4): where it is and how filters become params. */
export type PagedListSpec<S extends z.ZodType, F> = {
  /** The query key's root, e.g. `['interactions', 'list']`. */
  key: readonly string[];
  path: string;
  item: S;
  params: (filters: F, generation: ApiGeneration) => QueryParams;
};

/** Everything one list request depends on: the query key holds exactly this. */
export type PagedRequest<F> = {
  filters: F;
  sort: SortState | null;
  page: number;
  pageSize: number;
  generation: ApiGeneration;
};

type FetchPage<S extends z.ZodType, F> = (
  request: Omit<PagedRequest<F>, 'page'>,
  page: number,
  signal?: AbortSignal,
) => Promise<Page<z.infer<S>>>;

/** The query factory of a server-paged list: one page for the table, every page for an export. */
export type PagedList<S extends z.ZodType, F> = ReturnType<typeof pagedList<S, F>>;

export function pagedList<S extends z.ZodType, F>(spec: PagedListSpec<S, F>) {
  const fetchPage: FetchPage<S, F> = ({ filters, sort, pageSize, generation }, page, signal) =>
    getPage(spec.path, spec.item, {
      page,
      pageSize,
      params: {
        ...spec.params(filters, generation),
        o: sort ? (sort.desc ? `-${sort.id}` : sort.id) : undefined,
      },
      signal,
    });
  return {
    key: spec.key,
    params: spec.params,
    /** One page of the list, as the table shows it. */
    query: (request: PagedRequest<F>) =>
      queryOptions({
        queryKey: [...spec.key, request] as const,
        // A page past the end (an old link, a list that shrank) comes back as the last page,
        // marked with the page that was asked for; the page moves the URL there.
        queryFn: ({ signal }) => fetchPageOrLast((page) => fetchPage(request, page, signal), request.page),
        // The previous page stays on screen (dimmed) while the next one loads.
        placeholderData: keepPreviousData,
        staleTime: 30_000,
      }),
    /** Export pages: the current filter and order at the server's largest page size. */
    exportPages:
      (request: Omit<PagedRequest<F>, 'page' | 'pageSize'>) => (page: number, signal: AbortSignal) =>
        fetchPage({ ...request, pageSize: MAX_PAGE_SIZE }, page, signal),
  };
}
