import type { ApiGeneration } from '@/api/filters';
import { daysValue, type FilterField } from '@/lib/filter-fields';
import type { FilterRecord, FilterValue } from '@/lib/url-filters';
import type { RangePreset } from '@/lib/utc-days';
import { DateRangeFilter } from './date-range-filter';
import { NumberRangeFilter } from './number-range-filter';
import { SelectFilter, TriStateSelect } from './select-filter';
import { TextFilter } from './text-filter';

type FilterPatch = Record<string, FilterValue>;
export type SetFilters = (patch: FilterPatch, options?: { replace?: boolean }) => void;

export type FieldControlProps = {
  field: FilterField;
  filters: FilterRecord;
  onChange: SetFilters;
  error?: string;
  generation: ApiGeneration;
  today: string;
  /** Date range presets that are a page's default (the overview's 30 days). */
  defaults: Readonly<Record<string, RangePreset>>;
  /** Every keystroke of a text field, before it is applied (a search over loaded rows). */
  onInput?: (key: string, text: string) => void;
};

/** The control of one filter field, as `FILTER_FIELDS` describes it. */
export function FilterFieldControl({
  field,
  filters,
  onChange,
  error,
  generation,
  today,
  defaults,
  onInput,
}: FieldControlProps) {
  switch (field.kind) {
    case 'days':
      return (
        <DateRangeFilter
          label={field.label}
          value={daysValue(field, filters, defaults[field.preset])}
          today={today}
          error={error}
          onChange={({ preset, after, before }) =>
            onChange({
              [field.preset]: preset === (defaults[field.preset] ?? 'all') ? undefined : preset,
              [field.after]: after,
              [field.before]: before,
            })
          }
        />
      );
    case 'bool': {
      const value = filters[field.key];
      const unsupported = field.newerServer && generation === 'legacy';
      return (
        <TriStateSelect
          label={field.label}
          value={typeof value === 'boolean' ? value : undefined}
          yesLabel={field.yes}
          noLabel={field.no}
          onChange={(next) => onChange({ [field.key]: next })}
          // A link may carry it; the page then says it is not applied, and it can be removed.
          disabled={unsupported && value === undefined}
          hint={unsupported ? 'Needs Waldur 8.1.2 or newer' : field.hint}
          error={error}
        />
      );
    }
    case 'choice': {
      const value = filters[field.key];
      const numeric = typeof value === 'number' || field.options.every((o) => /^-?\d+$/.test(o.value));
      return (
        <SelectFilter
          label={field.label}
          value={value === undefined ? undefined : String(value)}
          options={field.options}
          onChange={(next) =>
            onChange({ [field.key]: next === undefined ? undefined : numeric ? Number(next) : next })
          }
          hint={field.hint}
          error={error}
        />
      );
    }
    case 'text':
      return (
        <TextFilter
          label={field.label}
          value={filters[field.key] as string | undefined}
          type={field.text === 'search' || field.search ? 'search' : 'text'}
          width={field.text === 'search' ? 'wide' : 'id'}
          placeholder={field.placeholder}
          hint={field.hint}
          error={error}
          onInput={onInput && ((text) => onInput(field.key, text))}
          onCommit={(next) => onChange({ [field.key]: next }, { replace: true })}
        />
      );
    case 'count':
      return (
        <NumberRangeFilter
          label={field.label}
          value={{
            min: filters[field.min] as number | undefined,
            max: filters[field.max] as number | undefined,
          }}
          error={error}
          onChange={(patch) =>
            onChange(
              {
                ...('min' in patch && { [field.min]: patch.min }),
                ...('max' in patch && { [field.max]: patch.max }),
              },
              { replace: true },
            )
          }
        />
      );
  }
}
