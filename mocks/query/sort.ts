/** A sort key; `null` sorts like Postgres: last when ascending, first when descending. */
export type SortKey<T> = { value: (item: T) => number | null; descending: boolean };

/** Stable, so ties keep the incoming (default) order. */
export function sortByKeys<T>(items: readonly T[], keys: readonly SortKey<T>[]): T[] {
  if (keys.length === 0) return items.slice();
  return items.slice().sort((a, b) => {
    for (const key of keys) {
      const x = key.value(a);
      const y = key.value(b);
      if (x === y) continue;
      if (x === null) return key.descending ? -1 : 1;
      if (y === null) return key.descending ? 1 : -1;
      return key.descending ? y - x : x - y;
    }
    return 0;
  });
}
