import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNow } from './use-now';

afterEach(() => vi.useRealTimers());

describe('useNow', () => {
  it('ticks at the interval and stops when unmounted', () => {
    vi.useFakeTimers({ now: new Date('2026-08-22T12:00:00Z') });
    const { result, unmount } = renderHook(() => useNow(1000));
    const start = result.current;
    act(() => vi.advanceTimersByTime(3000));
    expect(result.current - start).toBe(3000);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
