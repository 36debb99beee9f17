import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { isApiError } from '@/api/errors';
import { unsupportedFilters, type TurnFilters } from '@/api/filters';
import { getApiGeneration } from '@/api/server-info';
import { DataTable } from '@/components/data-table/data-table';
import { ExportAllControl } from '@/components/export/export-all-control';
import { DateRangeFilter } from '@/components/filters/date-range-filter';
import { FieldErrors, labelFieldErrors } from '@/components/filters/field-errors';
import { FilterChips } from '@/components/filters/filter-chips';
import { TextFilter } from '@/components/filters/text-filter';
import { TurnStateFilters } from '@/components/filters/turn-state-filters';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { useExportAll } from '@/hooks/use-export-all';
import { usePageRecovery } from '@/hooks/use-page-recovery';
import { useTableUrlState } from '@/hooks/use-table-url-state';
import { useUrlFilters } from '@/hooks/use-url-filters';
import { formatCount } from '@/lib/format';
import { fetchTurnsExportPage, turnQueries, type TurnListRequest } from '../api/queries';
import {
  normalizeTurnFilters,
  severityNoneSelected,
  TURN_DEFAULT_PAGE_SIZE,
  TURN_DEFAULT_SORT,
  TURN_ERROR_ALIASES,
  TURN_FILTER_LABELS,
  TURN_PAGE_SIZES,
  TURN_SORTABLE,
  turnFilterChips,
  turnListSchema,
} from '../utils/turn-filters';
import { TURN_CSV_COLUMNS, turnHref, turnsForJson } from '../utils/turn-row';
import { turnColumns } from './turn-columns';
import styles from './turns.module.css';

// "None" stays selectable (links from elsewhere use it); choosing it explains why it is empty.
// "None" stays selectable (links from elsewhere use it); picking it explains why nothing matches.

/** Controls whose 400 message is shown next to them; anything else goes in the summary. */
const PLACED = new Set([
  'created_after',
  'created_before',
  'query',
  'is_flagged',
  'severity',
  'has_feedback',
  'session_id',
  'user_slug',
]);

