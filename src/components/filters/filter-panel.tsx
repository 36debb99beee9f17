import type { ReactNode } from 'react';
import type { ApiGeneration } from '@/api/filters';
import { fieldId, filterChips, groupFields, type FilterGroup } from '@/lib/filter-fields';
import type { FilterRecord } from '@/lib/url-filters';
import type { RangePreset } from '@/lib/utc-days';
import { FieldErrors } from './field-errors';
import { FilterChips } from './filter-chips';
import { FilterFieldControl, type SetFilters } from './filter-field-control';
import { FilterNotices } from './filter-notices';
import { useFilterErrors } from './use-filter-errors';
import styles from './filters.module.css';

export type FilterPanelProps = {
  /** Names the search region: "Filter turns". */
  label: string;
  groups: readonly FilterGroup[];
  filters: FilterRecord;
  setFilters: SetFilters;
  clearFilters: () => void;
  /** The list's query error: a 400's field errors are shown at their controls. */
  error: unknown;
  generation: ApiGeneration;
  today: string;
  defaults?: Readonly<Record<string, RangePreset>>;
  onInput?: (key: string, text: string) => void;
  /** Page-specific notes under the chips. */
  children?: ReactNode;
};

const NO_DEFAULTS: Readonly<Record<string, RangePreset>> = {};

/**
 * The filter area of every page: the controls of the page's fields (`FILTER_FIELDS`), the
 * active filters as chips with "Clear all", the server's objections, and the notices a filter
 * needs. The same field looks and reads the same wherever it appears.
 */
export function FilterPanel({
  label,
  groups,
  filters,
  setFilters,
  clearFilters,
  error,
  generation,
  today,
  defaults = NO_DEFAULTS,
  onInput,
  children,
}: FilterPanelProps) {
  const fields = groupFields(groups);
  const { errorFor, unplaced } = useFilterErrors(error, fields);
  const control = (field: (typeof fields)[number]) => (
    <FilterFieldControl
      key={fieldId(field)}
      field={field}
      filters={filters}
      onChange={setFilters}
      error={errorFor(fieldId(field))}
      generation={generation}
      today={today}
      defaults={defaults}
      onInput={onInput}
    />
  );
  return (
    <>
      <div role="search" aria-label={label} className={styles.panel}>
        {groups.map((group, i) =>
          group.legend ? (
            <fieldset key={i} className={styles.group}>
              <legend className={styles.groupLegend}>
                <strong>{group.legend.title}</strong> — {group.legend.text}
              </legend>
              <div className={styles.groupFields}>{group.fields.map(control)}</div>
            </fieldset>
          ) : (
            <div key={i} className={styles.groupFields}>
              {group.fields.map(control)}
            </div>
          ),
        )}
      </div>
      <FilterChips
        chips={filterChips(filters, fields, today, defaults)}
        onRemove={setFilters}
        onClearAll={clearFilters}
      />
      <FieldErrors errors={unplaced} />
      <FilterNotices fields={fields} filters={filters} onChange={setFilters} generation={generation} />
      {children}
    </>
  );
}
