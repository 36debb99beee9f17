import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/errors';
import { retryDelay, shouldRetry } from './query-client';

const http = (status: number, retryAfterSeconds?: number) =>
  new ApiError({ kind: 'http', endpoint: '/api/x/', status, retryAfterSeconds });

describe('shouldRetry', () => {
  it('retries rate limits, server errors and network failures three times', () => {
    for (const error of [
      http(429),
      http(500),
      http(502),
      http(503),
      new ApiError({ kind: 'network', endpoint: '/api/x/' }),
    ]) {
      expect([0, 1, 2, 3].map((n) => shouldRetry(n, error))).toEqual([true, true, true, false]);
    }
  });

  it('never retries what cannot succeed later', () => {
    for (const error of [
      http(400),
      http(401),
      http(403),
      http(404),
      new ApiError({ kind: 'malformed', endpoint: '/api/x/' }),
      new ApiError({ kind: 'not-json', endpoint: '/api/x/', status: 200 }),
      new ApiError({ kind: 'aborted', endpoint: '/api/x/' }),
      new Error('boom'),
    ]) {
      expect(shouldRetry(0, error)).toBe(false);
    }
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
