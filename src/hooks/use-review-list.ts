import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import type { RowData } from '@tanstack/react-table';
import { useCallback, useMemo } from 'react';
import type { z } from 'zod';
import type { Page } from '@/api/pagination';
import { getApiGeneration } from '@/api/server-info';
import { groupFields, normalizeDays } from '@/lib/filter-fields';
import { pagedNeighbour, pageOfIndex, reviewId, withReview, type ReviewContext } from '@/lib/review-context';
import { parseFilterSearch, type FilterRecord, type FilterSchema } from '@/lib/url-filters';
import type { WholeList } from '@/lib/whole-list/connection';
import type { ListView } from '@/lib/whole-list/dataset';
import { useReadMarks } from './use-read-marks';
import { listRequest, readFilter, type ListDefinition } from './use-server-list';
import { parseTableParams } from './use-table-url-state';
import { useUtcToday } from './use-utc-today';
import { useVisitorSlug } from './use-visitor-slug';
import { useWholeListAsk } from './use-whole-list-view';

/** A row to go to from a transcript: its page's link, carrying its own review context. */
export type ReviewTarget = { href: string; context: ReviewContext };

/** Where a transcript stands in the list it was opened from. */
export type ReviewPosition = {
  state: 'loading' | 'ready' | 'missing' | 'error';
  /** 1-based place of the row, and the list's length. */
  position: number | null;
  total: number | null;
  previous: ReviewTarget | null;
  next: ReviewTarget | null;
  /** The list's search for "Back to the list": its filters and sort, at the row's page. */
  backSearch: string;
};

type Whole<S extends FilterSchema, Row extends RowData> = Extract<ListDefinition<S, Row>, { mode: 'whole' }>;
type Paged<S extends FilterSchema, Row extends RowData> = Extract<ListDefinition<S, Row>, { mode: 'paged' }>;

/** The list's search with another page (page 1 is the bare list). */
/** No place in the list (yet): loading, failed, or the row is not in it; back to where it was. */
function unplaced(
  state: 'loading' | 'missing' | 'error',
  total: number | null,
  context: ReviewContext,
): ReviewPosition {
  return { state, position: null, total, previous: null, next: null, backSearch: context.search };
}

function withPage(search: string, page: number): string {
  const params = new URLSearchParams(search);
  if (page <= 1) params.delete('page');
  else params.set('page', String(page));
  return params.toString();
}

/** The list as the context's URL describes it: the same request the list page made. */
function useContextRequest<S extends FilterSchema, Row extends RowData>(
  definition: ListDefinition<S, Row>,
  context: ReviewContext,
) {
  const today = useUtcToday();
  const generation = getApiGeneration();
  const params = useMemo(() => new URLSearchParams(context.search), [context.search]);
  const fields = useMemo(() => groupFields(definition.groups), [definition.groups]);
  const filters = useMemo(
    () => normalizeDays(parseFilterSearch(params, definition.schema) as FilterRecord, fields) as z.output<S>,
    [params, definition.schema, fields],
  );
  const table = parseTableParams(params, {
    defaultSort: definition.defaultSort,
    sortable: definition.sortable,
  });
  const typed = (filters as FilterRecord).user_slug;
  const slug = useVisitorSlug(typeof typed === 'string' ? typed : undefined);
  const request = useMemo(
    () =>
      listRequest<S>(filters, fields, {
        today,
        generation,
        defaults: definition.defaults,
        visitorSlug: slug.send,
      }),
    [filters, fields, today, generation, definition.defaults, slug.send],
  );
  return { filters, table, request, generation, ready: slug.state !== 'looking' };
}

function targetOf<S extends FilterSchema, Row extends RowData>(
  definition: ListDefinition<S, Row>,
  context: ReviewContext,
  row: Row | undefined,
  page: number,
): ReviewTarget | null {
  if (row === undefined) return null;
  const href = definition.rowHref?.(row);
  if (href === undefined) return null;
  const next: ReviewContext = {
    list: context.list,
    search: withPage(context.search, page),
    row: definition.rowId(row),
  };
  return { href: withReview(href, reviewId(next)), context: next };
}

/**
 * A whole list (conversations): the same rows, local search, read-marks filter and sort as the
 * list page, asked of the list's worker (from the query cache when the list was just open).
 * With "Unread only" the row being read stays in the order, so that the next unread one
 * follows it.
 */
