import { z } from 'zod';
import { FEEDBACK_CATEGORIES, SEVERITIES } from '@/api/filters';
import { formatUtcDayRange } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import { humanizeSlug, shortId } from '@/lib/format/text';
import { SEVERITY_LABEL } from './severity';
import { isCalendarDay, presetRange, RANGE_PRESET_LABEL, RANGE_PRESETS, type RangePreset } from './utc-days';
import type { FilterRecord } from './url-filters';

/**
 * The one table of filter fields: what every filter bar shows, what its chips say, which URL keys
 * it owns and which older request names a 400 may use for it. Words follow docs/glossary.md;
 * a page picks the fields it offers, never words of its own.
 */

type FieldBase = {
  /** The control's accessible name. */
  label: string;
  /** The chip's name, when shorter than the label ("Search" for "Search messages and replies"). */
  chip?: string;
  /** What the control does, under it. */
  hint?: string;
  /** Request names of older servers that a 400 may name for this field (docs/api.md §0). */
  aliases?: Readonly<Record<string, string>>;
  /** The field needs Waldur 8.1.2 or newer (docs/api.md §0, §8). */
  newerServer?: boolean;
  /** Applied in the browser to the rows loaded (a search over ids, read marks); never sent. */
  local?: boolean;
};

type BoolField = FieldBase & { kind: 'bool'; key: string; yes: string; no: string };

type ChoiceField = FieldBase & {
  kind: 'choice';
  key: string;
  options: readonly { value: string; label: string }[];
};

type TextField = FieldBase & {
  kind: 'text';
  key: string;
  placeholder?: string;
  /** `search`: free text; `id`: an identifier, shown shortened in its chip. */
  text: 'search' | 'id';
  /** A search box (role searchbox) rather than a plain field: free text, or a search over ids. */
  search?: boolean;
};

export type DaysField = FieldBase & {
  kind: 'days';
  /** The chip's id and the control's name. */
  id: string;
  after: string;
  before: string;
  /** The URL key of a date range preset (`range=7d`); explicit days win over it. */
  preset: string;
};

type CountRangeField = FieldBase & { kind: 'count'; id: string; min: string; max: string };

export type FilterField = BoolField | ChoiceField | TextField | DaysField | CountRangeField;

/** A page's filters: fields, optionally in named groups (the conversations page has two). */
export type FilterGroup = { legend?: { title: string; text: string }; fields: readonly FilterField[] };

const CREATED_ALIASES = { created_from: 'created_after', created_to: 'created_before' } as const;

