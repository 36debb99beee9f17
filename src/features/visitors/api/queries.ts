import { queryOptions } from '@tanstack/react-query';
import { apiGet, prepareGet } from '@/api/client';
import { turnFilterParams, type ApiGeneration, type TurnFilters } from '@/api/filters';
import { interactionListSchema } from '@/api/schemas/interaction';
import { getApiGeneration } from '@/api/server-info';
import { encodePathSegment } from '@/lib/paths';
import { prepareWholeList, wholeListQuery } from '@/lib/whole-list/whole-list-query';

const BY_USER_PATH = 'anonymous-chat-interactions/by-user/';

/** `by-user/{slug}/`; the slug is one path segment, so it is percent-encoded. */
function visitorPath(slug: string): string {
  return `${BY_USER_PATH}${encodePathSegment(slug)}/`;
}

/**
 * The server's path regex is `[^/.]+` (docs/api.md §1.3): a slug with a dot or a slash can never
 * be looked up, so no request is made for it. Real slugs are 64 hex characters.
 */
export function isAddressableSlug(slug: string): boolean {
  return slug.length > 0 && !/[/.]/.test(slug);
}

// Module scope: the one loader of the visitors' worker (its identity names the connection).
const visitorsWorker = () => import('./visitors.worker').then((module) => module.visitorsWorker);

function fetchVisitorTurns(slug: string, signal?: AbortSignal) {
  if (!isAddressableSlug(slug)) return Promise.resolve([]);
  return apiGet(visitorPath(slug), interactionListSchema, { signal });
}

export const visitorQueries = {
  all: () => ['visitors'] as const,
  /**
   * Every visitor with counters for these turn filters (§2.4): the whole array, not paged;
   * read, validated, sorted, paged and searched in the visitors' worker. The key holds exactly
   * what is sent.
   */
  list: (filters: TurnFilters, generation: ApiGeneration = getApiGeneration()) =>
    wholeListQuery({
      queryKey: [...visitorQueries.all(), 'list', filters, { generation }] as const,
      request: () => prepareGet(BY_USER_PATH, { params: turnFilterParams(filters, generation) }),
      worker: visitorsWorker,
    }),
  /**
   * All turns of one visitor across sessions, oldest first (§2.5). The server ignores filters
   * here, so the key has none; an unknown slug answers `[]`, not 404.
   */
  detail: (slug: string) =>
    queryOptions({
      queryKey: [...visitorQueries.all(), 'detail', slug] as const,
      queryFn: ({ signal }) => fetchVisitorTurns(slug, signal),
    }),
};

/** Starts the list's worker ahead of its first query (the page's module has loaded). */
export const prepareVisitorsList = () => prepareWholeList(visitorsWorker);
