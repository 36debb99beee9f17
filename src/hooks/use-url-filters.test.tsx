import { act, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { turnFiltersSchema, type TurnFilters } from '@/api/filters';
import { renderWithProviders } from '@/test/render';
import { useUrlFilters, type UrlFilters } from './use-url-filters';

const probe: { current: UrlFilters<TurnFilters> | null } = { current: null };
const latest = () => probe.current as UrlFilters<TurnFilters>;

function Probe() {
  const state = useUrlFilters(turnFiltersSchema);
  useEffect(() => {
    probe.current = state;
  });
  const location = useLocation();
  return <output data-testid="search">{location.search}</output>;
}

const search = () => screen.getByTestId('search').textContent;

describe('useUrlFilters', () => {
  it('parses the URL with the schema and rewrites away invalid values in place', async () => {
    renderWithProviders(<Probe />, {
      path: '/interactions?severity=bogus&is_flagged=true&page=3&scenario=slow',
    });
    expect(latest().filters).toEqual({ is_flagged: true });
    await waitFor(() => expect(search()).toBe('?is_flagged=true&page=3&scenario=slow'));
  });

  it('sets and removes filters, going back to page 1, and keeps sort and foreign keys', async () => {
    renderWithProviders(<Probe />, { path: '/interactions?o=result_count&page=4&scenario=slow' });
    act(() => latest().setFilters({ severity: 'high', query: 'gpu' }));
    expect(search()).toBe('?o=result_count&scenario=slow&severity=high&query=gpu');
    expect(latest().filters).toEqual({ severity: 'high', query: 'gpu' });
    act(() => latest().setFilters({ query: undefined }));
    expect(search()).toBe('?o=result_count&scenario=slow&severity=high');
  });

  it('clears every filter it owns, and only those', () => {
    renderWithProviders(<Probe />, {
      path: '/interactions?is_flagged=false&user_slug=abc&page_size=100&o=-created&page=2',
    });
    act(() => latest().clearFilters());
    expect(search()).toBe('?page_size=100&o=-created');
    expect(latest().filters).toEqual({});
  });

  it('ignores keys that are not filters in a patch', () => {
    renderWithProviders(<Probe />, { path: '/interactions' });
    act(() => latest().setFilters({ is_flagged: false, nope: 'x' } as Partial<TurnFilters>));
    expect(search()).toBe('?is_flagged=false');
  });
});
