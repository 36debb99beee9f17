import type { FilterChip } from '@/lib/filter-fields';
import styles from './filters.module.css';

/**
 * What is filtered, each with one-click removal, and "Clear all". Renders nothing when no
 * filter is active, so an unfiltered list has no empty bar. Removing a chip calls `onRemove`
 * with the patch that unsets its keys, which the page's `setFilters` takes as it is.
 */
export function FilterChips({
  chips,
  onRemove,
  onClearAll,
}: {
  chips: readonly FilterChip[];
  onRemove: (patch: Record<string, undefined>) => void;
  onClearAll: () => void;
}) {
  if (chips.length === 0) return null;
  return (
    <div className={styles.chips} role="group" aria-label="Active filters">
      <span className={styles.chipsLabel}>Filtered by</span>
      <ul className={styles.chipList}>
        {chips.map((chip) => (
          <li key={chip.id}>
            <button
              type="button"
              className={styles.chip}
              aria-label={`Remove filter ${chip.label}: ${chip.value}`}
              title={`${chip.label}: ${chip.value}`}
              onClick={() => onRemove(Object.fromEntries(chip.keys.map((key) => [key, undefined])))}
            >
              <span className={styles.chipText}>
                <span className={styles.chipName}>{chip.label}:</span> {chip.value}
              </span>
              <span className={styles.chipX} aria-hidden="true">
                ×
              </span>
            </button>
          </li>
        ))}
      </ul>
      {chips.length > 0 && (
        <button type="button" className={styles.clearAll} onClick={onClearAll}>
          Clear all
        </button>
      )}
    </div>
  );
}