export const FILTER_FIELDS = {
  created: {
    kind: 'days',
    id: 'created',
    label: 'Created',
    after: 'created_after',
    before: 'created_before',
    preset: 'range',
    aliases: CREATED_ALIASES,
  },
  query: {
    kind: 'text',
    key: 'query',
    text: 'search',
    label: 'Search messages and replies',
    chip: 'Search',
    placeholder: 'e.g. gpu -quota',
  },
  is_flagged: { kind: 'bool', key: 'is_flagged', label: 'Flagged', yes: 'Flagged', no: 'Not flagged' },
  severity: {
    kind: 'choice',
    key: 'severity',
    label: 'Severity',
    // `none` matches no turn (docs/api.md §2.1): not offered; a link that has it gets a notice.
    options: SEVERITIES.filter((s) => s !== 'none').map((value) => ({ value, label: SEVERITY_LABEL[value] })),
  },
  has_feedback: {
    kind: 'bool',
    key: 'has_feedback',
    label: 'Vote',
    yes: 'Voted',
    no: 'Not voted',
    newerServer: true,
    aliases: { has_negative_feedback: 'has_feedback' },
  },
  user_slug: {
    kind: 'text',
    key: 'user_slug',
    text: 'id',
    label: 'Visitor slug',
    chip: 'Visitor',
    // The server matches slugs exactly (docs/api.md §2.1); a prefix is looked up first
    // (src/hooks/use-visitor-slug.ts) and the page says which visitor it found.
    hint: 'Whole, or its first characters as the lists show them',
  },
  session_id: {
    kind: 'text',
    key: 'session_id',
    text: 'id',
    label: 'Conversation (exact id)',
    chip: 'Conversation',
  },
  last_active: {
    kind: 'days',
    id: 'last_active',
    label: 'Last active',
    after: 'last_active_after',
    before: 'last_active_before',
    preset: 'last_active_range',
  },
  is_reviewed: {
    kind: 'bool',
    key: 'is_reviewed',
    label: 'Reviewed by the judge',
    chip: 'Reviewed',
    yes: 'Reviewed',
    no: 'Not reviewed',
  },
  input_tokens: {
    kind: 'count',
    id: 'input_tokens',
    label: 'Input tokens',
    min: 'input_tokens_min',
    max: 'input_tokens_max',
  },
  output_tokens: {
    kind: 'count',
    id: 'output_tokens',
    label: 'Output tokens',
    min: 'output_tokens_min',
    max: 'output_tokens_max',
  },
  total_tokens: {
    kind: 'count',
    id: 'total_tokens',
    label: 'Total tokens',
    min: 'total_tokens_min',
    max: 'total_tokens_max',
  },
  score: {
    kind: 'choice',
    key: 'score',
    label: 'Vote',
    options: [
      { value: '1', label: 'Thumbs up' },
      { value: '-1', label: 'Thumbs down' },
    ],
  },
  category: {
    kind: 'choice',
    key: 'category',
    label: 'Category',
    options: FEEDBACK_CATEGORIES.map((value) => ({ value, label: categoryLabel(value) })),
  },
  submitted: {
    kind: 'days',
    id: 'submitted',
    label: 'Submitted',
    after: 'submitted_from',
    before: 'submitted_to',
    preset: 'submitted_range',
  },
  has_comment: {
    kind: 'bool',
    key: 'has_comment',
    label: 'Comment',
    yes: 'With comment',
    no: 'Without comment',
  },
  find_conversation: {
    kind: 'text',
    key: 'find',
    text: 'id',
    search: true,
    local: true,
    label: 'Find conversation',
    hint: 'Searches the conversation ids and visitor slugs loaded below',
    placeholder: 'e.g. a pasted id',
  },
  unread: {
    kind: 'bool',
    key: 'unread',
    local: true,
    label: 'Read marks',
    hint: 'Yours, in this browser',
    yes: 'Unread only',
    no: 'Read only',
  },
  slug: {
    kind: 'text',
    key: 'slug',
    text: 'id',
    search: true,
    local: true,
    label: 'Find visitor',
    hint: 'Searches the slugs loaded below',
    placeholder: 'e.g. 3fa9c2',
  },
} as const satisfies Record<string, FilterField>;

/** A date range preset as a URL holds it (`range=7d`); anything else is dropped. */
export const rangePresetParam = z.enum(RANGE_PRESETS).optional().catch(undefined);

/** A feedback category in words: `slow_or_failed` → "Slow or failed". */
export function categoryLabel(category: string): string {
  return humanizeSlug(category.replaceAll('_or_', ' or '));
}

/** The URL keys a field owns. */
export function fieldKeys(field: FilterField): string[] {
  switch (field.kind) {
    case 'days':
      return [field.after, field.before, field.preset];
    case 'count':
      return [field.min, field.max];
    default:
      return [field.key];
  }
}

export function fieldId(field: FilterField): string {
  return field.kind === 'days' || field.kind === 'count' ? field.id : field.key;
}

export function groupFields(groups: readonly FilterGroup[]): FilterField[] {
  return groups.flatMap((group) => group.fields);
}

/** The date range a days field selects: explicit days, else its preset, else the page default. */
export function daysValue(
  field: DaysField,
  filters: FilterRecord,
  defaultPreset: RangePreset = 'all',
): { preset: RangePreset | 'custom'; after?: string; before?: string } {
  const after = filters[field.after] as string | undefined;
  const before = filters[field.before] as string | undefined;
  if (after !== undefined || before !== undefined) return { preset: 'custom', after, before };
  const preset = filters[field.preset];
  return { preset: isRangePreset(preset) ? preset : defaultPreset };
}

function isRangePreset(value: unknown): value is RangePreset {
  return (RANGE_PRESETS as readonly unknown[]).includes(value);
}

/**
 * Drops days that are not calendar days (`2026-02-30`) and reversed ranges (they cannot match
 * anything), and a preset that explicit days override: what is left is what the page applies.
 */
