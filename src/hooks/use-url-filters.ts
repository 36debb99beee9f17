import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { z } from 'zod';
import {
  filterKeys,
  filtersToSearch,
  parseFilterSearch,
  type FilterRecord,
  type FilterSchema,
} from '@/lib/url-filters';
import { updateSearchParams, type SearchPatch } from './use-table-url-state';

export type UrlFiltersOptions<T> = {
  /** Extra clean-up after parsing, e.g. dropping a reversed date range. */
  normalize?: (filters: T) => T;
};

export type UrlFilters<T> = {
  /** Parsed and validated; only set keys are present. */
  filters: T;
  /**
   * Sets (value) or removes (`undefined`) filters and goes back to page 1. Typing passes
   * `replace: true`, so a search does not leave one history entry per keystroke.
   */
  setFilters: (patch: Partial<T>, options?: { replace?: boolean }) => void;
  /** Removes every filter of the schema; sort and page size stay. */
  clearFilters: () => void;
  /** The schema's keys (the filter names in the URL). */
  keys: readonly string[];
};

/**
 * The URL owns a list's filters: parsed with the page's zod schema (bad values dropped), and
 * the address rewritten in place once so that it shows only what is applied — a pasted link
 * with `severity=bogus` becomes the link without it. Keys the schema does not own stay.
 */
export function useUrlFilters<S extends FilterSchema>(
  schema: S,
  { normalize }: UrlFiltersOptions<z.output<S>> = {},
): UrlFilters<z.output<S>> {
  type T = z.output<S>;
  const [searchParams, setSearchParams] = useSearchParams();
  const keys = useMemo(() => filterKeys(schema), [schema]);
  const filters = useMemo(() => {
    const parsed = parseFilterSearch(searchParams, schema);
    return normalize ? normalize(parsed) : parsed;
  }, [searchParams, schema, normalize]);

  useEffect(() => {
    const canonical = filtersToSearch(filters as FilterRecord, keys, searchParams);
    if (canonical.toString() !== searchParams.toString()) {
      setSearchParams(canonical, { replace: true, preventScrollReset: true });
    }
  }, [filters, keys, searchParams, setSearchParams]);

  const setFilters = useCallback(
    (patch: Partial<T>, { replace = false }: { replace?: boolean } = {}) => {
      const searchPatch: SearchPatch = {};
      for (const [key, value] of Object.entries(patch as FilterRecord)) {
        if (keys.includes(key)) searchPatch[key] = value === undefined ? null : value;
      }
      updateSearchParams(setSearchParams, searchPatch, { replace });
    },
    [keys, setSearchParams],
  );

  const clearFilters = useCallback(() => {
    updateSearchParams(setSearchParams, Object.fromEntries(keys.map((key) => [key, null])));
  }, [keys, setSearchParams]);

  return { filters: filters as T, setFilters, clearFilters, keys };
}
