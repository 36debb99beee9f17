import { describe, expect, it } from 'vitest';
import { makeAggregate } from '@mocks/factories/visitor';
import { lastSeenIso, toVisitorRow } from './visitor-rows';

describe('toVisitorRow', () => {
  it('parses Python isoformat and DRF timestamps to the same instant', () => {
    const [python, drf, none] = [
      makeAggregate({ last_seen: '2026-07-20T11:05:00.123456+00:00' }),
      makeAggregate({ last_seen: '2026-07-20T11:05:00.123Z' }),
      makeAggregate({ last_seen: null }),
    ].map(toVisitorRow);
    expect(python.lastSeenMs).toBe(Date.parse('2026-07-20T11:05:00.123Z'));
    expect(drf.lastSeenMs).toBe(python.lastSeenMs);
    expect(none.lastSeenMs).toBeNull();
    expect(lastSeenIso(python)).toBe('2026-07-20T11:05:00.123Z');
    expect(lastSeenIso(none)).toBeNull();
  });
});
