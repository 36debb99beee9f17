/**
 * Client-side visitor search. Slugs are 64 lowercase hex characters (docs/api.md §4), so a search
 * is a case-insensitive substring of the slug. People paste what they see: a shortened slug
 * ends with `…`, and copied text may carry spaces or line breaks — those are dropped.
 */
export function normalizeSlugQuery(input: string): string {
  return input
    .normalize('NFKC')
    .replace(/[\s\u200b-\u200d\ufeff]+/g, '')
    .replace(/(?:…|\.\.\.)+$/u, '')
    .toLowerCase();
}

/** `needle` must already be normalised; an empty needle matches everything. */
export function slugMatches(slug: string, needle: string): boolean {
  return needle === '' || slug.toLowerCase().includes(needle);
}

/**
 * Rows whose slug contains the (raw) query. Returns `rows` itself when there is nothing to
 * filter, so memoised consumers (sorting, the table) see an unchanged array.
 */
export function filterBySlug<Row extends { user_slug: string }>(
  rows: readonly Row[],
  query: string,
): readonly Row[] {
  const needle = normalizeSlugQuery(query);
  if (needle === '') return rows;
  const out: Row[] = [];
  for (const row of rows) if (slugMatches(row.user_slug, needle)) out.push(row);
  return out;
}
