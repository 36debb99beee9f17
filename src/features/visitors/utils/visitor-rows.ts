import type { UserAggregate } from '@/api/schemas/user-aggregate';
import { parseTimestamp } from '@/lib/format/date';

/**
 * A `by-user/` row plus its `last_seen` in epoch ms: the server sends Python isoformat
 * (`…123456+00:00`, docs/api.md §1.6), which does not sort as text against other forms, so the
 * table sorts on the parsed instant. Computed once per row as the answer is read.
 */
export type VisitorRow = UserAggregate & { lastSeenMs: number | null };

export function toVisitorRow(row: UserAggregate): VisitorRow {
  return { ...row, lastSeenMs: parseTimestamp(row.last_seen)?.getTime() ?? null };
}

/** `last_seen` as ISO-8601 UTC with milliseconds (CSV), or `null`. */
export function lastSeenIso(row: VisitorRow): string | null {
  return row.lastSeenMs === null ? null : new Date(row.lastSeenMs).toISOString();
}
