/** What a missing value reads as, everywhere. */
export const EMPTY = '—';

/**
 * First characters of a long id, for visitor slugs (keyed hashes: their start tells them apart,
 * and the 12-character prefix is what people paste back); the full value goes in a title and a
 * copy button.
 */
export function shortId(value: string, length = 8): string {
  return value.length > length + 1 ? `${value.slice(0, length)}…` : value;
}

/**
 * A long id cut in the middle, keeping `length` characters: conversation ids made by a client
 * often share their start (one visitor's sessions all begin `probe-se…`) and differ at the end,
 * so both ends stay: `probe-s…ssion-3`. The full value goes in a title and a copy button.
 */
export function shortMiddle(value: string, length = 12): string {
  const chars = Array.from(value);
  if (chars.length <= length + 1) return value;
  const head = Math.ceil(length / 2);
  const tail = length - head;
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`;
}

/** `gpu_compute` → `Gpu compute`. Intent slugs differ per deployment; never hard-code them. */
export function humanizeSlug(slug: string): string {
  const text = slug.replace(/[_-]+/g, ' ').trim();
  return text ? text[0].toUpperCase() + text.slice(1) : slug;
}

/** A judge intent as words (`gpu_compute` → `Gpu compute`), `''` for none: charts, lists, CSV. */
export function intentWords(slug: string | null | undefined): string {
  return slug ? humanizeSlug(slug) : '';
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
