import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { z } from 'zod';
import { fieldKeys, normalizeDays, type FilterField } from '@/lib/filter-fields';
import {
  filterKeys,
  filtersToSearch,
  parseFilterSearch,
  type FilterRecord,
  type FilterSchema,
} from '@/lib/url-filters';
import { updateSearchParams, type SearchPatch } from './use-table-url-state';

export type UrlFiltersOptions<T> = {
  /** The page's filter fields: their date ranges are checked (real days, not reversed). */
  fields?: readonly FilterField[];
  /** Values a page shows when its URL has none (the overview's 30 days); never written. */
  defaults?: Partial<T>;
};

export type UrlFilters<T> = {
  /** Parsed and validated, defaults filled in; only set keys are present. */
  filters: T;
  /**
   * Sets (value) or removes (`undefined`) filters and goes back to page 1. Typing passes
   * `replace: true`, so a search does not leave one history entry per keystroke.
   */
  setFilters: (
    patch: Partial<Record<keyof T, T[keyof T] | undefined>>,
    options?: { replace?: boolean },
  ) => void;
  /** Removes every filter field (back to the defaults); sort, page size and other keys stay. */
  clearFilters: () => void;
  /** The schema's keys (the filter names in the URL). */
  keys: readonly string[];
};

const NO_FIELDS: readonly FilterField[] = [];
const NO_DEFAULTS = {};

/**
 * The one URL-filter mechanism of every page: the URL owns the filters, parsed with the page's
 * zod schema (bad values dropped, date ranges checked), defaults filled in and never written, and
 * the address rewritten in place once so that it shows only what is applied — a pasted link with
 * `severity=bogus` becomes the link without it. Keys the schema does not own stay.
 */
export function useUrlFilters<S extends FilterSchema>(
  schema: S,
  { fields = NO_FIELDS, defaults = NO_DEFAULTS }: UrlFiltersOptions<z.output<S>> = {},
): UrlFilters<z.output<S>> {
  type T = z.output<S>;
  const [searchParams, setSearchParams] = useSearchParams();
  const keys = useMemo(() => filterKeys(schema), [schema]);
  const applied = useMemo(
    () => normalizeDays(parseFilterSearch(searchParams, schema) as FilterRecord, fields),
    [searchParams, schema, fields],
  );
  const filters = useMemo(() => ({ ...(defaults as FilterRecord), ...applied }) as T, [defaults, applied]);

  useEffect(() => {
    const canonical = filtersToSearch(withoutDefaults(applied, defaults as FilterRecord), keys, searchParams);
    if (canonical.toString() !== searchParams.toString()) {
      setSearchParams(canonical, { replace: true, preventScrollReset: true });
    }
  }, [applied, defaults, keys, searchParams, setSearchParams]);

  const setFilters = useCallback(
    (
      patch: Partial<Record<keyof T, T[keyof T] | undefined>>,
      { replace = false }: { replace?: boolean } = {},
    ) => {
      const searchPatch: SearchPatch = {};
      for (const [key, value] of Object.entries(patch as FilterRecord)) {
        if (!keys.includes(key)) continue;
        const isDefault = value !== undefined && (defaults as FilterRecord)[key] === value;
        searchPatch[key] = value === undefined || isDefault ? null : value;
      }
      updateSearchParams(setSearchParams, searchPatch, { replace });
    },
    [keys, defaults, setSearchParams],
  );

  // The filter fields' keys; other keys of the schema (the overview's chart window) stay.
  const clearable = useMemo(
    () => (fields.length > 0 ? fields.flatMap(fieldKeys).filter((key) => keys.includes(key)) : keys),
    [fields, keys],
  );
  const clearFilters = useCallback(() => {
    updateSearchParams(setSearchParams, Object.fromEntries(clearable.map((key) => [key, null])));
  }, [clearable, setSearchParams]);

  return { filters, setFilters, clearFilters, keys };
}

function withoutDefaults(filters: FilterRecord, defaults: FilterRecord): FilterRecord {
  return Object.fromEntries(Object.entries(filters).filter(([key, value]) => defaults[key] !== value));
}
