import { describe, expect, it } from 'vitest';
import { groupFields, normalizeDays } from '@/lib/filter-fields';
import { parseFilterSearch } from '@/lib/url-filters';
import {
  defaultWindowDays,
  kpiFilters,
  OVERVIEW_DEFAULTS,
  OVERVIEW_FILTER_GROUPS,
  overviewSchema,
  previousKpiFilters,
} from './overview-filters';

const parse = (search: string) => ({
  ...OVERVIEW_DEFAULTS,
  ...normalizeDays(
    parseFilterSearch(new URLSearchParams(search), overviewSchema),
    groupFields(OVERVIEW_FILTER_GROUPS),
  ),
});

describe('overview URL', () => {
  it('reads every filter and the chart window', () => {
    expect(parse('range=7d&is_flagged=true&severity=high&has_feedback=false&window_days=90')).toEqual({
      range: '7d',
      is_flagged: true,
      severity: 'high',
      has_feedback: false,
      window_days: 90,
    });
  });
  it('drops invalid values', () => {
    expect(
      parse(
        'range=week&is_flagged=yes&severity=bogus&has_feedback=1&window_days=45&created_after=2026-02-30',
      ),
    ).toEqual(OVERVIEW_DEFAULTS);
  });
});

describe('kpiFilters', () => {
  it('opens on the last 30 days', () => {
    expect(kpiFilters(parse(''), '2026-08-26')).toEqual({
      created_after: '2026-07-28',
      created_before: '2026-08-26',
    });
  });
  it('resolves a preset against today and leaves out unset filters and the chart window', () => {
    expect(kpiFilters(parse('range=7d&is_flagged=true&window_days=14'), '2026-08-26')).toEqual({
      created_after: '2026-08-20',
      created_before: '2026-08-26',
      is_flagged: true,
    });
    expect(kpiFilters(parse('range=all'), '2026-08-26')).toEqual({});
  });
  it('passes custom dates through, open ends included', () => {
    expect(kpiFilters(parse('created_after=2026-08-01'), '2026-08-26')).toEqual({
      created_after: '2026-08-01',
    });
  });
  it('shifts the same filters to the previous window', () => {
    const current = kpiFilters(parse('range=7d&severity=high&has_feedback=true'), '2026-08-26');
    expect(previousKpiFilters(current)).toEqual({
      created_after: '2026-08-13',
      created_before: '2026-08-19',
      severity: 'high',
      has_feedback: true,
    });
    expect(previousKpiFilters(kpiFilters(parse('created_after=2026-08-01'), '2026-08-26'))).toBeNull();
  });
});

describe('defaultWindowDays', () => {
  const today = '2026-08-26';
  it('follows a range that ends today with the smallest choice that holds it', () => {
    expect(defaultWindowDays({ created_after: today, created_before: today }, today)).toBe(7);
    expect(defaultWindowDays({ created_after: '2026-08-20', created_before: today }, today)).toBe(7);
    expect(defaultWindowDays({ created_after: '2026-08-13', created_before: today }, today)).toBe(14);
    expect(defaultWindowDays({ created_after: '2026-05-29', created_before: today }, today)).toBe(90);
  });
  it("keeps the server's default where daily_volume cannot follow the range", () => {
    expect(defaultWindowDays({}, today)).toBe(30);
    expect(defaultWindowDays({ created_after: '2026-08-01', created_before: '2026-08-07' }, today)).toBe(30);
    expect(defaultWindowDays({ created_after: '2025-01-01', created_before: today }, today)).toBe(30);
  });
});
