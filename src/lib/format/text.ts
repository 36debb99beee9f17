/** What a missing value reads as, everywhere. */
export const EMPTY = '—';

/** First 8 characters of a long id, for tables; the full value goes in a title and copy button. */
export function shortId(value: string, length = 8): string {
  return value.length > length + 1 ? `${value.slice(0, length)}…` : value;
}

/** `gpu_compute` → `Gpu compute`. Intent slugs differ per deployment; never hard-code them. */
export function humanizeSlug(slug: string): string {
  const text = slug.replace(/[_-]+/g, ' ').trim();
  return text ? text[0].toUpperCase() + text.slice(1) : slug;
}

/**
 * One line of plain text for a table cell: runs of whitespace (newlines, tabs) become one
 * space, and text longer than `max` characters is cut at a word boundary with `…`. Never
 * interprets the text; React renders the result as text.
 */
export function excerpt(text: string | null | undefined, max = 140): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
