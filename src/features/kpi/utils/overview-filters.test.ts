import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OVERVIEW_FILTERS,
  isDefaultFilters,
  kpiFilters,
  overviewSearch,
  parseOverviewSearch,
  previousKpiFilters,
  selectedRange,
} from './overview-filters';

const parse = (search: string) => parseOverviewSearch(new URLSearchParams(search));

describe('parseOverviewSearch', () => {
  it('gives the defaults for an empty URL', () => {
    expect(parse('')).toEqual(DEFAULT_OVERVIEW_FILTERS);
    expect(parse('').range).toBe('30d');
    expect(parse('').window_days).toBe(30);
  });
  it('reads every filter', () => {
    expect(parse('range=7d&is_flagged=true&severity=high&has_feedback=false&window_days=90')).toEqual({
      range: '7d',
      is_flagged: true,
      severity: 'high',
      has_feedback: false,
      window_days: 90,
    });
  });
  it('treats explicit dates as a custom range (dates win over a preset)', () => {
    expect(parse('range=7d&created_after=2026-08-01&created_before=2026-08-10')).toMatchObject({
      range: 'custom',
      created_after: '2026-08-01',
      created_before: '2026-08-10',
    });
    expect(parse('created_after=2026-08-01')).toMatchObject({ range: 'custom', created_after: '2026-08-01' });
  });
  it('drops invalid values', () => {
    expect(
      parse(
        'range=week&is_flagged=yes&severity=bogus&has_feedback=1&window_days=45&created_after=2026-02-30',
      ),
    ).toEqual(DEFAULT_OVERVIEW_FILTERS);
    expect(parse('window_days=abc').window_days).toBe(30);
  });
  it('drops a reversed range and severity=none (which matches nothing on the server)', () => {
    expect(parse('created_after=2026-08-10&created_before=2026-08-01').range).toBe('30d');
    expect(parse('severity=none').severity).toBeUndefined();
  });
});

describe('overviewSearch', () => {
  it('removes defaults so the default view is the bare path', () => {
    expect(overviewSearch(DEFAULT_OVERVIEW_FILTERS).toString()).toBe('');
    expect(overviewSearch(parse('range=30d&window_days=30')).toString()).toBe('');
  });
  it('round-trips and keeps keys it does not own', () => {
    const base = new URLSearchParams('scenario=empty&range=7d&fault=kpi:500');
    const next = overviewSearch({ ...parse(base.toString()), severity: 'low', window_days: 14 }, base);
    expect(next.get('scenario')).toBe('empty');
    expect(next.get('fault')).toBe('kpi:500');
    expect(parse(next.toString())).toMatchObject({ range: '7d', severity: 'low', window_days: 14 });
  });
  it('writes custom dates, and drops them again for a preset', () => {
    const custom = overviewSearch({
      ...DEFAULT_OVERVIEW_FILTERS,
      range: 'custom',
      created_after: '2026-08-01',
    });
    expect(custom.toString()).toBe('created_after=2026-08-01');
    const preset = overviewSearch({ ...parse(custom.toString()), range: '90d' }, custom);
    expect(preset.toString()).toBe('range=90d');
  });
  it('knows the default filters, whatever the chart window', () => {
    expect(isDefaultFilters({ ...DEFAULT_OVERVIEW_FILTERS, window_days: 90 })).toBe(true);
    expect(isDefaultFilters(parse('is_flagged=false'))).toBe(false);
  });
});

describe('kpiFilters', () => {
  it('resolves a preset against today and leaves out unset filters', () => {
    expect(kpiFilters(parse('range=7d&is_flagged=true'), '2026-08-26')).toEqual({
      created_after: '2026-08-20',
      created_before: '2026-08-26',
      is_flagged: true,
    });
  });
  it('passes custom dates through, open ends included', () => {
    expect(kpiFilters(parse('created_after=2026-08-01'), '2026-08-26')).toEqual({
      created_after: '2026-08-01',
    });
    expect(selectedRange(parse('created_before=2026-08-01'), '2026-08-26')).toEqual({
      after: undefined,
      before: '2026-08-01',
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
