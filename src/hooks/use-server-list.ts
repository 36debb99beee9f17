import { useQuery, useQueryClient, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import type { RowData } from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import type { z } from 'zod';
import type { ApiGeneration } from '@/api/filters';
import type { PagedList, PagedRequest } from '@/api/paged-list';
import type { Page } from '@/api/pagination';
import { getApiGeneration } from '@/api/server-info';
import type { DataTableColumns } from '@/components/data-table/table-features';
import type { CsvColumn } from '@/lib/csv';
import {
  filterChips,
  groupFields,
  resolveDays,
  type FilterField,
  type FilterGroup,
} from '@/lib/filter-fields';
import type { Recovered } from '@/lib/page-recovery';
import type { ReadMarks } from '@/lib/read-marks';
import { reviewId, saveReviewContext, withReview, type ReviewList } from '@/lib/review-context';
import type { FilterRecord, FilterSchema } from '@/lib/url-filters';
import type { RangePreset } from '@/lib/utc-days';
import { WholeListGone, type WholeList } from '@/lib/whole-list/connection';
import type { ListView } from '@/lib/whole-list/dataset';
import { releaseRemovedLists } from '@/lib/whole-list/whole-list-query';
import { useExportAll, type ExportAll } from './use-export-all';
import { usePageRecovery } from './use-page-recovery';
import { useReadMarks, type ReadMarksApi } from './use-read-marks';
import { useTableUrlState, type SortState, type TableUrlState } from './use-table-url-state';
import { useUrlFilters } from './use-url-filters';
import { useUtcToday } from './use-utc-today';
import { useWholeListAsk } from './use-whole-list-view';
import { useVisitorSlug, type VisitorSlug } from './use-visitor-slug';

/** A factory's `wholeListQuery(...)` (its key is typed more narrowly). */
type WholeQuery = { queryKey: QueryKey };
type PageData<Row> = Page<Row> & Recovered;
type ListData<Row> = PageData<Row> | WholeList<Row>;

/**
 * A search over the rows already loaded (the visitors' slug search): never sent to the server;
 * the list's worker applies it (its spec's `search`).
 */
type LocalSearch = {
  /** The URL key and the field of the panel that types it. */
  key: string;
};

/** One list of the app, as a page configures it; `useServerList` and `ServerList` do the rest. */
export type ListDefinition<S extends FilterSchema, Row extends RowData> = {
  /** The table's caption and the list's name: "Turns". */
  caption: string;
  /** Singular and plural, for counts: ['turn', 'turns']. */
  noun: readonly [string, string];
  schema: S;
  groups: readonly FilterGroup[];
  columns: DataTableColumns<Row>;
  defaultSort: SortState;
  rowId: (row: Row) => string;
  rowHref?: (row: Row) => string | undefined;
  /** Export file name stem: `turns` → `turns-2026-11-26T1405Z.csv`. */
  exportName: string;
  csv: readonly CsvColumn<Row>[];
  empty: { title: string; text: ReactNode; filteredHint: string };
  /** Date range presets a page starts at, by preset key (the overview's `range: '30d'`). */
  defaults?: Readonly<Record<string, RangePreset>>;
  search?: LocalSearch;
  /**
   * Read marks (src/lib/read-marks.ts): whether this staff user has opened the row's
   * conversation. Rows then read as read or unread, and a whole list can offer "Read marks".
   */
  read?: (row: Row, marks: ReadMarks) => boolean;
  /**
   * The review flow: a transcript opened from a row knows this list (`?from=`, src/lib/review-context.ts)
   * and offers "Back to the list" and the previous and next row. `path` is the list's page.
   */
  review?: { list: ReviewList; path: string };
} & (
  | {
      mode: 'paged';
      list: PagedList<z.ZodType<Row>, z.output<S>>;
      /** The orderings the server takes (docs/api.md §2.1, §2.9). */
      sortable: readonly string[];
      toJson?: (rows: readonly Row[]) => unknown;
    }
  | {
      /**
       * The whole array in one answer (docs/api.md §1.4), read, validated, sorted, searched and
       * paged in the list's worker; the page receives the rows it shows.
       */
      mode: 'whole';
      query: (filters: z.output<S>, generation: ApiGeneration) => WholeQuery;
      sortable: readonly string[];
    }
);

export type ServerListState<S extends FilterSchema, Row extends RowData> = {
  definition: ListDefinition<S, Row>;
  fields: readonly FilterField[];
  /** As the URL holds them (presets unresolved). */
  filters: z.output<S>;
  setFilters: ReturnType<typeof useUrlFilters<S>>['setFilters'];
  clearFilters: () => void;
  /** As the server gets them: date presets resolved on today, what this server cannot apply dropped. */
  request: z.output<S>;
  filtered: boolean;
  table: TableUrlState;
  generation: ApiGeneration;
  today: string;
  /** The rows of the page shown; undefined while loading. */
  rows: readonly Row[] | undefined;
  /** Rows the server has for the filters. */
  total: number | undefined;
  /** Whole lists: the rows loaded, before the local search. */
  loaded: number | undefined;
  /** Whole lists: the rows the local search keeps (all of them without one). */
  matched: number | undefined;
  /** The local search the rows shown answer (trimmed). */
  searchText: string;
  onInput?: (key: string, text: string) => void;
  query: {
    isPending: boolean;
    isFetching: boolean;
    isPlaceholderData: boolean;
    error: Error | null;
    refetch: () => Promise<unknown>;
  };
  queryKey: QueryKey;
  pageNote: string | null;
  exporter: ExportAll;
  /** Whole lists: every row the table would show, in its order, for the CSV export. */
  exportRows: () => Promise<readonly Row[]>;
  /** Where a row leads, carrying this list as its review context when the list has one. */
  rowHref: ((row: Row) => string | undefined) | undefined;
  /** A row is about to be opened (pressed, Enter, a context menu): its context is kept. */
  onRowIntent: ((row: Row) => void) | undefined;
  isRowRead: ((row: Row) => boolean) | undefined;
  /** How the "Visitor slug" filter's text was understood (a prefix looked up). */
  visitorSlug: VisitorSlug;
};

/** Drops the filters this server cannot apply, so they are neither sent nor part of the key. */
function applicable(
  filters: FilterRecord,
  fields: readonly FilterField[],
  generation: ApiGeneration,
): FilterRecord {
  if (generation !== 'legacy') return filters;
  const next = { ...filters };
  for (const field of fields) if ('key' in field && field.newerServer) delete next[field.key];
  return next;
}

const NO_DEFAULTS: Readonly<Record<string, RangePreset>> = {};

/**
 * The filters as the server gets them: date presets resolved on `today`, what this server
 * cannot apply dropped, fields applied in the browser (`local`) removed, and the visitor slug as
 * looked up. One function for the list and for a transcript walking the same list.
 */
export function listRequest<S extends FilterSchema>(
  filters: z.output<S>,
  fields: readonly FilterField[],
  {
    today,
    generation,
    defaults = NO_DEFAULTS,
    visitorSlug,
  }: {
    today: string;
    generation: ApiGeneration;
    defaults?: Readonly<Record<string, RangePreset>>;
    visitorSlug?: string;
  },
): z.output<S> {
  const resolved = applicable(
    resolveDays(filters as FilterRecord, fields, today, defaults),
    fields,
    generation,
  );
  for (const field of fields) if ('key' in field && field.local) delete resolved[field.key];
  if ('user_slug' in resolved) resolved.user_slug = visitorSlug;
  if (resolved.user_slug === undefined) delete resolved.user_slug;
  return resolved as z.output<S>;
}

/**
 * The read-marks filter of a whole list as its worker applies it: "Unread only" (`unread`
 * true) or "Read only"; none without marks to compare with. `always` keeps one row whatever it
 * is (the review flow keeps the row being read in its list).
 */
export function readFilter(
  marks: Pick<ReadMarksApi, 'conversations' | 'enabled'>,
  unread: boolean | undefined,
  always?: string,
): ListView['read'] {
  if (unread === undefined || !marks.enabled) return undefined;
  return { marks: marks.conversations, read: !unread, ...(always === undefined ? {} : { always }) };
}

/**
 * The one list scaffold: URL filters → request → query → table state → page recovery →
 * export, configured by a `ListDefinition`. Every list page (turns, conversations, feedback,
 * visitors) is this hook and `ServerList` with its own definition.
 */
export function useServerList<S extends FilterSchema, Row extends RowData>(
  definition: ListDefinition<S, Row>,
  { enabled = true }: { enabled?: boolean } = {},
): ServerListState<S, Row> {
  const generation = getApiGeneration();
  const today = useUtcToday();
  const fields = useMemo(() => groupFields(definition.groups), [definition.groups]);
  const presetDefaults = definition.defaults ?? NO_DEFAULTS;
  const { filters, setFilters, clearFilters } = useUrlFilters(definition.schema, { fields });
  const searchKey = definition.search?.key;
  const typedSlug = (filters as FilterRecord).user_slug;
  const visitorSlug = useVisitorSlug(typeof typedSlug === 'string' ? typedSlug : undefined, enabled);
  const request = useMemo(
    () =>
      listRequest<S>(filters, fields, {
        today,
        generation,
        defaults: presetDefaults,
        visitorSlug: visitorSlug.send,
      }),
    [filters, fields, today, presetDefaults, generation, visitorSlug.send],
  );

  const table = useTableUrlState({
    defaultSort: definition.defaultSort,
    sortable: definition.sortable,
  });

  const paged = definition.mode === 'paged';
  const pagedRequest: PagedRequest<z.output<S>> = {
    filters: request,
    sort: table.sort,
    page: table.page,
    pageSize: table.pageSize,
    generation,
  };
  const options = (
    definition.mode === 'paged' ? definition.list.query(pagedRequest) : definition.query(request, generation)
  ) as UseQueryOptions<ListData<Row>, Error, ListData<Row>, QueryKey>;
  // A visitor prefix is looked up first: the list waits for the slug it names.
  const query = useQuery({ ...options, enabled: enabled && visitorSlug.state !== 'looking' });
  const page = paged ? (query.data as PageData<Row> | undefined) : undefined;
  const whole = paged ? undefined : (query.data as WholeList<Row> | undefined);
  const queryClient = useQueryClient();
  useEffect(() => releaseRemovedLists(queryClient), [queryClient]);

  const pageNote = usePageRecovery(
    { data: page, isPlaceholderData: query.isPlaceholderData },
    table.page,
    (n) =>
      definition.mode === 'paged'
        ? definition.list.query({ ...pagedRequest, page: n }).queryKey
        : options.queryKey,
  );

  const exporter = useExportAll<Row & object>({
    fetchPage: (page, signal) =>
      definition.mode === 'paged'
        ? definition.list.exportPages({ filters: request, sort: table.sort, generation })(page, signal)
        : Promise.reject(new Error('Whole lists export the rows they have.')),
    filename: definition.exportName,
    csvColumns: definition.csv as readonly CsvColumn<Row & object>[],
    toJson: definition.mode === 'paged' ? definition.toJson : undefined,
    getKey: definition.rowId,
  });

  // The local search: the field shows every key at once, the worker answers the newest text.
  const urlText = searchKey ? String((filters as FilterRecord)[searchKey] ?? '') : '';
  const [typed, setTyped] = useState({ url: urlText, text: urlText });
  if (typed.url !== urlText) setTyped({ url: urlText, text: urlText });
  const marks = useReadMarks();
  const readOf = definition.read;
  const unread = readOf ? ((filters as FilterRecord).unread as boolean | undefined) : undefined;
  const readView = useMemo(() => readFilter(marks, unread), [marks, unread]);
  const sortId = table.sort?.id;
  const sortDesc = table.sort?.desc ?? false;
  const view = useMemo<ListView>(
    () => ({
      sort: sortId === undefined ? null : { id: sortId, desc: sortDesc },
      search: typed.text,
      ...(readView ? { read: readView } : {}),
    }),
    [sortId, sortDesc, typed.text, readView],
  );
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  const { page: pageNumber, pageSize } = table;
  const shown = useWholeListAsk(
    whole,
    [...options.queryKey, 'view', view, pageNumber, pageSize],
    (list, signal) => list.view(view, pageNumber, pageSize, signal),
    { reload, keep: true },
  );
  const wholePage = shown.data;

  const rows = paged ? page?.items : wholePage?.rows;
  const total = paged ? page?.total : wholePage?.loaded;

  // The review context of a row: this list's URL and the row, kept when the row is opened.
  const location = useLocation();
  const review = definition.review;
  const baseHref = definition.rowHref;
  const contextOf = (row: Row) =>
    review ? { list: review.list, search: location.search, row: definition.rowId(row) } : null;
  const chips = filterChips(filters as FilterRecord, fields, today, presetDefaults);
  // A page past the end of a whole list shows its last page; the pager says which.
  const shownTable = wholePage && wholePage.page !== table.page ? { ...table, page: wholePage.page } : table;

  return {
    definition,
    fields,
    filters,
    setFilters,
    clearFilters,
    request,
    filtered: chips.length > 0,
    table: shownTable,
    generation,
    today,
    rows,
    total,
    loaded: wholePage?.loaded,
    matched: wholePage?.matched,
    searchText: wholePage?.search ?? '',
    onInput: searchKey
      ? (key, text) => {
          if (key === searchKey) setTyped({ url: urlText, text });
        }
      : undefined,
    query: {
      isPending: query.isPending || (!paged && !query.error && shown.isPending),
      isFetching: query.isFetching || shown.isFetching,
      isPlaceholderData: query.isPlaceholderData || shown.isPlaceholderData,
      error: query.error ?? shown.error,
      refetch,
    },
    queryKey: options.queryKey,
    pageNote,
    exporter,
    exportRows: async () => {
      if (!whole) return [];
      try {
        return await whole.rows(view);
      } catch (error) {
        // The worker let this answer go (it keeps the newest few): load it again and export that.
        if (!(error instanceof WholeListGone)) throw error;
        const fresh = (await refetch({ throwOnError: true })).data as WholeList<Row> | undefined;
        return fresh ? fresh.rows(view) : [];
      }
    },
    rowHref: baseHref
      ? (row) => {
          const href = baseHref(row);
          const context = contextOf(row);
          return href !== undefined && context ? withReview(href, reviewId(context)) : href;
        }
      : undefined,
    onRowIntent: review
      ? (row) => {
          const context = contextOf(row);
          if (context) saveReviewContext(context);
        }
      : undefined,
    isRowRead: readOf && marks.enabled ? (row) => readOf(row, marks) : undefined,
    visitorSlug,
  };
}
