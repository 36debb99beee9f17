import { safeParse, type $ZodType, type output } from 'zod/v4/core';
import { ApiError, parseDrfBody, parseRetryAfter } from './errors';

type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];
export type QueryParams = Record<string, QueryValue>;

/** What the session adds to a request: its token, the token's scheme, and headers of its own. */
export type Credentials = {
  token: string;
  /** DRF's `Token`, or `Bearer` for an OIDC access token (docs/api.md §9). */
  scheme: 'Token' | 'Bearer';
  /** Sent with every call, e.g. HomePort's impersonation and language (docs/api.md §9). */
  headers?: Readonly<Record<string, string>>;
};

type ClientSettings = {
  /** Server origin (`https://waldur.example.org`) or '' for the page's own origin. */
  apiUrl: string;
  /**
   * The one token getter. It may take a moment the first time (HomePort's header rule asks
   * `/api/configuration/` once); a failure there fails the request that waited for it.
   */
  getCredentials: () => Credentials | null | Promise<Credentials | null>;
  /** Called once per 401 response, before the promise rejects. */
  onUnauthorized: (error: ApiError) => void;
};

const settings: ClientSettings = {
  apiUrl: '',
  getCredentials: () => null,
  onUnauthorized: () => undefined,
};

export function configureClient(next: Partial<ClientSettings>): void {
  Object.assign(settings, next);
}

function apiBase(): string {
  return settings.apiUrl.replace(/\/+$/, '').replace(/\/api$/, '');
}

/** `path` is relative to `/api/`, e.g. `anonymous-chat-interactions/kpi/`. */
export function buildUrl(path: string, params: QueryParams = {}): string {
  const query = serializeParams(params);
  return `${apiBase()}/api/${path.replace(/^\/+/, '')}${query ? `?${query}` : ''}`;
}

/** Booleans as true/false, arrays as repeated keys, empty values left out. */
export function serializeParams(params: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const item of value) search.append(key, String(item));
    else search.append(key, String(value));
  }
  return search.toString();
}

export type RequestOptions = {
  params?: QueryParams;
  signal?: AbortSignal;
  /** Use this token instead of the stored one (sign-in check); 401 then does not sign out. */
  token?: string;
  /** No credentials at all, for public endpoints (`configuration/`); 401 does not sign out. */
  anonymous?: boolean;
};

export type ApiResponse<T> = { data: T; headers: Headers };

/** GET a JSON resource, validate it, and return it with the response headers. */
export async function apiGetWithHeaders<S extends $ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<ApiResponse<output<S>>> {
  const endpoint = `/api/${path.replace(/^\/+/, '')}`;
  const own = options.token !== undefined || options.anonymous === true;
  const credentials: Credentials | null = options.anonymous
    ? null
    : options.token !== undefined
      ? { token: options.token, scheme: 'Token' }
      : await settings.getCredentials();
  const headers: Record<string, string> = { Accept: 'application/json', ...credentials?.headers };
  if (credentials?.token) headers.Authorization = `${credentials.scheme} ${credentials.token}`;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.params), {
      method: 'GET',
      headers,
      signal: options.signal,
      credentials: 'omit',
    });
  } catch (cause) {
    if (options.signal?.aborted) throw new ApiError({ kind: 'aborted', endpoint });
    void cause;
    throw new ApiError({ kind: 'network', endpoint });
  }

  const body = await readJson(response, endpoint);
  if (!response.ok) {
    const error = new ApiError({
      kind: 'http',
      endpoint,
      status: response.status,
      retryAfterSeconds: parseRetryAfter(response.headers.get('Retry-After')),
      ...(body.ok ? parseDrfBody(body.value) : {}),
    });
    if (response.status === 401 && !own) settings.onUnauthorized(error);
    throw error;
  }
  if (!body.ok) throw new ApiError({ kind: 'not-json', endpoint, status: response.status });

  // The core parser serves classic and zod/mini schemas alike.
  const parsed = safeParse(schema, body.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError({
      kind: 'malformed',
      endpoint,
      status: response.status,
      field: issue ? formatPath(issue.path) : undefined,
      detail: issue?.message,
    });
  }
  return { data: parsed.data, headers: response.headers };
}

export async function apiGet<S extends $ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<output<S>> {
  return (await apiGetWithHeaders(path, schema, options)).data;
}

type JsonRead = { ok: true; value: unknown } | { ok: false };

async function readJson(response: Response, endpoint: string): Promise<JsonRead> {
  const type = response.headers.get('Content-Type') ?? '';
  // An SPA fallback answers /api/… with index.html and 200: that is an error, not data.
  if (!/\bjson\b/i.test(type)) {
    if (response.ok) throw new ApiError({ kind: 'not-json', endpoint, status: response.status });
    return { ok: false };
  }
  try {
    return { ok: true, value: await response.json() };
  } catch {
    if (response.ok)
      throw new ApiError({ kind: 'malformed', endpoint, status: response.status, detail: 'Invalid JSON' });
    return { ok: false };
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}
