import { describe, expect, it } from 'vitest';
import { parseDrfBody, parseRetryAfter } from './errors';

describe('parseDrfBody', () => {
  it('reads detail and field lists', () => {
    expect(parseDrfBody({ detail: 'Invalid page.' })).toEqual({ detail: 'Invalid page.', fieldErrors: {} });
    expect(parseDrfBody({ created_after: ['Enter a valid date.'], o: 'bad' })).toEqual({
      detail: undefined,
      fieldErrors: { created_after: ['Enter a valid date.'], o: ['bad'] },
    });
    expect(parseDrfBody(['a', 'b'])).toEqual({ detail: 'a b' });
    expect(parseDrfBody('text')).toEqual({});
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('30')).toBe(30);
    expect(parseRetryAfter('Thu, 26 Nov 2026 10:00:30 GMT', Date.parse('2026-11-26T10:00:00Z'))).toBe(30);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});
