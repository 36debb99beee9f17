import { delay, HttpResponse, type HttpResponseResolver } from 'msw';
import type { Db } from '../db';
import {
  type FaultEndpoint,
  type FaultKind,
  getFaults,
  isTokenExpired,
  type ScenarioConfig,
  scenarioConfig,
  scenarioDb,
} from '../scenarios';
import { userForOidcToken, userForToken, userForUuid } from '../tokens';
import type { UserMeJson } from '../types';

/** What a resolver answers; the wrapper turns it into a Response (or corrupts it first). */
export type MockResult = {
  status: number;
  body?: unknown;
  /** Non-JSON body, e.g. Django's HTML 404 page. */
  html?: string;
  headers?: Record<string, string>;
};

export type EndpointContext = {
  request: Request;
  url: URL;
  params: Record<string, string>;
  scenario: ScenarioConfig;
  user: UserMeJson;
  /** The scenario's dataset (built lazily on first use). */
  db: () => Db;
};

export const ok = (body: unknown, headers?: Record<string, string>): MockResult => ({
  status: 200,
  body,
  headers,
});
export const detail = (status: number, text: string): MockResult => ({ status, body: { detail: text } });
export const notFound = (): MockResult => detail(404, 'Not found.');

/** Django's own 404 page, for paths no route matches. */
export const DJANGO_404_HTML =
  '<!doctype html>\n<html lang="en">\n<head>\n  <title>Not Found</title>\n</head>\n<body>\n  <h1>Not Found</h1><p>The requested resource was not found on this server.</p>\n</body>\n</html>\n';

const SPA_INDEX_HTML =
  '<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="UTF-8" />\n    <title>Waldur</title>\n  </head>\n  <body>\n    <div id="root"></div>\n    <script type="module" src="/assets/index-4f2a9c1e.js"></script>\n  </body>\n</html>\n';

const NGINX_502_HTML =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

function toResponse(result: MockResult): Response {
  if (result.html !== undefined) {
    return new HttpResponse(result.html, {
      status: result.status,
      headers: { 'Content-Type': 'text/html; charset=utf-8', ...result.headers },
    });
  }
  return HttpResponse.json(result.body as never, { status: result.status, headers: result.headers });
}

/** Django's AnonymousUser, the caller of a public endpoint (whose resolver never reads it). */
const ANONYMOUS: UserMeJson = {
  uuid: '',
  username: '',
  full_name: '',
  email: '',
  is_staff: false,
  is_support: false,
  token: '',
};

/** `public`: no authentication at all (`configuration/`). */
type Access = 'public' | 'any' | 'staff';

const UNAUTHORIZED_HEADERS = { 'WWW-Authenticate': 'Token' };

/** Whom the server answers as, and the staff user behind an impersonation. */
type AuthOutcome =
  { ok: true; user: UserMeJson; impersonator?: UserMeJson } | { ok: false; result: MockResult };

/**
 * DRF TokenAuthentication, OIDC `Bearer` access tokens where the deployment enables them, the
 * impersonation header, and the staff-or-support permission (docs/api.md §1.1, §1.2, §9).
 */
function authenticate(request: Request, access: Access, scenario: ScenarioConfig): AuthOutcome {
  const header = request.headers.get('Authorization');
  const parts = (header ?? '').trim().split(/\s+/).filter(Boolean);
  const unauthorized = (text: string): AuthOutcome => ({
    ok: false,
    result: { status: 401, body: { detail: text }, headers: UNAUTHORIZED_HEADERS },
  });
  const scheme = parts[0]?.toLowerCase();
  // Without OIDC no authenticator claims `Bearer`, so DRF sees no credentials at all.
  if (scheme !== 'token' && !(scheme === 'bearer' && scenario.oidcAccessTokens))
    return unauthorized('Authentication credentials were not provided.');
  if (parts.length === 1) return unauthorized('Invalid token header. No credentials provided.');
  if (parts.length > 2) return unauthorized('Invalid token header. Token string should not contain spaces.');
  const token = parts[1];
  const caller = scheme === 'bearer' ? userForOidcToken(token) : userForToken(token);
  if (!caller) return unauthorized('Invalid token.');
  if (isTokenExpired(token)) return unauthorized('Token has expired.');
  // Only staff may impersonate; anyone else's header is ignored (waldur_core ImpersonationTest).
  const impersonated = request.headers.get('X-IMPERSONATED-USER-UUID');
  const target = impersonated && caller.is_staff ? userForUuid(impersonated) : undefined;
  const user = target ?? caller;
  if (access === 'staff' && !user.is_staff && !user.is_support)
    return { ok: false, result: detail(403, 'You do not have permission to perform this action.') };
  return { ok: true, user, impersonator: target ? caller : undefined };
}

/** The deployment's languages (`configuration/` LANGUAGES); the first is LANGUAGE_CODE. */
export const LANGUAGES: [code: string, label: string][] = [
  ['en', 'English'],
  ['et', 'Eesti'],
  ['lt', 'Lietuvių'],
  ['lv', 'Latviešu'],
  ['de', 'Deutsch'],
  ['fr', 'Français'],
];

/** Django's LocaleMiddleware: the first supported language of Accept-Language, else the default. */
export function negotiateLanguage(acceptLanguage: string | null): string {
  const codes = new Set(LANGUAGES.map(([code]) => code));
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0].trim().toLowerCase();
    const code = codes.has(tag) ? tag : tag.split('-')[0];
    if (codes.has(code)) return code;
  }
  return LANGUAGES[0][0];
}

function withLocale(response: Response, request: Request): Response {
  response.headers.set('Content-Language', negotiateLanguage(request.headers.get('Accept-Language')));
  response.headers.append('Vary', 'Accept-Language');
  return response;
}

