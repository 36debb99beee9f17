import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  DEFAULT_OVERVIEW_FILTERS,
  overviewSearch,
  parseOverviewSearch,
  type OverviewFilters,
} from '../utils/overview-filters';

export type OverviewFiltersState = {
  filters: OverviewFilters;
  /** Pushes a history entry, so back undoes a filter change and reload keeps it. */
  update: (patch: Partial<OverviewFilters>) => void;
  /** Back to the defaults, keeping the window selector. */
  reset: () => void;
};

/**
 * The overview's filters live in the URL. Invalid values are dropped and defaults removed by
 * rewriting the address in place once; keys the page does not own (`scenario`, `fault`) stay.
 */
export function useOverviewFilters(): OverviewFiltersState {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseOverviewSearch(searchParams), [searchParams]);

  useEffect(() => {
    const canonical = overviewSearch(filters, searchParams);
    if (canonical.toString() !== searchParams.toString()) {
      setSearchParams(canonical, { replace: true, preventScrollReset: true });
    }
  }, [filters, searchParams, setSearchParams]);

  const update = useCallback(
    (patch: Partial<OverviewFilters>) => {
      setSearchParams((prev) => overviewSearch({ ...parseOverviewSearch(prev), ...patch }, prev), {
        preventScrollReset: true,
      });
    },
    [setSearchParams],
  );

  const reset = useCallback(() => {
    setSearchParams(
      (prev) =>
        overviewSearch(
          { ...DEFAULT_OVERVIEW_FILTERS, window_days: parseOverviewSearch(prev).window_days },
          prev,
        ),
      { preventScrollReset: true },
    );
  }, [setSearchParams]);

  return { filters, update, reset };
}
