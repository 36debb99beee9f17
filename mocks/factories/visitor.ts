import type { UserAggregate } from '@/api/schemas/user-aggregate';

/** A 64-hex slug from a short seed: `slug('a1')` → `a1a1a1…` (64 chars). */
export function slug(seed: string): string {
  return seed.repeat(Math.ceil(64 / seed.length)).slice(0, 64);
}

/** One visitor's row of `by-user/` (docs/api.md §3.4). */
export function makeAggregate(overrides: Partial<UserAggregate> = {}): UserAggregate {
  return {
    user_slug: slug('ab'),
    last_seen: '2026-08-20T10:00:00.123456+00:00',
    total_interactions: 3,
    session_count: 1,
    positive_feedback: 1,
    negative_feedback: 0,
    no_feedback: 2,
    injection_strikes: 0,
    ...overrides,
  };
}