/** The turns review queue: every turn, server-paged, filtered and ordered through the URL. */
export function TurnsReview() {
  const generation = getApiGeneration();
  const { filters, setFilters, clearFilters } = useUrlFilters(turnListSchema, {
    normalize: normalizeTurnFilters,
  });
  const table = useTableUrlState({
    defaultSort: TURN_DEFAULT_SORT,
    sortable: TURN_SORTABLE,
    pageSizes: TURN_PAGE_SIZES,
    defaultPageSize: TURN_DEFAULT_PAGE_SIZE,
  });
  const request: TurnListRequest = {
    filters,
    sort: table.sort,
    page: table.page,
    pageSize: table.pageSize,
    generation,
  };
  const query = useQuery(turnQueries.list(request));
  const queryClient = useQueryClient();
  const settled = query.isPlaceholderData ? undefined : query.data;
  const pageNote = usePageRecovery(settled, table.page, (data) => {
    queryClient.setQueryData(turnQueries.list({ ...request, page: data.page }).queryKey, {
      ...data,
      requestedPage: undefined,
    });
  });

  const exporter = useExportAll({
    fetchPage: fetchTurnsExportPage({ filters, sort: table.sort, generation }),
    filename: 'turns',
    csvColumns: TURN_CSV_COLUMNS,
    toJson: turnsForJson,
    getKey: (turn) => turn.uuid,
  });

  const fieldErrors = useMemo(() => {
    const error = query.error;
    if (!isApiError(error) || error.status !== 400) return [];
    return labelFieldErrors(error.fieldErrors, TURN_FILTER_LABELS, TURN_ERROR_ALIASES);
  }, [query.error]);
  const errorFor = (field: keyof TurnFilters) =>
    fieldErrors.find((e) => e.field === field)?.messages.join(' ');

  const chips = turnFilterChips(filters);
  const ignored = unsupportedFilters(filters, generation);
  const total = query.data?.total;
  const update = (patch: Partial<TurnFilters>) => setFilters(patch);

  return (
    <div className={styles.stack}>
      <div role="search" className={styles.filters} aria-label="Filter turns">
        <DateRangeFilter
          label="Created"
          value={{ after: filters.created_after, before: filters.created_before }}
          onChange={({ after, before }) => update({ created_after: after, created_before: before })}
          error={errorFor('created_after') ?? errorFor('created_before')}
        />
        <TextFilter
          label="Search messages and replies"
          value={filters.query}
          placeholder="e.g. gpu -quota"
          onCommit={(value) => setFilters({ query: value }, { replace: true })}
          error={errorFor('query')}
          width="13rem"
        />
        <TurnStateFilters
          value={filters}
          onChange={update}
          errorFor={errorFor}
          legacy={generation === 'legacy'}
        />
        <TextFilter
          label="Visitor (exact slug)"
          value={filters.user_slug}
          onCommit={(value) => setFilters({ user_slug: value }, { replace: true })}
          error={errorFor('user_slug')}
          type="text"
          width="9.5rem"
        />
        <TextFilter
          label="Conversation (exact id)"
          value={filters.session_id}
          onCommit={(value) => setFilters({ session_id: value }, { replace: true })}
          error={errorFor('session_id')}
          type="text"
          width="9.5rem"
        />
      </div>

      <FilterChips
        chips={chips}
        onRemove={(chip) => setFilters(Object.fromEntries(chip.keys.map((key) => [key, undefined])))}
        onClearAll={clearFilters}
      />
      <FieldErrors errors={fieldErrors.filter((e) => !PLACED.has(e.field))} />

      {pageNote && <Notice>{pageNote}</Notice>}
      {severityNoneSelected(filters) && (
        <Notice
          tone="warn"
          title="“Severity: none” matches no turns."
          actions={
            <Button size="small" onClick={() => update({ severity: undefined, is_flagged: false })}>
              Show unflagged turns
            </Button>
          }
        >
          <p>
            The server stores an empty severity for clean turns, so filtering on “none” finds nothing. Use
            “Flagged: Not flagged” to see the turns the guard let through untouched.
          </p>
        </Notice>
      )}
      {ignored.length > 0 && (
        <Notice
          tone="warn"
          title="The thumbs-vote filter is not applied."
          actions={
            <Button size="small" onClick={() => update({ has_feedback: undefined })}>
              Remove it
            </Button>
          }
        >
          <p>This server is older than Waldur 8.1.2 and cannot filter turns by thumbs vote.</p>
        </Notice>
      )}

      <DataTable
        mode="manual"
        data={query.data?.items}
        total={total}
        columns={turnColumns}
        state={table}
        caption="Turns"
        getRowId={(turn) => turn.uuid}
        getRowHref={turnHref}
        isLoading={query.isPending}
        loadingKeys={[turnQueries.list(request).queryKey]}
        isFetching={query.isFetching && query.isPlaceholderData}
        error={query.error ?? undefined}
        onRetry={() => void query.refetch()}
        errorWhat="turns"
        emptyTitle={chips.length > 0 ? 'No turns match these filters' : 'No turns yet'}
        emptyText={
          chips.length > 0 ? (
            <>
              Widen the date range or remove a filter.{' '}
              <Button size="small" variant="ghost" onClick={clearFilters}>
                Clear all filters
              </Button>
            </>
          ) : (
            'Turns appear here as soon as visitors use the public assistant.'
          )
        }
        exportSlot={<ExportAllControl exporter={exporter} what="turns" total={total} />}
      >
        {total !== undefined && !query.error && (
          <p className={styles.count} aria-live="polite">
            {formatCount(total, 'turn')}
            {chips.length > 0 ? (total === 1 ? ' matches' : ' match') : ' in total'}
          </p>
        )}
      </DataTable>
    </div>
  );
}
