import { useSearchParams, type SetURLSearchParams } from 'react-router';

/** One-column sort; `id` is the API field name, written to the URL as `o=field` / `o=-field`. */
export type SortState = { id: string; desc: boolean };

export type TableUrlStateOptions = {
  /** Sort when the URL has no (valid) `o`. `null`: unsorted (server order). */
  defaultSort?: SortState | null;
  /** Must be one of `pageSizes`. */
  defaultPageSize?: number;
  pageSizes?: readonly number[];
  /** Column ids (= API field names) that may appear in `o`; anything else is dropped. */
  sortable: readonly string[];
};

export type TableParams = { page: number; pageSize: number; sort: SortState | null };

type NavigateOptions = { replace?: boolean };

export type TableUrlState = TableParams & {
  pageSizes: readonly number[];
  sortable: readonly string[];
  defaultSort: SortState | null;
  /** 1-based. */
  setPage: (page: number, options?: NavigateOptions) => void;
  /** Resets the page to 1. */
  setPageSize: (pageSize: number, options?: NavigateOptions) => void;
  /** Resets the page to 1. `null` returns to the default sort. */
  setSort: (sort: SortState | null, options?: NavigateOptions) => void;
};

/** Rows per page on every list (docs/glossary.md); the server caps `page_size` at 300 (docs/api.md §1.4). */
const DEFAULT_PAGE_SIZES: readonly number[] = [25, 50, 100, 300];
const DEFAULT_PAGE_SIZE = 50;

const PAGE = 'page';
const PAGE_SIZE = 'page_size';
const ORDERING = 'o';

type ResolvedOptions = {
  defaultSort: SortState | null;
  defaultPageSize: number;
  pageSizes: readonly number[];
  sortable: readonly string[];
};

function resolve(options: TableUrlStateOptions): ResolvedOptions {
  const pageSizes = options.pageSizes ?? DEFAULT_PAGE_SIZES;
  const defaultPageSize = options.defaultPageSize ?? DEFAULT_PAGE_SIZE;
  return {
    defaultSort: options.defaultSort ?? null,
    defaultPageSize,
    // The default must always be a valid choice, or the select could not show it.
    pageSizes: pageSizes.includes(defaultPageSize)
      ? pageSizes
      : [...pageSizes, defaultPageSize].sort((a, b) => a - b),
    sortable: options.sortable,
  };
}

function parsePositiveInt(value: string | null): number | null {
  if (value === null || !/^\d{1,9}$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 ? n : null;
}

/** `-turns` → `{ id: 'turns', desc: true }`; `null` unless the field is sortable. */
export function parseOrdering(value: string | null, sortable: readonly string[]): SortState | null {
  if (!value) return null;
  const desc = value.startsWith('-');
  const id = desc ? value.slice(1) : value;
  return sortable.includes(id) ? { id, desc } : null;
}

function formatOrdering(sort: SortState): string {
  return sort.desc ? `-${sort.id}` : sort.id;
}

function sameSort(a: SortState | null, b: SortState | null): boolean {
  return a === b || (a !== null && b !== null && a.id === b.id && a.desc === b.desc);
}

/** Reads page, size and sort from search params; invalid values fall back to the defaults. */
export function parseTableParams(searchParams: URLSearchParams, options: TableUrlStateOptions): TableParams {
  const o = resolve(options);
  const size = parsePositiveInt(searchParams.get(PAGE_SIZE));
  return {
    page: parsePositiveInt(searchParams.get(PAGE)) ?? 1,
    pageSize: size !== null && o.pageSizes.includes(size) ? size : o.defaultPageSize,
    sort: parseOrdering(searchParams.get(ORDERING), o.sortable) ?? o.defaultSort,
  };
}

/**
 * Writes table params onto a copy of `base` (other keys, e.g. filters, are kept).
 * Defaults are removed so the canonical URL of the default view is the bare path.
 */
export function tableParamsToSearch(
  params: TableParams,
  options: TableUrlStateOptions,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const o = resolve(options);
  const next = new URLSearchParams(base);
  const page = Math.max(1, Math.trunc(params.page));
  if (page === 1) next.delete(PAGE);
  else next.set(PAGE, String(page));
  if (params.pageSize === o.defaultPageSize || !o.pageSizes.includes(params.pageSize)) next.delete(PAGE_SIZE);
  else next.set(PAGE_SIZE, String(params.pageSize));
  const sort = params.sort && o.sortable.includes(params.sort.id) ? params.sort : null;
  if (sort === null || sameSort(sort, o.defaultSort)) next.delete(ORDERING);
  else next.set(ORDERING, formatOrdering(sort));
  return next;
}

/**
 * The URL owns a table's page, page size and sort. Changing sort or size resets the page.
 * Page and sort changes push a history entry so back/forward walk through them.
 */
export function useTableUrlState(options: TableUrlStateOptions): TableUrlState {
  const [searchParams, setSearchParams] = useSearchParams();
  const resolved = resolve(options);
  const params = parseTableParams(searchParams, resolved);

  const write = (patch: Partial<TableParams>, { replace = false }: NavigateOptions = {}) => {
    setSearchParams(
      (prev) => tableParamsToSearch({ ...parseTableParams(prev, resolved), ...patch }, resolved, prev),
      { replace, preventScrollReset: true },
    );
  };

  return {
    ...params,
    pageSizes: resolved.pageSizes,
    sortable: resolved.sortable,
    defaultSort: resolved.defaultSort,
    setPage: (page, navigateOptions) => write({ page }, navigateOptions),
    setPageSize: (pageSize, navigateOptions) => write({ pageSize, page: 1 }, navigateOptions),
    setSort: (sort, navigateOptions) =>
      write({ sort: sort ?? resolved.defaultSort, page: 1 }, navigateOptions),
  };
}

type SearchPatchValue = string | number | boolean | readonly string[] | null | undefined;
export type SearchPatch = Record<string, SearchPatchValue>;

/**
 * Applies a patch to a copy of `prev`: `null`, `undefined`, `''` and `[]` remove a key, arrays
 * become repeated keys. When anything other than `page` changes, `page` is removed (back to 1),
 * because a filtered list's page 7 is a different, usually non-existent, page.
 */
export function applySearchPatch(
  prev: URLSearchParams,
  patch: SearchPatch,
  { resetPage = true }: { resetPage?: boolean } = {},
): URLSearchParams {
  const next = new URLSearchParams(prev);
  let changed = false;
  for (const [key, value] of Object.entries(patch)) {
    const before = next.getAll(key);
    next.delete(key);
    if (Array.isArray(value)) {
      for (const item of value) if (item !== '') next.append(key, item);
    } else if (value !== null && value !== undefined && value !== '') {
      next.set(key, String(value));
    }
    const after = next.getAll(key);
    if (key !== PAGE && (before.length !== after.length || before.some((v, i) => v !== after[i]))) {
      changed = true;
    }
  }
  if (resetPage && changed && !(PAGE in patch)) next.delete(PAGE);
  return next;
}

/**
 * For filter controls: sets/removes keys and resets the page when a filter changed.
 * Text inputs pass `replace: true` so typing does not leave one history entry per key.
 */
export function updateSearchParams(
  setSearchParams: SetURLSearchParams,
  patch: SearchPatch,
  { replace = false, resetPage = true }: { replace?: boolean; resetPage?: boolean } = {},
): void {
  setSearchParams((prev) => applySearchPatch(prev, patch, { resetPage }), {
    replace,
    preventScrollReset: true,
  });
}
