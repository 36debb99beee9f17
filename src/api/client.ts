import type { $ZodType, output } from 'zod/v4/core';
import { ApiError, isJsonContentType, parseDrfBody, parseRetryAfter } from './errors';
import { invalidJson, validateAnswer } from './validate';

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

/** A GET as `apiGet` sends it: what a worker needs to send it itself (the whole lists). */
export type PreparedGet = { endpoint: string; url: string; headers: Record<string, string> };

/**
 * The request for an answer too big to read on the main thread (the whole-array endpoints,
 * docs/api.md §1.4): the same URL, credentials and headers as `apiGet`, sent by the list's
 * worker, which parses and validates the body with `validateAnswer` so a bad row fails the
 * same way. What the worker received when it was not a 2xx JSON answer comes back through
 * `answerFailed`, so its error (and a 401's sign-out) is the client's own. `send` makes every
 * other request from it: the session's credentials, or the token or none `options` says.
 */
export async function prepareGet(path: string, options: RequestOptions = {}): Promise<PreparedGet> {
  const credentials: Credentials | null = options.anonymous
    ? null
    : options.token !== undefined
      ? { token: options.token, scheme: 'Token' }
      : await settings.getCredentials();
  const headers: Record<string, string> = { Accept: 'application/json', ...credentials?.headers };
  if (credentials?.token) headers.Authorization = `${credentials.scheme} ${credentials.token}`;
  return { endpoint: endpointOf(path), url: buildUrl(path, options.params), headers };
}

/** Sends the GET with the session's credentials; a failed connection becomes an `ApiError`. */
async function send(path: string, options: RequestOptions): Promise<Response> {
  const { endpoint, url, headers } = await prepareGet(path, options);
  try {
    return await fetch(url, { method: 'GET', headers, signal: options.signal, credentials: 'omit' });
  } catch (cause) {
    if (options.signal?.aborted) throw new ApiError({ kind: 'aborted', endpoint });
    void cause;
    throw new ApiError({ kind: 'network', endpoint });
  }
}

const endpointOf = (path: string) => `/api/${path.replace(/^\/+/, '')}`;

/**
 * Every answer passes here before its body is used: a non-2xx becomes an `ApiError` from the
 * DRF body (a 401 signs out, once, here and nowhere else), and a 2xx that is not JSON (an SPA
 * fallback's index.html) is an error, not data.
 */
async function checkAnswer(response: Response, endpoint: string, options: RequestOptions): Promise<void> {
  const json = isJsonContentType(response.headers.get('Content-Type'));
  if (response.ok) {
    if (!json) throw new ApiError({ kind: 'not-json', endpoint, status: response.status });
    return;
  }
  let body: unknown;
  try {
    body = json ? await response.json() : undefined;
  } catch {
    body = undefined;
  }
  const error = new ApiError({
    kind: 'http',
    endpoint,
    status: response.status,
    retryAfterSeconds: parseRetryAfter(response.headers.get('Retry-After')),
    ...(body !== undefined ? parseDrfBody(body) : {}),
  });
  const own = options.token !== undefined || options.anonymous === true;
  if (response.status === 401 && !own) settings.onUnauthorized(error);
  throw error;
}

/** GET a JSON resource, validate it, and return it with the response headers. */
export async function apiGetWithHeaders<S extends $ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<ApiResponse<output<S>>> {
  const endpoint = endpointOf(path);
  const response = await send(path, options);
  await checkAnswer(response, endpoint, options);
  let value: unknown;
  try {
    value = await response.json();
  } catch {
    throw invalidJson(endpoint, response.status);
  }
  return { data: validateAnswer(schema, value, endpoint, response.status), headers: response.headers };
}

export async function apiGet<S extends $ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<output<S>> {
  return (await apiGetWithHeaders(path, schema, options)).data;
}

/** An answer a worker received that was not a 2xx JSON body: its status, two headers and text. */
export type ForeignAnswer = {
  status: number;
  contentType: string | null;
  retryAfter: string | null;
  body: string;
};

/** The `ApiError` `apiGet` would have thrown for this answer (a 401 signs out here too). */
export async function answerFailed(endpoint: string, answer: ForeignAnswer): Promise<never> {
  const headers = new Headers();
  if (answer.contentType !== null) headers.set('Content-Type', answer.contentType);
  if (answer.retryAfter !== null) headers.set('Retry-After', answer.retryAfter);
  const body = [204, 205, 304].includes(answer.status) ? null : answer.body;
  await checkAnswer(new Response(body, { status: answer.status, headers }), endpoint, {});
  // A 2xx JSON answer is not a failure; the worker only sends the others.
  throw new ApiError({ kind: 'not-json', endpoint, status: answer.status });
}
