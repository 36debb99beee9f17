import type { RowData } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { CsvExportButton } from '@/components/data-table/csv-export-button';
import { DataTable } from '@/components/data-table/data-table';
import { ResultCount } from '@/components/data-table/result-count';
import { ExportAllControl } from '@/components/export/export-all-control';
import { ClearFiltersHint } from '@/components/filters/clear-filters-hint';
import { FilterPanel } from '@/components/filters/filter-panel';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import type { ServerListState } from '@/hooks/use-server-list';
import type { SetFilters } from '@/components/filters/filter-field-control';
import { exportFileName } from '@/lib/export-pages';
import { formatNumber } from '@/lib/format/number';
import type { FilterRecord, FilterSchema } from '@/lib/url-filters';
import styles from './server-list.module.css';
import { VisitorSlugNotice } from './visitor-slug-notice';

/**
 * A list page's body, the same for every list: the filter panel, then the table with its count,
 * export, empty and error states. `notices` go under the filters; `countNote` follows the count.
 */
export function ServerList<S extends FilterSchema, Row extends RowData & object>({
  list,
  notices,
  countNote,
  filterLabel,
}: {
  list: ServerListState<S, Row>;
  /** Names the filter region: "Filter turns". */
  filterLabel: string;
  notices?: ReactNode;
  countNote?: ReactNode;
}) {
  const { definition, query, rows, total, table, filtered, searchText, loaded, matched } = list;
  const [one, other] = definition.noun;
  const searching = searchText !== '' && matched !== undefined && loaded !== undefined;
  const emptyBySearch = searching && matched === 0 && loaded > 0;

  let emptyTitle = definition.empty.title;
  let emptyText: ReactNode = definition.empty.text;
  const searchKey = definition.search?.key;
  if (emptyBySearch && searchKey) {
    emptyTitle = `No ${one} matches “${searchText}”`;
    emptyText = (
      <>
        <p className={styles.emptyLine}>
          Searched the {formatNumber(loaded)} {loaded === 1 ? one : other} loaded for these filters.
        </p>
        <Button
          size="small"
          onClick={() => list.setFilters({ [searchKey]: undefined } as never, { replace: true })}
        >
          Clear search
        </Button>
      </>
    );
  } else if (filtered) {
    emptyTitle = `No ${other} match these filters`;
    emptyText = (
      <ClearFiltersHint onClearAll={list.clearFilters}>{definition.empty.filteredHint}</ClearFiltersHint>
    );
  }

  const exportSlot =
    definition.mode === 'paged' ? (
      <ExportAllControl exporter={list.exporter} what={other} total={total} />
    ) : (
      <CsvExportButton
        filename={exportFileName(definition.exportName)}
        columns={definition.csv}
        getRows={list.exportRows}
        disabled={!rows || rows.length === 0}
      />
    );

  const tableProps = {
    columns: definition.columns,
    state: table,
    caption: definition.caption,
    getRowId: definition.rowId,
    getRowHref: list.rowHref,
    isRowRead: list.isRowRead,
    onRowIntent: list.onRowIntent,
    isLoading: query.isPending,
    loadingKeys: [list.queryKey],
    isFetching: query.isFetching && (query.isPlaceholderData || searching),
    error: query.error ?? undefined,
    onRetry: () => void query.refetch(),
    errorWhat: definition.caption.toLowerCase(),
    emptyTitle,
    emptyText,
    exportSlot,
    children: total !== undefined && rows !== undefined && !query.error && (
      <ResultCount
        total={searching ? matched : total}
        of={searching && matched !== loaded ? loaded : undefined}
        noun={one}
        plural={other}
        filtered={filtered || searching}
      >
        {countNote}
      </ResultCount>
    ),
  };

  return (
    <div className={styles.stack}>
      <FilterPanel
        label={filterLabel}
        groups={definition.groups}
        filters={list.filters as FilterRecord}
        setFilters={list.setFilters as SetFilters}
        clearFilters={list.clearFilters}
        error={query.error}
        generation={list.generation}
        today={list.today}
        defaults={definition.defaults}
        onInput={list.onInput}
      >
        {list.pageNote && <Notice>{list.pageNote}</Notice>}
        <VisitorSlugNotice
          slug={list.visitorSlug}
          onPick={(slug) => list.setFilters({ user_slug: slug } as never)}
        />
        {notices}
      </FilterPanel>
      {/* Whole lists arrive as the page to show, sorted and searched by their worker. */}
      <DataTable
        mode="manual"
        data={rows}
        total={definition.mode === 'paged' ? total : matched}
        {...tableProps}
      />
    </div>
  );
}
