import { useQuery } from '@tanstack/react-query';
import { isWholeSlug, visitorSlugQueries } from '@/api/visitor-slugs';

/** Shorter than this, a prefix would match too many visitors to be a lookup. */
const MIN_PREFIX = 6;

export type VisitorSlug =
  /** Nothing typed, a whole slug, or text that is not a slug prefix: sent as typed. */
  | { state: 'as-typed'; send: string | undefined }
  | { state: 'looking'; send: undefined; prefix: string }
  /** One visitor's slug starts with the prefix: theirs is sent. */
  | { state: 'one'; send: string; prefix: string }
  /** None or several: the prefix is sent as typed (it matches nothing: the server is exact). */
  | { state: 'none' | 'many'; send: string; prefix: string; matches: readonly string[] };

/** Lowercases and drops what copying adds: spaces and the `…` of a shortened slug. */
function slugPrefix(typed: string): string {
  return typed
    .replace(/[\s\u200b-\u200d\ufeff]+/g, '')
    .replace(/(?:…|\.\.\.)+$/u, '')
    .toLowerCase();
}

/**
 * The "Visitor slug" filter takes the 12-character prefix the lists show: a hex prefix is looked
 * up among the visitors (src/api/visitor-slugs.ts) and, when exactly one visitor has it, their
 * whole slug is what the list asks the server for.
 */
export function useVisitorSlug(typed: string | undefined, enabled = true): VisitorSlug {
  const prefix = typed === undefined ? '' : slugPrefix(typed);
  const lookup = enabled && /^[0-9a-f]+$/.test(prefix) && prefix.length >= MIN_PREFIX && !isWholeSlug(prefix);
  const query = useQuery({ ...visitorSlugQueries.prefix(prefix), enabled: lookup });
  if (!lookup) return { state: 'as-typed', send: typed };
  // A failed lookup leaves the list as it would be without one: the prefix goes to the server.
  if (query.isError) return { state: 'as-typed', send: typed };
  if (query.isPending) return { state: 'looking', send: undefined, prefix };
  const matches = query.data ?? [];
  if (matches.length === 1) return { state: 'one', send: matches[0], prefix };
  return { state: matches.length === 0 ? 'none' : 'many', send: prefix, prefix, matches };
}
