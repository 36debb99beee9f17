import type { ApiGeneration } from '@/api/filters';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import type { FilterField } from '@/lib/filter-fields';
import type { FilterRecord } from '@/lib/url-filters';
import type { SetFilters } from './filter-field-control';

/**
 * What a filter bar must explain rather than silently apply: `severity=none`, which matches no
 * turn (the server stores no severity for turns that are not flagged, docs/api.md §2.1), and a
 * filter this server is too old to apply (docs/api.md §0). Each offers the way out.
 */
export function FilterNotices({
  fields,
  filters,
  onChange,
  generation,
}: {
  fields: readonly FilterField[];
  filters: FilterRecord;
  onChange: SetFilters;
  generation: ApiGeneration;
}) {
  const unsupported =
    generation === 'legacy'
      ? fields.filter(
          (f): f is Extract<FilterField, { key: string }> =>
            'key' in f && Boolean(f.newerServer) && filters[f.key] !== undefined,
        )
      : [];
  return (
    <>
      {filters.severity === 'none' && (
        <Notice
          tone="warn"
          title="“Severity: None” matches no turns."
          actions={
            <Button size="small" onClick={() => onChange({ severity: undefined, is_flagged: false })}>
              Show turns that are not flagged
            </Button>
          }
        >
          <p>
            The server stores no severity for turns that are not flagged, so filtering on None finds nothing.
            “Flagged: Not flagged” selects them.
          </p>
        </Notice>
      )}
      {unsupported.map((field) => (
        <Notice
          key={field.label}
          tone="warn"
          title={`The “${field.label}” filter is not applied.`}
          actions={
            <Button size="small" onClick={() => onChange({ [field.key]: undefined })}>
              Remove it
            </Button>
          }
        >
          <p>
            This server is older than Waldur 8.1.2 and cannot apply it; what you see is not filtered by it.
          </p>
        </Notice>
      ))}
    </>
  );
}
