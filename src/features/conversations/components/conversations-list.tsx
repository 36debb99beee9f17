import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '@/api/errors';
import type { ConversationFilters } from '@/api/filters';
import { getApiGeneration } from '@/api/server-info';
import { CsvExportButton } from '@/components/data-table/csv-export-button';
import { DataTable } from '@/components/data-table/data-table';
import { queryTableProps } from '@/components/data-table/query-props';
import { ResultCount } from '@/components/data-table/result-count';
import { sortableColumnIds, sortRows } from '@/components/data-table/sort-rows';
import { ClearFiltersHint } from '@/components/filters/clear-filters-hint';
import { DateRangeFilter } from '@/components/filters/date-range-filter';
import { FieldErrors } from '@/components/filters/field-errors';
import { FilterChips } from '@/components/filters/filter-chips';
import { NumberRangeFilter } from '@/components/filters/number-range-filter';
import { TriStateSelect } from '@/components/filters/select-filter';
import { SeverityNoneNotice } from '@/components/filters/severity-none-notice';
import { TurnFilterFields } from '@/components/filters/turn-filter-fields';
import { useFilterErrors } from '@/components/filters/use-filter-errors';
import { Button, buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { useTableUrlState } from '@/hooks/use-table-url-state';
import { useUrlFilters } from '@/hooks/use-url-filters';
import { exportFileName } from '@/lib/export-pages';
import { paths } from '@/lib/paths';
import { conversationQueries } from '../api/queries';
import {
  CONVERSATION_DEFAULT_SORT,
  CONVERSATION_ERROR_ALIASES,
  CONVERSATION_FILTER_LABELS,
  CONVERSATION_PAGE_SIZES,
  conversationFilterChips,
  conversationListSchema,
  normalizeConversationFilters,
} from '../utils/conversation-filters';
import { CONVERSATION_CSV_COLUMNS, conversationHref } from '../utils/conversation-row';
import { conversationColumns } from './conversation-columns';
import styles from './conversations.module.css';

const SORTABLE = sortableColumnIds(conversationColumns);
const PLACED = new Set(Object.keys(CONVERSATION_FILTER_LABELS).filter((key) => key !== 'session_id'));

/** `conversations/` is missing before Waldur 8.1.2: a 404, or an HTML 404 from a proxy. */
function isMissingEndpoint(error: unknown): boolean {
  return isApiError(error) && error.status === 404;
}

/** What a server without `conversations/` gets instead of an error page. */
export function ConversationsNeedNewerServer({ onTryAnyway }: { onTryAnyway?: () => void }) {
  return (
    <Card>
      <div className={styles.oldServer}>
        <h2>Conversations need Waldur 8.1.2 or newer</h2>
        <p>
          This server has no list of conversations (the <code>conversations/</code> endpoint arrived in Waldur
          8.1.2). The same visitors and their sessions are on the Visitors page, and every turn is in the
          turns review.
        </p>
        <div className={styles.actions}>
          <Link className={buttonClass} to={paths.visitors.href()}>
            Go to Visitors
          </Link>
          <Link className={buttonClass} to={paths.interactions.href()}>
            Review turns
          </Link>
          {onTryAnyway && (
            <Button variant="ghost" onClick={onTryAnyway}>
              Ask the server anyway
            </Button>
          )}
        </div>
      </div>
    </Card>
  );
}

/** Every conversation with its counters: the whole array, sorted and paged in the browser. */
export function ConversationsList() {
  const generation = getApiGeneration();
  // Servers older than 8.1.2 have no conversations/; an unknown or patched server can still
  // be asked on request.
  const [tryAnyway, setTryAnyway] = useState(false);
  const skip = generation === 'legacy' && !tryAnyway;

  const { filters, setFilters, clearFilters } = useUrlFilters(conversationListSchema, {
    normalize: normalizeConversationFilters,
  });
  const table = useTableUrlState({
    defaultSort: CONVERSATION_DEFAULT_SORT,
    sortable: SORTABLE,
    pageSizes: CONVERSATION_PAGE_SIZES,
  });
  const query = useQuery({ ...conversationQueries.list({ filters, generation }), enabled: !skip });

  const { errorFor, unplaced } = useFilterErrors(query.error, {
    labels: CONVERSATION_FILTER_LABELS,
    aliases: CONVERSATION_ERROR_ALIASES,
    placed: PLACED,
  });

  if (skip || isMissingEndpoint(query.error)) {
    return <ConversationsNeedNewerServer onTryAnyway={skip ? () => setTryAnyway(true) : undefined} />;
  }

  const chips = conversationFilterChips(filters);
  const update = (patch: Partial<ConversationFilters>) => setFilters(patch);
  const rows = query.data;
  const total = rows?.length;
  const tokenRange = (name: 'input' | 'output' | 'total') => ({
    value: { min: filters[`${name}_tokens_min`], max: filters[`${name}_tokens_max`] },
    onChange: (patch: { min?: number; max?: number }) =>
      setFilters(
        {
          ...('min' in patch && { [`${name}_tokens_min`]: patch.min }),
          ...('max' in patch && { [`${name}_tokens_max`]: patch.max }),
        },
        { replace: true },
      ),
    error: errorFor(`${name}_tokens_min`) ?? errorFor(`${name}_tokens_max`),
  });

  return (
    <div className={styles.stack}>
      <div role="search" aria-label="Filter conversations" className={styles.filters}>
        <fieldset className={styles.filterRow}>
          <legend className={styles.groupLabel}>
            <strong>Turns</strong> — which turns count; every counter is computed over these turns only
          </legend>
          <TurnFilterFields
            value={filters}
            onChange={setFilters}
            errorFor={errorFor}
            searchPlaceholder="e.g. storage quota"
            visitorWidth="11rem"
          />
        </fieldset>
        <fieldset className={styles.filterRow}>
          <legend className={styles.groupLabel}>
            <strong>Conversations</strong> — whole conversations by their totals
          </legend>
          <DateRangeFilter
            label="Last active"
            value={{ after: filters.last_active_after, before: filters.last_active_before }}
            onChange={({ after, before }) => update({ last_active_after: after, last_active_before: before })}
            error={errorFor('last_active_after') ?? errorFor('last_active_before')}
          />
          <TriStateSelect
            label="Reviewed by the judge"
            value={filters.is_reviewed}
            onChange={(value) => update({ is_reviewed: value })}
            yesLabel="Reviewed"
            noLabel="Not reviewed"
            error={errorFor('is_reviewed')}
          />
          <NumberRangeFilter label="Input tokens" {...tokenRange('input')} />
          <NumberRangeFilter label="Output tokens" {...tokenRange('output')} />
          <NumberRangeFilter label="Total tokens" {...tokenRange('total')} />
        </fieldset>
      </div>

      <FilterChips chips={chips} onRemove={setFilters} onClearAll={clearFilters} />
      <FieldErrors errors={unplaced} />
      <SeverityNoneNotice
        value={filters}
        onChange={setFilters}
        title="“Severity: none” matches no turns, so no conversations."
        action="Use unflagged turns"
      >
        <p>
          The server stores an empty severity for clean turns. “Flagged: Not flagged” selects the turns the
          guard let through.
        </p>
      </SeverityNoneNotice>

      <DataTable
        mode="client"
        data={rows}
        columns={conversationColumns}
        state={table}
        caption="Conversations"
        getRowId={(row) => row.session_id}
        getRowHref={conversationHref}
        {...queryTableProps(query, conversationQueries.list({ filters, generation }).queryKey)}
        errorWhat="conversations"
        emptyTitle={chips.length > 0 ? 'No conversations match these filters' : 'No conversations yet'}
        emptyText={
          chips.length > 0 ? (
            <ClearFiltersHint onClearAll={clearFilters}>
              Widen the ranges or remove a filter.
            </ClearFiltersHint>
          ) : (
            'Conversations appear here as soon as visitors use the public assistant.'
          )
        }
        exportSlot={
          <CsvExportButton
            filename={exportFileName('conversations')}
            columns={CONVERSATION_CSV_COLUMNS}
            getRows={() => sortRows(rows ?? [], conversationColumns, table.sort)}
            disabled={!rows || rows.length === 0}
          />
        }
      >
        {total !== undefined && !query.error && (
          <ResultCount total={total} noun="conversation" filtered={chips.length > 0} />
        )}
      </DataTable>
    </div>
  );
}