/** A required field with the wrong type, per endpoint: valid JSON the client must reject. */
const MALFORMED_FIELD: Record<FaultEndpoint, [field: string, value: unknown]> = {
  configuration: ['WALDUR_CORE', 'on'],
  me: ['username', 42],
  version: ['version', 813],
  list: ['is_flagged', 'yes'],
  retrieve: ['is_flagged', 'yes'],
  'by-session': ['is_flagged', 'yes'],
  'by-user': ['total_interactions', '12'],
  'by-user-detail': ['is_flagged', 'yes'],
  conversations: ['message_count', 'seven'],
  kpi: ['interactions_total', '412'],
  budget: ['tokens_today', 'lots'],
  feedbacks: ['score', 'up'],
  'feedback-detail': ['score', 'up'],
};

function malform(endpoint: FaultEndpoint, body: unknown): unknown {
  const [field, value] = MALFORMED_FIELD[endpoint];
  if (Array.isArray(body)) {
    const [first, ...rest] = body as unknown[];
    const item = first && typeof first === 'object' ? (first as Record<string, unknown>) : {};
    return [{ ...item, [field]: value }, ...rest];
  }
  const record = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  return { ...record, [field]: value };
}

function faultResponse(fault: FaultKind): Response | null {
  switch (fault) {
    case 'network':
      return HttpResponse.error();
    case '500':
      return HttpResponse.json({ detail: 'Internal server error' }, { status: 500 });
    case '502':
      return new HttpResponse(NGINX_502_HTML, { status: 502, headers: { 'Content-Type': 'text/html' } });
    case '503':
      return HttpResponse.json(
        { detail: 'Service temporarily unavailable, try again later.' },
        { status: 503, headers: { 'Retry-After': '2' } },
      );
    case '429':
      return HttpResponse.json(
        { detail: 'Request was throttled.' },
        { status: 429, headers: { 'Retry-After': '2' } },
      );
    case 'html':
      return new HttpResponse(SPA_INDEX_HTML, {
        status: 200,
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
      });
    default:
      return null;
  }
}

/**
 * Test hooks, set by e2e tests with `addInitScript` and read here because the fixtures see every
 * request, the page's and the list workers' alike (a page script cannot wrap a worker's `fetch`):
 * `window.__waaRewriteAnswer` grows or spoils an answer before it is sent; `window.__waaRequestLog`
 * (an array) receives each request's URL and the time it arrived, on the page's clock.
 */
type AnswerRewrite = (url: URL, body: unknown) => unknown;
type TestHooks = { __waaRewriteAnswer?: AnswerRewrite; __waaRequestLog?: { url: string; at: number }[] };

function rewritten(url: URL, result: MockResult): MockResult {
  const rewrite = (globalThis as TestHooks).__waaRewriteAnswer;
  if (!rewrite || result.status < 200 || result.status >= 300 || result.html !== undefined) return result;
  return { ...result, body: rewrite(url, result.body) };
}

/**
 * Wraps a resolver with what every endpoint shares: the scenario's delay, injected faults
 * (they stand in for the proxy, so they come before authentication), token checks, the
 * server-error scenario, and corruption of the finished body.
 */
export function endpoint(
  name: FaultEndpoint,
  access: Access,
  resolve: (context: EndpointContext) => MockResult,
): HttpResponseResolver {
  return async ({ request, params }) => {
    (globalThis as TestHooks).__waaRequestLog?.push({ url: request.url, at: Date.now() });
    const scenario = scenarioConfig();
    if (scenario.delayMs > 0) await delay(scenario.delayMs);
    const fault = getFaults()[name];
    if (fault === 'slow') await delay(10_000);
    if (fault === 'stall') await new Promise<never>(() => undefined);
    const immediate = fault ? faultResponse(fault) : null;
    if (immediate) return immediate;

    const auth: AuthOutcome =
      access === 'public' ? { ok: true, user: ANONYMOUS } : authenticate(request, access, scenario);
    if (!auth.ok) return withLocale(toResponse(auth.result), request);
    if (access === 'staff' && scenario.chatError) return toResponse(detail(500, 'Internal server error'));

    const stringParams: Record<string, string> = {};
    for (const [key, value] of Object.entries(params)) {
      if (typeof value === 'string') stringParams[key] = value;
    }
    const url = new URL(request.url);
    const resolved = resolve({
      request,
      url,
      params: stringParams,
      scenario,
      user: auth.user,
      db: scenarioDb,
    });
    const result = rewritten(url, resolved);

    const succeeded = result.status >= 200 && result.status < 300 && result.html === undefined;
    const finish = (response: Response) => {
      if (auth.impersonator) response.headers.set('X-impersonator-uuid', auth.impersonator.uuid);
      return withLocale(response, request);
    };
    if (fault === 'malformed' && succeeded)
      return finish(toResponse({ ...result, body: malform(name, result.body) }));
    if (fault === 'truncated' && succeeded) {
      const text = JSON.stringify(result.body);
      return finish(
        new HttpResponse(text.slice(0, Math.max(1, Math.floor(text.length / 2))), {
          status: result.status,
          headers: { 'Content-Type': 'application/json', ...result.headers },
        }),
      );
    }
    return finish(toResponse(result));
  };
}

/** 405 for anything but GET/OPTIONS, after authentication, as DRF does it. */
export function methodNotAllowed(): HttpResponseResolver {
  return ({ request }) => {
    if (request.method === 'GET' || request.method === 'OPTIONS') return undefined;
    const auth = authenticate(request, 'staff', scenarioConfig());
    if (!auth.ok) return toResponse(auth.result);
    return toResponse(detail(405, `Method "${request.method}" not allowed.`));
  };
}
