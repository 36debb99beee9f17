import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSearchParamDraft } from './use-search-param-draft';

function setup(initial = '/users') {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={[initial]}>{children}</MemoryRouter>
  );
  return renderHook(
    () => {
      const field = useSearchParamDraft('slug', 200);
      const location = useLocation();
      return { field, search: location.search };
    },
    { wrapper },
  );
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useSearchParamDraft', () => {
  it('starts from the URL and writes the trimmed draft after a pause', () => {
    const { result } = setup('/users?slug=ab&page=3');
    expect(result.current.field.draft).toBe('ab');
    act(() => result.current.field.setDraft('abc '));
    expect(result.current.search).toBe('?slug=ab&page=3');
    act(() => vi.advanceTimersByTime(199));
    expect(result.current.search).toBe('?slug=ab&page=3');
    act(() => vi.advanceTimersByTime(1));
    // The page resets with a new search.
    expect(result.current.search).toBe('?slug=abc');
    expect(result.current.field.draft).toBe('abc ');
  });

  it('writes at once on flush', () => {
    const { result } = setup();
    act(() => result.current.field.setDraft('f00'));
    act(() => result.current.field.flush());
    expect(result.current.search).toBe('?slug=f00');
  });

  it('keeps what was typed after the write when the URL catches up', () => {
    const { result } = setup();
    act(() => result.current.field.setDraft('ab'));
    act(() => {
      vi.advanceTimersByTime(200);
      result.current.field.setDraft('abc');
    });
    expect(result.current.search).toBe('?slug=ab');
    expect(result.current.field.draft).toBe('abc');
    act(() => vi.advanceTimersByTime(200));
    expect(result.current.search).toBe('?slug=abc');
  });
});
