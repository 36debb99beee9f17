import type { z } from 'zod';

/** A filter value as the URL can hold it; `undefined` means "not filtered". */
export type FilterValue = string | number | boolean | undefined;
export type FilterRecord = Record<string, FilterValue>;

/** A zod object whose every field is optional and drops bad values (`.optional().catch(undefined)`). */
export type FilterSchema = z.ZodObject<z.ZodRawShape>;

/** The URL keys a filter schema owns, in declaration order. */
export function filterKeys(schema: FilterSchema): string[] {
  return Object.keys(schema.shape);
}

/** Drops `undefined` keys, so equal filters make equal query keys and URLs. */
export function compactFilters<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Reads a schema's keys from search params. A repeated key uses its first value; a value the
 * schema rejects is dropped (the field's `.catch(undefined)`), never thrown.
 */
export function parseFilterSearch<S extends FilterSchema>(search: URLSearchParams, schema: S): z.output<S> {
  const raw: Record<string, string> = {};
  for (const key of filterKeys(schema)) {
    const value = search.get(key);
    if (value !== null) raw[key] = value;
  }
  const parsed = schema.safeParse(raw);
  return compactFilters((parsed.success ? parsed.data : {}) as z.output<S>);
}

/** `true` → `'true'`, `3` → `'3'`; `undefined` and `''` → `undefined` (the key is removed). */
export function filterValueToSearch(value: FilterValue): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  return String(value);
}

/**
 * Writes `filters` for `keys` onto a copy of `base`: every key is set to its canonical value
 * or removed. Keys outside `keys` (page, sort, `scenario`, …) are kept.
 */
export function filtersToSearch(
  filters: FilterRecord,
  keys: readonly string[],
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const next = new URLSearchParams(base);
  for (const key of keys) {
    const value = filterValueToSearch(filters[key]);
    if (value === undefined) next.delete(key);
    else next.set(key, value);
  }
  return next;
}

/** Whether any of `keys` is set. */
export function hasActiveFilters(
  filters: FilterRecord,
  keys: readonly string[] = Object.keys(filters),
): boolean {
  return keys.some((key) => filters[key] !== undefined);
}

/** A `<select>` value for an optional boolean: `''` (any), `'true'`, `'false'`. */
export function boolToOption(value: boolean | undefined): '' | 'true' | 'false' {
  return value === undefined ? '' : value ? 'true' : 'false';
}

export function optionToBool(value: string): boolean | undefined {
  return value === 'true' ? true : value === 'false' ? false : undefined;
}
