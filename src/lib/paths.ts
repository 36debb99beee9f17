/** Route patterns and href builders: the one place that knows the URL layout. */
import type { TurnFilters } from '@/api/filters';

/**
 * `encodeURIComponent` that cannot throw: ids and slugs come from strangers' browsers, and a
 * lone UTF-16 surrogate makes the built-in throw `URIError` (which would take the whole page
 * down with it). Lone surrogates become U+FFFD, as the browser's own URL parser does.
 */
export function encodePathSegment(value: string): string {
  return encodeURIComponent(
    value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
  );
}

export const paths = {
  overview: { pattern: '/', href: (search?: Record<string, string | undefined>) => withSearch('/', search) },
  signIn: {
    pattern: '/sign-in',
    href: (next?: string) => (next ? `/sign-in?next=${encodePathSegment(next)}` : '/sign-in'),
  },
  visitors: {
    pattern: '/users',
    href: (search?: Record<string, string | undefined>) => withSearch('/users', search),
  },
  visitor: { pattern: '/users/:userSlug', href: (slug: string) => `/users/${encodePathSegment(slug)}` },
  conversations: {
    pattern: '/sessions',
    href: (search?: Record<string, string | undefined>) => withSearch('/sessions', search),
  },
  transcript: {
    pattern: '/sessions/:sessionId',
    href: (sessionId: string, turn?: string) =>
      `/sessions/${encodePathSegment(sessionId)}${turn ? `?turn=${encodePathSegment(turn)}` : ''}`,
  },
  interactions: {
    pattern: '/interactions',
    href: (search?: Partial<Record<keyof TurnFilters | 'o' | 'page', string | undefined>>) =>
      withSearch('/interactions', search),
  },
  interaction: {
    pattern: '/interactions/:uuid',
    href: (uuid: string) => `/interactions/${encodePathSegment(uuid)}`,
  },
  feedback: {
    pattern: '/feedback',
    href: (search?: Record<string, string | undefined>) => withSearch('/feedback', search),
  },
} as const;

function withSearch(path: string, search?: Record<string, string | undefined>): string {
  if (!search) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search))
    if (value !== undefined && value !== '') params.set(key, value);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** Only same-app paths may be used as a post-sign-in destination. */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/sign-in')) return '/';
  return next;
}

export const APP_NAME = 'Assistant Analytics';
