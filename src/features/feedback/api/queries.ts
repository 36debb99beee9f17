import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { getPage, MAX_PAGE_SIZE } from '@/api/pagination';
import { feedbackSchema } from '@/api/schemas/feedback';
import { formatOrdering, type SortState } from '@/hooks/use-table-url-state';
import { fetchPageOrLast } from '@/lib/page-recovery';
import { feedbackFilterParams, type FeedbackFilters } from '../utils/feedback-filters';

export const FEEDBACK_PATH = 'anonymous-chat-feedbacks/';

export type FeedbackListRequest = {
  filters: FeedbackFilters;
  sort: SortState | null;
  page: number;
  pageSize: number;
};

export function fetchFeedbackPage(
  request: Omit<FeedbackListRequest, 'page'>,
  page: number,
  signal?: AbortSignal,
) {
  return getPage(FEEDBACK_PATH, feedbackSchema, {
    page,
    pageSize: request.pageSize,
    params: {
      ...feedbackFilterParams(request.filters),
      o: request.sort ? formatOrdering(request.sort) : undefined,
    },
    signal,
  });
}

export const feedbackQueries = {
  all: () => ['feedback'] as const,
  lists: () => [...feedbackQueries.all(), 'list'] as const,
  list: (request: FeedbackListRequest) =>
    queryOptions({
      queryKey: [...feedbackQueries.lists(), request] as const,
      queryFn: ({ signal }) =>
        fetchPageOrLast((page) => fetchFeedbackPage(request, page, signal), request.page),
      placeholderData: keepPreviousData,
      staleTime: 30_000,
    }),
};

export function fetchFeedbackExportPage(request: Omit<FeedbackListRequest, 'page' | 'pageSize'>) {
  return (page: number, signal: AbortSignal) =>
    fetchFeedbackPage({ ...request, pageSize: MAX_PAGE_SIZE }, page, signal);
}