export function normalizeDays<T extends FilterRecord>(filters: T, fields: readonly FilterField[]): T {
  const next: FilterRecord = { ...filters };
  for (const field of fields) {
    if (field.kind !== 'days') continue;
    for (const key of [field.after, field.before]) if (!isCalendarDay(next[key] as string)) delete next[key];
    const after = next[field.after] as string | undefined;
    const before = next[field.before] as string | undefined;
    if (after && before && after > before) {
      delete next[field.after];
      delete next[field.before];
    }
    if (next[field.after] !== undefined || next[field.before] !== undefined) delete next[field.preset];
  }
  return next as T;
}

/**
 * The filters as the server takes them: each date range preset resolved to days on `today`
 * (so the request, and its query key, move on at midnight), preset keys removed.
 */
export function resolveDays<T extends FilterRecord>(
  filters: T,
  fields: readonly FilterField[],
  today: string,
  defaults: Readonly<Record<string, RangePreset>> = {},
): T {
  const next: FilterRecord = { ...filters };
  for (const field of fields) {
    if (field.kind !== 'days') continue;
    const value = daysValue(field, filters, defaults[field.preset]);
    delete next[field.preset];
    if (value.preset === 'custom') continue;
    const range = presetRange(value.preset, today);
    if (range.after) next[field.after] = range.after;
    if (range.before) next[field.before] = range.before;
  }
  return next as T;
}

/** One active filter in words: "Flagged: Not flagged". `keys` are the URL keys it removes. */
export type FilterChip = { id: string; label: string; value: string; keys: readonly string[] };

function rangeText(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `${formatNumber(min)} – ${formatNumber(max)}`;
  if (min !== undefined) return `≥ ${formatNumber(min)}`;
  return `≤ ${formatNumber(max)}`;
}

function chipFor(
  field: FilterField,
  filters: FilterRecord,
  today: string,
  defaults: Readonly<Record<string, RangePreset>>,
): FilterChip | null {
  const label = field.chip ?? field.label;
  const keys = fieldKeys(field);
  switch (field.kind) {
    case 'bool': {
      const value = filters[field.key];
      if (typeof value !== 'boolean') return null;
      return { id: field.key, label, value: value ? field.yes : field.no, keys };
    }
    case 'choice': {
      const value = filters[field.key];
      if (value === undefined) return null;
      const option = field.options.find((o) => o.value === String(value));
      const text = option?.label ?? humanizeSlug(String(value));
      return { id: field.key, label, value: text, keys };
    }
    case 'text': {
      const value = filters[field.key];
      if (typeof value !== 'string' || value === '') return null;
      return { id: field.key, label, value: field.text === 'id' ? shortId(value, 12) : `“${value}”`, keys };
    }
    case 'days': {
      const fallback = defaults[field.preset] ?? 'all';
      const value = daysValue(field, filters, fallback);
      if (value.preset === fallback) return null;
      if (value.preset === 'custom')
        return { id: field.id, label, value: formatUtcDayRange(value.after, value.before), keys };
      const range = presetRange(value.preset, today);
      const days = range.after ? ` (${formatUtcDayRange(range.after, range.before)})` : '';
      return { id: field.id, label, value: `${RANGE_PRESET_LABEL[value.preset]}${days}`, keys };
    }
    case 'count': {
      const min = filters[field.min] as number | undefined;
      const max = filters[field.max] as number | undefined;
      if (min === undefined && max === undefined) return null;
      return { id: field.id, label, value: rangeText(min, max), keys };
    }
  }
}

/** The active filters in words, one chip per control (a date range is one chip), in bar order. */
export function filterChips(
  filters: FilterRecord,
  fields: readonly FilterField[],
  today: string,
  defaults: Readonly<Record<string, RangePreset>> = {},
): FilterChip[] {
  return fields.flatMap((field) => chipFor(field, filters, today, defaults) ?? []);
}

/**
 * How a 400's field errors find their control: `fieldOf` maps every request name a field sends
 * (its URL keys and older servers' names) to the field's id, `labels` names each field.
 */
export function fieldErrorNames(fields: readonly FilterField[]): {
  labels: Record<string, string>;
  fieldOf: Record<string, string>;
} {
  const labels: Record<string, string> = { o: 'Sort', page: 'Page', page_size: 'Rows per page' };
  const fieldOf: Record<string, string> = {};
  for (const field of fields) {
    const id = fieldId(field);
    labels[id] = field.label;
    for (const key of [...fieldKeys(field), ...Object.keys(field.aliases ?? {})]) fieldOf[key] = id;
  }
  return { labels, fieldOf };
}