export function useWholeReview<S extends FilterSchema, Row extends RowData>(
  definition: Whole<S, Row>,
  context: ReviewContext,
): ReviewPosition {
  const { filters, table, request, generation, ready } = useContextRequest(definition, context);
  const options = definition.query(request, generation) as UseQueryOptions<
    WholeList<Row>,
    Error,
    WholeList<Row>,
    QueryKey
  >;
  const query = useQuery({ ...options, enabled: ready });
  const marks = useReadMarks();
  const record = filters as FilterRecord;
  const search = definition.search ? String(record[definition.search.key] ?? '') : '';
  const unread = definition.read ? (record.unread as boolean | undefined) : undefined;
  const read = useMemo(() => readFilter(marks, unread, context.row), [marks, unread, context.row]);
  const view = useMemo<ListView>(
    () => ({ sort: table.sort, search, ...(read ? { read } : {}) }),
    [table.sort, search, read],
  );
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  const { row } = context;
  // Keeps no earlier answer on screen: the place of another row would name the wrong neighbours.
  const place = useWholeListAsk(
    query.data,
    [...options.queryKey, 'locate', view, row],
    (list, signal) => list.locate(view, row, signal),
    { reload, keep: false },
  );

  const back = (index: number) => withPage(context.search, pageOfIndex(index, table.pageSize));
  if (place.data === undefined)
    return unplaced(query.isError || place.error ? 'error' : 'loading', null, context);
  if (place.data === null) return unplaced('missing', null, context);
  const { index, total, previous, next } = place.data;
  const target = (row: Row | null, at: number) =>
    row === null ? null : targetOf(definition, context, row, pageOfIndex(at, table.pageSize));
  return {
    state: 'ready',
    position: index + 1,
    total,
    previous: target(previous, index - 1),
    next: target(next, index + 1),
    backSearch: back(index),
  };
}

/**
 * A server-paged list (turns, feedback): the context's page, and the page before or after it
 * when the row is at its edge (fetched ahead, so stepping over the edge is instant).
 */
export function usePagedReview<S extends FilterSchema, Row extends RowData>(
  definition: Paged<S, Row>,
  context: ReviewContext,
): ReviewPosition {
  const { table, request, generation, ready } = useContextRequest(definition, context);
  const base = { filters: request, sort: table.sort, pageSize: table.pageSize, generation };
  const pageQuery = (page: number) =>
    definition.list.query({ ...base, page }) as UseQueryOptions<Page<Row>, Error, Page<Row>, QueryKey>;
  const current = useQuery({ ...pageQuery(table.page), enabled: ready });
  const data = current.data;
  const ids = data ? data.items.map(definition.rowId) : [];
  const info = data ? { ids, page: data.page, pageSize: table.pageSize, total: data.total } : null;
  const before = info ? pagedNeighbour(info, context.row, -1) : null;
  const after = info ? pagedNeighbour(info, context.row, 1) : null;
  const beforePage = before?.where === 'page' ? before.page : table.page;
  const afterPage = after?.where === 'page' ? after.page : table.page;
  const previousPage = useQuery({ ...pageQuery(beforePage), enabled: before?.where === 'page' });
  const nextPage = useQuery({ ...pageQuery(afterPage), enabled: after?.where === 'page' });

  if (!data || !info) {
    return unplaced(current.isError ? 'error' : 'loading', null, context);
  }
  const index = ids.indexOf(context.row);
  if (index < 0) {
    return unplaced('missing', data.total, context);
  }
  const resolve = (where: typeof before, other: Page<Row> | undefined): ReviewTarget | null => {
    if (!where) return null;
    if (where.where === 'here') return targetOf(definition, context, data.items[where.index], data.page);
    if (!other) return null;
    const row = where.pick === 'first' ? other.items[0] : other.items[other.items.length - 1];
    return targetOf(definition, context, row, where.page);
  };
  return {
    state: 'ready',
    position: (data.page - 1) * table.pageSize + index + 1,
    total: data.total,
    previous: resolve(before, previousPage.data),
    next: resolve(after, nextPage.data),
    backSearch: withPage(context.search, data.page),
  };
}
