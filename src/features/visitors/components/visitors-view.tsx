import { useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { unsupportedFilters } from '@/api/filters';
import { getApiGeneration } from '@/api/server-info';
import { updateSearchParams, type SearchPatch } from '@/hooks/use-table-url-state';
import { useUtcToday } from '@/hooks/use-utc-today';
import { visitorQueries } from '../api/queries';
import { useSearchParamDraft } from '../hooks/use-search-param-draft';
import { filterBySlug, normalizeSlugQuery } from '../utils/slug-search';
import {
  describeFilters,
  hasServerFilters,
  parseVisitorFilters,
  QUERY_PARAM,
  requestFilters,
  SLUG_PARAM,
  VISITOR_FILTER_KEYS,
} from '../utils/visitor-filters';
import { toVisitorRows } from '../utils/visitor-rows';
import { VisitorFiltersBar } from './visitor-filters-bar';
import { REDACTIONS_DESCRIPTION, VisitorsTable, type VisitorsEmpty } from './visitors-table';
import styles from './visitors.module.css';

/** Typing pauses before the URL (and, for `query`, the server) is asked. */
const SLUG_DEBOUNCE_MS = 200;
const QUERY_DEBOUNCE_MS = 400;

const CLEAR_ALL: SearchPatch = Object.fromEntries(
  [...VISITOR_FILTER_KEYS, SLUG_PARAM].map((key) => [key, null]),
);

/**
 * `/users`: every visitor with counters from `by-user/` (the whole array), filtered on the
 * server by the URL's turn filters, then searched by slug, sorted and paged in the browser.
 */
export function VisitorsView() {
  const [searchParams, setSearchParams] = useSearchParams();
  const today = useUtcToday();
  // Set by the session before any page renders (the shell waits for `version/`).
  const generation = getApiGeneration();
  const filters = useMemo(() => parseVisitorFilters(searchParams), [searchParams]);
  const sent = useMemo(() => requestFilters(filters, generation), [filters, generation]);
  // Stable, so the memoised table is not re-rendered for it.
  const loadingKeys = useMemo(() => [visitorQueries.list(sent, generation).queryKey], [sent, generation]);
  const ignored = unsupportedFilters(filters, generation);

  const list = useQuery({ ...visitorQueries.list(sent, generation), select: toVisitorRows });
  const slug = useSearchParamDraft(SLUG_PARAM, SLUG_DEBOUNCE_MS);
  const query = useSearchParamDraft(QUERY_PARAM, QUERY_DEBOUNCE_MS);

  // The field updates at once; filtering 50,000 slugs and re-rendering the table follow at a
  // lower priority and are abandoned when another key arrives first.
  const deferredSlug = useDeferredValue(slug.draft);
  const slugPending = deferredSlug !== slug.draft;
  const data = list.data;
  const rows = useMemo(() => (data ? filterBySlug(data, deferredSlug) : undefined), [data, deferredSlug]);
  const needle = normalizeSlugQuery(deferredSlug);

  const empty: VisitorsEmpty =
    data && data.length > 0 && rows?.length === 0 ? 'slug' : hasServerFilters(sent) ? 'filters' : 'none';

  const onChange = useCallback(
    (patch: SearchPatch) => updateSearchParams(setSearchParams, patch),
    [setSearchParams],
  );
  const onClearFilters = useCallback(() => updateSearchParams(setSearchParams, CLEAR_ALL), [setSearchParams]);
  const onClearSlug = useCallback(
    () => updateSearchParams(setSearchParams, { [SLUG_PARAM]: null }, { replace: true }),
    [setSearchParams],
  );
  const { refetch } = list;
  const onRetry = useCallback(() => void refetch(), [refetch]);

  return (
    <div className={styles.page}>
      <VisitorFiltersBar
        filters={filters}
        generation={generation}
        today={today}
        slug={slug}
        query={query}
        onChange={onChange}
        onClear={onClearFilters}
        canClear={hasServerFilters(filters) || slug.committed !== ''}
      />
      {ignored.includes('has_feedback') && (
        <p role="status" className={styles.notice}>
          The feedback filter in this link is ignored: this server is older than Waldur 8.1.2 and cannot
          filter by thumbs votes.
        </p>
      )}
      <VisitorsTable
        rows={rows}
        loaded={data?.length}
        slugQuery={needle === '' ? '' : deferredSlug.trim()}
        filterDescription={describeFilters(sent)}
        isFetching={(list.isFetching && data !== undefined) || slugPending}
        loadingKeys={loadingKeys}
        error={list.error}
        onRetry={onRetry}
        empty={empty}
        onClearFilters={onClearFilters}
        onClearSlug={onClearSlug}
        exportName={`visitors-${today}`}
      />
      <p className={styles.footnote}>
        <strong>Redactions</strong>: {REDACTIONS_DESCRIPTION} Counters cover only the turns that match the
        filters.
      </p>
    </div>
  );
}
