import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiGet } from '@/api/client';
import { turnFilterParams, type ApiGeneration, type TurnFilters } from '@/api/filters';
import { kpiResponseSchema } from './schema';
import { getApiGeneration } from '@/api/server-info';

const KPI_PATH = 'anonymous-chat-interactions/kpi/';

/**
 * The previous window only feeds the deltas; its `daily_volume` is never drawn, so it asks for
 * the smallest window the server accepts and its cache entry does not depend on the chart's
 * selector.
 */
const COMPARISON_WINDOW_DAYS = 1;

function fetchKpi(filters: TurnFilters, windowDays: number, generation: ApiGeneration, signal?: AbortSignal) {
  return apiGet(KPI_PATH, kpiResponseSchema, {
    params: { ...turnFilterParams(filters, generation), window_days: windowDays },
    signal,
  });
}

export const kpiQueries = {
  all: () => ['kpi'] as const,
  /** The KPI roll-up for these filters; the key holds exactly what goes into the request. */
  summary: (filters: TurnFilters, windowDays: number, generation: ApiGeneration = getApiGeneration()) =>
    queryOptions({
      queryKey: [...kpiQueries.all(), 'summary', filters, { window_days: windowDays, generation }] as const,
      queryFn: ({ signal }) => fetchKpi(filters, windowDays, generation, signal),
      // Changing a filter keeps the last numbers on screen (marked as updating) instead of
      // blanking every card and chart.
      placeholderData: keepPreviousData,
    }),
  previous: (filters: TurnFilters, generation: ApiGeneration = getApiGeneration()) =>
    queryOptions({
      queryKey: [
        ...kpiQueries.all(),
        'summary',
        filters,
        { window_days: COMPARISON_WINDOW_DAYS, generation },
      ] as const,
      queryFn: ({ signal }) => fetchKpi(filters, COMPARISON_WINDOW_DAYS, generation, signal),
    }),
};
