import type { Conversation } from '@/api/schemas/conversation';

/**
 * What people paste to find a conversation: an id copied whole, or as a list shows it,
 * shortened in the middle (`prob…on-3`), or a visitor slug's first characters. Spaces and line
 * breaks that copying adds are dropped; matching ignores case.
 */
function normalizeIdQuery(input: string): string {
  // Not NFKC: it would spell the ellipsis of a shortened id as three dots.
  return input
    .replace(/[\s\u200b-\u200d\ufeff]+/g, '')
    .replace(/\.\.\./g, '…')
    .toLowerCase();
}

/** Whether a conversation matches the (normalised) text: its id or its visitor's slug. */
function conversationMatches(row: Pick<Conversation, 'session_id' | 'user_slug'>, needle: string): boolean {
  if (needle === '') return true;
  const id = row.session_id.toLowerCase();
  const slug = row.user_slug.toLowerCase();
  const cut = needle.indexOf('…');
  if (cut >= 0) {
    // A shortened value: both ends must match the same id or slug.
    const head = needle.slice(0, cut);
    const tail = needle.slice(cut + 1).replace(/…/g, '');
    return [id, slug].some(
      (v) => v.startsWith(head) && v.endsWith(tail) && v.length >= head.length + tail.length,
    );
  }
  return id.includes(needle) || slug.includes(needle);
}

/** The conversations page's id lookup, over the rows loaded (`rows` itself when nothing is typed). */
export function filterConversations<Row extends Pick<Conversation, 'session_id' | 'user_slug'>>(
  rows: readonly Row[],
  query: string,
): readonly Row[] {
  const needle = normalizeIdQuery(query);
  if (needle === '') return rows;
  return rows.filter((row) => conversationMatches(row, needle));
}
