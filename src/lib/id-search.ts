/**
 * Searches over ids already loaded (the visitors' slugs, the conversations' ids): a
 * case-insensitive substring. Slugs are 64 lowercase hex characters and conversation ids UUIDs
 * (docs/api.md §4). People paste what they see: a shortened id ends with `…`, and copied text
 * may carry spaces or line breaks — those are dropped.
 */
export function normalizeIdQuery(input: string): string {
  return input
    .normalize('NFKC')
    .replace(/[\s\u200b-\u200d\ufeff]+/g, '')
    .replace(/(?:…|\.\.\.)+$/u, '')
    .toLowerCase();
}

/**
 * A search over the ids of each row: the rows a (raw) query keeps are those with an id that
 * contains it; `null` when there is nothing to search for, so the list is shown whole.
 */
export function idSearch<Row>(
  ids: (row: Row) => readonly string[],
): (query: string) => ((row: Row) => boolean) | null {
  return (query) => {
    const needle = normalizeIdQuery(query);
    if (needle === '') return null;
    return (row) => ids(row).some((id) => id.toLowerCase().includes(needle));
  };
}
