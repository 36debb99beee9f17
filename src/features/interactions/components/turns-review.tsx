import { useQuery } from '@tanstack/react-query';
import { unsupportedFilters } from '@/api/filters';
import { getApiGeneration } from '@/api/server-info';
import { DataTable } from '@/components/data-table/data-table';
import { queryTableProps } from '@/components/data-table/query-props';
import { ResultCount } from '@/components/data-table/result-count';
import { ExportAllControl } from '@/components/export/export-all-control';
import { ClearFiltersHint } from '@/components/filters/clear-filters-hint';
import { FieldErrors } from '@/components/filters/field-errors';
import { FilterChips } from '@/components/filters/filter-chips';
import { SeverityNoneNotice } from '@/components/filters/severity-none-notice';
import { TextFilter } from '@/components/filters/text-filter';
import { TurnFilterFields } from '@/components/filters/turn-filter-fields';
import { useFilterErrors } from '@/components/filters/use-filter-errors';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { useExportAll } from '@/hooks/use-export-all';
import { usePageRecovery } from '@/hooks/use-page-recovery';
import { useTableUrlState } from '@/hooks/use-table-url-state';
import { useUrlFilters } from '@/hooks/use-url-filters';
import { fetchTurnsExportPage, turnQueries, type TurnListRequest } from '../api/queries';
import {
  normalizeTurnFilters,
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
  const pageNote = usePageRecovery(
    query,
    table.page,
    (page) => turnQueries.list({ ...request, page }).queryKey,
  );

  const exporter = useExportAll({
    fetchPage: fetchTurnsExportPage({ filters, sort: table.sort, generation }),
    filename: 'turns',
    csvColumns: TURN_CSV_COLUMNS,
    toJson: turnsForJson,
    getKey: (turn) => turn.uuid,
  });

  const { errorFor, unplaced } = useFilterErrors(query.error, {
    labels: TURN_FILTER_LABELS,
    aliases: TURN_ERROR_ALIASES,
    placed: PLACED,
  });

  const chips = turnFilterChips(filters);
  const ignored = unsupportedFilters(filters, generation);
  const total = query.data?.total;

  return (
    <div className={styles.stack}>
      <div role="search" className={styles.filters} aria-label="Filter turns">
        <TurnFilterFields
          value={filters}
          onChange={setFilters}
          errorFor={errorFor}
          searchPlaceholder="e.g. gpu -quota"
          searchWidth="13rem"
          visitorWidth="9.5rem"
          legacy={generation === 'legacy'}
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

      <FilterChips chips={chips} onRemove={setFilters} onClearAll={clearFilters} />
      <FieldErrors errors={unplaced} />

      {pageNote && <Notice>{pageNote}</Notice>}
      <SeverityNoneNotice
        value={filters}
        onChange={setFilters}
        title="“Severity: none” matches no turns."
        action="Show unflagged turns"
      >
        <p>
          The server stores an empty severity for clean turns, so filtering on “none” finds nothing. Use
          “Flagged: Not flagged” to see the turns the guard let through untouched.
        </p>
      </SeverityNoneNotice>
      {ignored.length > 0 && (
        <Notice
          tone="warn"
          title="The thumbs-vote filter is not applied."
          actions={
            <Button size="small" onClick={() => setFilters({ has_feedback: undefined })}>
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
        {...queryTableProps(query, turnQueries.list(request).queryKey)}
        errorWhat="turns"
        emptyTitle={chips.length > 0 ? 'No turns match these filters' : 'No turns yet'}
        emptyText={
          chips.length > 0 ? (
            <ClearFiltersHint onClearAll={clearFilters}>
              Widen the date range or remove a filter.
            </ClearFiltersHint>
          ) : (
            'Turns appear here as soon as visitors use the public assistant.'
          )
        }
        exportSlot={<ExportAllControl exporter={exporter} what="turns" total={total} />}
      >
        {total !== undefined && !query.error && (
          <ResultCount total={total} noun="turn" filtered={chips.length > 0} />
        )}
      </DataTable>
    </div>
  );
}
