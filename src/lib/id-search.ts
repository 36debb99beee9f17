/**
 * Searches over ids already loaded (the visitors' slugs, the conversations' ids and their
 * visitors' slugs), in a list's worker: what people paste. Slugs are 64 lowercase hex characters
 * and conversation ids any string (docs/api.md §4); lists show them shortened — a slug by its
 * first characters and `…`, an id in the middle (`prob…on-3`) — and copied text may carry spaces
 * or line breaks, which are dropped. Matching ignores case.
 */
export function normalizeIdQuery(input: string): string {
  // Not NFKC: it would spell the ellipsis of a shortened id as three dots.
  return input
    .replace(/[\s\u200b-\u200d\ufeff]+/g, '')
    .replace(/\.\.\./g, '…')
    .toLowerCase();
}

/** Whether an id (lowercased) matches a normalised needle: a part of it, or both ends of a shortened one. */
function idMatches(id: string, needle: string): boolean {
  const cut = needle.indexOf('…');
  if (cut < 0) return id.includes(needle);
  const head = needle.slice(0, cut);
  const tail = needle.slice(cut + 1).replace(/…/g, '');
  return id.startsWith(head) && id.endsWith(tail) && id.length >= head.length + tail.length;
}

/**
 * A search over the ids of each row: the rows a (raw) query keeps are those with an id that
 * matches it; `null` when there is nothing to search for, so the list is shown whole.
 */
export function idSearch<Row>(
  ids: (row: Row) => readonly string[],
): (query: string) => ((row: Row) => boolean) | null {
  return (query) => {
    const needle = normalizeIdQuery(query);
    if (needle === '' || needle === '…') return null;
    return (row) => ids(row).some((id) => idMatches(id.toLowerCase(), needle));
  };
}
