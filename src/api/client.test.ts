import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { server } from '@mocks/node';
import { apiGet, buildUrl, configureClient, serializeParams } from './client';
import { ApiError } from './errors';
import { budgetSchema } from './schemas/budget';

const BUDGET = '*/api/anonymous-chat-interactions/budget/';
const budgetBody = { tokens_today: 10, tokens_limit: 100, resets_at: '2026-11-27T00:00:00Z' };

afterEach(() => configureClient({ apiUrl: '', getCredentials: () => null, onUnauthorized: () => undefined }));

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('serializeParams', () => {
  it('writes booleans as true/false, repeats arrays and drops empty values', () => {
    expect(serializeParams({ a: true, b: false, c: ['x', 'y'], d: undefined, e: null, f: '', g: 0 })).toBe(
      'a=true&b=false&c=x&c=y&g=0',
    );
  });
});

describe('buildUrl', () => {
  it('uses the same origin by default and the configured server otherwise', () => {
    expect(buildUrl('users/me/')).toBe('/api/users/me/');
    configureClient({ apiUrl: 'https://waldur.example.org/api/' });
    expect(buildUrl('users/me/', { page: 2 })).toBe('https://waldur.example.org/api/users/me/?page=2');
  });
});

describe('apiGet', () => {
  /** Serves `path` with `answer`: the request it got, once it has one. */
  function recordRequest(path: string, answer: () => Response) {
    let seen: Request | undefined;
    server.use(
      http.get(path, ({ request }) => {
        seen = request;
        return answer();
      }),
    );
    return () => seen;
  }

  it('sends the token in the Authorization header only', async () => {
    const seen = recordRequest(BUDGET, () => HttpResponse.json(budgetBody));
    configureClient({ getCredentials: () => ({ token: 'abc123', scheme: 'Token' }) });
    await expect(apiGet('anonymous-chat-interactions/budget/', budgetSchema)).resolves.toEqual(budgetBody);
    expect(seen()?.headers.get('Authorization')).toBe('Token abc123');
    expect(seen()?.url).not.toContain('abc123');
  });

  it('sends the session’s scheme and headers, waiting for credentials that take a moment', async () => {
    const seen = recordRequest(BUDGET, () => HttpResponse.json(budgetBody));
    configureClient({
      getCredentials: async () => ({
        token: 'oidc-access',
        scheme: 'Bearer',
        headers: { 'X-IMPERSONATED-USER-UUID': 'u1', 'Accept-Language': 'et' },
      }),
    });
    await apiGet('anonymous-chat-interactions/budget/', budgetSchema);
    expect(seen()?.headers.get('Authorization')).toBe('Bearer oidc-access');
    expect(seen()?.headers.get('X-IMPERSONATED-USER-UUID')).toBe('u1');
    expect(seen()?.headers.get('Accept-Language')).toBe('et');
  });

  it('fails the request when the credentials cannot be had, and calls nothing', async () => {
    const calls = vi.fn();
    server.use(http.get(BUDGET, () => (calls(), HttpResponse.json(budgetBody))));
    const broken = new ApiError({ kind: 'network', endpoint: '/api/configuration/' });
    configureClient({ getCredentials: () => Promise.reject(broken) });
    expect(await rejection(apiGet('anonymous-chat-interactions/budget/', budgetSchema))).toBe(broken);
    expect(calls).not.toHaveBeenCalled();
  });

  it('asks a public endpoint anonymously, and its 401 does not sign out', async () => {
    const onUnauthorized = vi.fn();
    configureClient({ getCredentials: () => ({ token: 'abc123', scheme: 'Token' }), onUnauthorized });
    const seen = recordRequest('*/api/configuration/', () =>
      HttpResponse.json({ detail: 'nope' }, { status: 401 }),
    );
    await rejection(apiGet('configuration/', z.object({}), { anonymous: true }));
    expect(seen()?.headers.get('Authorization')).toBeNull();
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('turns a DRF 400 body into field errors', async () => {
    server.use(
      http.get(BUDGET, () => HttpResponse.json({ severity: ['Select a valid choice.'] }, { status: 400 })),
    );
    const error = await rejection(apiGet('anonymous-chat-interactions/budget/', budgetSchema));
    expect(error.status).toBe(400);
    expect(error.fieldErrors).toEqual({ severity: ['Select a valid choice.'] });
    expect(error.message).toContain('severity: Select a valid choice.');
  });

  it('calls the 401 handler once and keeps the detail', async () => {
    const onUnauthorized = vi.fn();
    configureClient({ getCredentials: () => ({ token: 'old', scheme: 'Token' }), onUnauthorized });
    server.use(http.get(BUDGET, () => HttpResponse.json({ detail: 'Token has expired.' }, { status: 401 })));
    const error = await rejection(apiGet('anonymous-chat-interactions/budget/', budgetSchema));
    expect(error.status).toBe(401);
    expect(error.detail).toBe('Token has expired.');
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('does not sign out when checking a candidate token', async () => {
    const onUnauthorized = vi.fn();
    configureClient({ onUnauthorized });
    server.use(
      http.get('*/api/users/me/', () => HttpResponse.json({ detail: 'Invalid token.' }, { status: 401 })),
    );
    await rejection(apiGet('users/me/', z.object({}), { token: 'candidate' }));
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('reports 403 as staff-only and 404 with its detail', async () => {
    server.use(http.get(BUDGET, () => HttpResponse.json({ detail: 'nope' }, { status: 403 })));
    expect((await rejection(apiGet('anonymous-chat-interactions/budget/', budgetSchema))).message).toMatch(
      /staff and support/,
    );
    server.use(http.get(BUDGET, () => HttpResponse.json({ detail: 'Not found.' }, { status: 404 })));
    const notFound = await rejection(apiGet('anonymous-chat-interactions/budget/', budgetSchema));
    expect([notFound.status, notFound.detail]).toEqual([404, 'Not found.']);
  });

  it('marks 429 and 5xx as transient and reads Retry-After', async () => {
    server.use(
      http.get(BUDGET, () =>
        HttpResponse.json({ detail: 'throttled' }, { status: 429, headers: { 'Retry-After': '7' } }),
      ),
    );
    const throttled = await rejection(apiGet('anonymous-chat-interactions/budget/', budgetSchema));
    expect([throttled.isTransient, throttled.retryAfterSeconds]).toEqual([true, 7]);
    server.use(http.get(BUDGET, () => new HttpResponse('<html>bad gateway</html>', { status: 502 })));
    const gateway = await rejection(apiGet('anonymous-chat-interactions/budget/', budgetSchema));
    expect([gateway.status, gateway.isTransient]).toEqual([502, true]);
  });

  it('treats an HTML page with status 200 as an error, not data', async () => {
    server.use(
      http.get(
        BUDGET,
        () =>
          new HttpResponse('<!doctype html><title>app</title>', { headers: { 'Content-Type': 'text/html' } }),
      ),
    );
    const error = await rejection(apiGet('anonymous-chat-interactions/budget/', budgetSchema));
    expect(error.kind).toBe('not-json');
    expect(error.message).toContain('/api/anonymous-chat-interactions/budget/');
  });

  it('reports truncated JSON and network failures', async () => {
    server.use(
      http.get(
        BUDGET,
        () => new HttpResponse('{"tokens_today": 1', { headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    expect((await rejection(apiGet('anonymous-chat-interactions/budget/', budgetSchema))).kind).toBe(
      'malformed',
    );
    server.use(http.get(BUDGET, () => HttpResponse.error()));
    const network = await rejection(apiGet('anonymous-chat-interactions/budget/', budgetSchema));
    expect([network.kind, network.isTransient]).toEqual(['network', true]);
  });

  it('names the endpoint and the field when validation fails', async () => {
    server.use(http.get(BUDGET, () => HttpResponse.json({ ...budgetBody, tokens_today: 'lots' })));
    const error = await rejection(apiGet('anonymous-chat-interactions/budget/', budgetSchema));
    expect(error.kind).toBe('malformed');
    expect(error.field).toBe('tokens_today');
    expect(error.message).toBe(
      '/api/anonymous-chat-interactions/budget/ sent data this dashboard does not understand (field “tokens_today”).',
    );
  });

  it('reports a cancelled request as aborted', async () => {
    server.use(http.get(BUDGET, () => HttpResponse.json(budgetBody)));
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(
      apiGet('anonymous-chat-interactions/budget/', budgetSchema, { signal: controller.signal }),
    );
    expect(error.kind).toBe('aborted');
  });
});
