import { useQuery } from '@tanstack/react-query';
import { DataTable } from '@/components/data-table/data-table';
import { queryTableProps } from '@/components/data-table/query-props';
import { ResultCount } from '@/components/data-table/result-count';
import { ExportAllControl } from '@/components/export/export-all-control';
import { ClearFiltersHint } from '@/components/filters/clear-filters-hint';
import { DateRangeFilter } from '@/components/filters/date-range-filter';
import { FieldErrors } from '@/components/filters/field-errors';
import { FilterChips } from '@/components/filters/filter-chips';
import { SelectFilter, TriStateSelect } from '@/components/filters/select-filter';
import { useFilterErrors } from '@/components/filters/use-filter-errors';
import { Notice } from '@/components/ui/notice';
import { useExportAll } from '@/hooks/use-export-all';
import { usePageRecovery } from '@/hooks/use-page-recovery';
import { useTableUrlState } from '@/hooks/use-table-url-state';
import { useUrlFilters } from '@/hooks/use-url-filters';
import { feedbackQueries, fetchFeedbackExportPage, type FeedbackListRequest } from '../api/queries';
import {
  categoryLabel,
  FEEDBACK_CATEGORIES,
  FEEDBACK_DEFAULT_PAGE_SIZE,
  FEEDBACK_DEFAULT_SORT,
  FEEDBACK_FILTER_LABELS,
  FEEDBACK_PAGE_SIZES,
  FEEDBACK_SORTABLE,
  feedbackFilterChips,
  feedbackFiltersSchema,
  normalizeFeedbackFilters,
  type FeedbackFilters,
} from '../utils/feedback-filters';
import { FEEDBACK_CSV_COLUMNS, feedbackForJson, feedbackHref } from '../utils/feedback-row';
import { feedbackColumns } from './feedback-columns';
import styles from './feedback.module.css';

const SCORE_OPTIONS = [
  { value: '1', label: 'Thumbs up' },
  { value: '-1', label: 'Thumbs down' },
] as const;
const CATEGORY_OPTIONS = FEEDBACK_CATEGORIES.map((value) => ({ value, label: categoryLabel(value) }));
const PLACED = new Set(['score', 'category', 'submitted_from', 'submitted_to', 'has_comment']);

/** Visitor votes and judge verdicts, server-paged, filtered and ordered through the URL. */
export function FeedbackList() {
  const { filters, setFilters, clearFilters } = useUrlFilters(feedbackFiltersSchema, {
    normalize: normalizeFeedbackFilters,
  });
  const table = useTableUrlState({
    defaultSort: FEEDBACK_DEFAULT_SORT,
    sortable: FEEDBACK_SORTABLE,
    pageSizes: FEEDBACK_PAGE_SIZES,
    defaultPageSize: FEEDBACK_DEFAULT_PAGE_SIZE,
  });
  const request: FeedbackListRequest = {
    filters,
    sort: table.sort,
    page: table.page,
    pageSize: table.pageSize,
  };
  const query = useQuery(feedbackQueries.list(request));
  const pageNote = usePageRecovery(
    query,
    table.page,
    (page) => feedbackQueries.list({ ...request, page }).queryKey,
  );

  const exporter = useExportAll({
    fetchPage: fetchFeedbackExportPage({ filters, sort: table.sort }),
    filename: 'feedback',
    csvColumns: FEEDBACK_CSV_COLUMNS,
    toJson: feedbackForJson,
    getKey: (row) => row.interaction_uuid,
  });

  const { errorFor, unplaced } = useFilterErrors(query.error, {
    labels: FEEDBACK_FILTER_LABELS,
    placed: PLACED,
  });

  const chips = feedbackFilterChips(filters);
  const total = query.data?.total;
  const update = (patch: Partial<FeedbackFilters>) => setFilters(patch);
  const dated = Boolean(filters.submitted_from || filters.submitted_to);
  // Postgres sorts NULLs first on DESC (contract §2.9).
  const judgeFirst =
    filters.score === undefined && !dated && table.sort?.id === 'submitted_at' && table.sort.desc;

  return (
    <div className={styles.stack}>
      <div role="search" aria-label="Filter feedback" className={styles.filters}>
        <SelectFilter
          label="Vote"
          value={filters.score === undefined ? undefined : filters.score === 1 ? '1' : '-1'}
          options={SCORE_OPTIONS}
          onChange={(value) => update({ score: value === undefined ? undefined : value === '1' ? 1 : -1 })}
          error={errorFor('score')}
        />
        <SelectFilter
          label="Category"
          value={filters.category}
          options={CATEGORY_OPTIONS}
          onChange={(value) => update({ category: value })}
          error={errorFor('category')}
        />
        <DateRangeFilter
          label="Submitted"
          value={{ after: filters.submitted_from, before: filters.submitted_to }}
          onChange={({ after, before }) => update({ submitted_from: after, submitted_to: before })}
          error={errorFor('submitted_from') ?? errorFor('submitted_to')}
        />
        <TriStateSelect
          label="Comment"
          value={filters.has_comment}
          onChange={(value) => update({ has_comment: value })}
          yesLabel="With comment"
          noLabel="Without comment"
          error={errorFor('has_comment')}
        />
      </div>

      <FilterChips chips={chips} onRemove={setFilters} onClearAll={clearFilters} />
      <FieldErrors errors={unplaced} />
      {pageNote && <Notice>{pageNote}</Notice>}
      {dated && (
        <Notice>
          <p>Judge-only rows have no submission time, so a “Submitted” range shows visitor votes only.</p>
        </Notice>
      )}

      <DataTable
        mode="manual"
        data={query.data?.items}
        total={total}
        columns={feedbackColumns}
        state={table}
        caption="Feedback"
        getRowId={(row) => row.interaction_uuid}
        getRowHref={feedbackHref}
        {...queryTableProps(query, feedbackQueries.list(request).queryKey)}
        errorWhat="feedback"
        emptyTitle={chips.length > 0 ? 'No feedback matches these filters' : 'No feedback yet'}
        emptyText={
          chips.length > 0 ? (
            <ClearFiltersHint onClearAll={clearFilters}>
              Try another vote or category, or a wider range.
            </ClearFiltersHint>
          ) : (
            'Rows appear when visitors vote on a reply or when the nightly judge reviews a conversation.'
          )
        }
        exportSlot={<ExportAllControl exporter={exporter} what="rows" total={total} />}
      >
        {total !== undefined && !query.error && (
          <ResultCount total={total} noun="row" filtered={chips.length > 0}>
            {judgeFirst && (
              <span className={styles.hint}>
                {' '}
                · Newest first puts judge-only rows (no vote, so no submission time) at the top; choose a Vote
                to see visitor feedback only.
              </span>
            )}
          </ResultCount>
        )}
      </DataTable>
    </div>
  );
}
