import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/errors';
import { retryDelay, shouldRetry } from './query-client';

const http = (status: number, retryAfterSeconds?: number) =>
  new ApiError({ kind: 'http', endpoint: '/api/x/', status, retryAfterSeconds });

const failure = (kind: 'network' | 'malformed' | 'not-json' | 'aborted') =>
  new ApiError({ kind, endpoint: '/api/x/', status: kind === 'not-json' ? 200 : undefined });
const retries = (error: unknown) => [0, 1, 2, 3].map((n) => shouldRetry(n, error));

describe('shouldRetry', () => {
  it.each([http(429), http(500), http(502), http(503), failure('network')])(
    'retries rate limits, server errors and network failures three times: %s',
    (error) => {
      expect(retries(error)).toEqual([true, true, true, false]);
    },
  );

  it.each([
    http(400),
    http(401),
    http(403),
    http(404),
    failure('malformed'),
    failure('not-json'),
    failure('aborted'),
    new Error('boom'),
  ])('never retries what cannot succeed later: %s', (error) => {
    expect(shouldRetry(0, error)).toBe(false);
  });
});

describe('retryDelay', () => {
  it('backs off exponentially up to 15 s', () => {
    expect([0, 1, 2, 3, 4, 10].map((n) => retryDelay(n, http(500)))).toEqual([
      1000, 2000, 4000, 8000, 15_000, 15_000,
    ]);
  });

  it('waits at least as long as Retry-After asks, at most a minute', () => {
    expect(retryDelay(0, http(429, 2))).toBe(2000);
    expect(retryDelay(2, http(503, 2))).toBe(4000);
    expect(retryDelay(0, http(429, 0))).toBe(1000);
    expect(retryDelay(0, http(503, 3600))).toBe(60_000);
  });
});
