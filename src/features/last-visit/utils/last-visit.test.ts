import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FIRST_VISIT_WINDOW_MS, seenMark, useLastVisit } from './last-visit';

describe('the last visit', () => {
  it('is the last 24 hours until the user marks all as seen, then that moment, per user', () => {
    const before = Date.now();
    const { result } = renderHook(() => useLastVisit('staff-1'));
    expect(result.current.marked).toBe(false);
    expect(result.current.since).toBeGreaterThanOrEqual(before - FIRST_VISIT_WINDOW_MS);
    expect(result.current.since).toBeLessThanOrEqual(Date.now() - FIRST_VISIT_WINDOW_MS);

    act(() => result.current.markSeen(1_790_000_000_000));
    expect(result.current).toMatchObject({ since: 1_790_000_000_000, marked: true });
    expect(localStorage.getItem('waa.last-visit.staff-1')).toBe('1790000000000');
    expect(renderHook(() => useLastVisit('staff-2')).result.current.marked).toBe(false);
  });

  it('is marked at now, but never before the newest item shown (a server clock ahead)', () => {
    expect(seenMark(1_000, [])).toBe(1_000);
    expect(seenMark(1_000, [400, 1_200])).toBe(1_200);
  });
});
