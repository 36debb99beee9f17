import { describe, expect, it } from 'vitest';
import {
  describeFilters,
  hasServerFilters,
  isCalendarDay,
  lastDaysRange,
  parseVisitorFilters,
  requestFilters,
} from './visitor-filters';

const parse = (search: string) => parseVisitorFilters(new URLSearchParams(search));

describe('parseVisitorFilters', () => {
  it('reads every server filter from the URL', () => {
    expect(
      parse(
        'created_after=2026-08-01&created_before=2026-08-26&query=gpu&is_flagged=true&severity=high&has_feedback=false&slug=ab&o=-last_seen',
      ),
    ).toEqual({
      created_after: '2026-08-01',
      created_before: '2026-08-26',
      query: 'gpu',
      is_flagged: true,
      severity: 'high',
      has_feedback: false,
    });
  });

  it('has no keys for the default view', () => {
    expect(parse('')).toEqual({});
    expect(parse('slug=abc&page=2')).toEqual({});
  });

  it('drops invalid values instead of sending them', () => {
    expect(
      parse(
        'created_after=2026-02-30&created_before=yesterday&is_flagged=maybe&severity=extreme&query=%20%20',
      ),
    ).toEqual({});
  });

  it('drops severity=none, which matches nothing on current servers', () => {
    expect(parse('severity=none')).toEqual({});
  });

  it('drops a reversed date range', () => {
    expect(parse('created_after=2026-08-26&created_before=2026-08-01')).toEqual({});
    expect(parse('created_after=2026-08-01')).toEqual({ created_after: '2026-08-01' });
  });
});

describe('requestFilters', () => {
  it('keeps has_feedback for current servers and drops it for 8.1.0', () => {
    const filters = { has_feedback: true, is_flagged: true };
    expect(requestFilters(filters, 'current')).toEqual(filters);
    expect(requestFilters(filters, 'legacy')).toEqual({ is_flagged: true });
  });
});

describe('helpers', () => {
  it('knows whether any server filter is set', () => {
    expect(hasServerFilters({})).toBe(false);
    expect(hasServerFilters({ is_flagged: false })).toBe(true);
  });

  it('describes filters in words', () => {
    expect(
      describeFilters({
        created_after: '2026-08-20',
        created_before: '2026-08-26',
        is_flagged: true,
        severity: 'high',
        has_feedback: true,
        query: 'gpu',
      }),
    ).toBe('20 Aug – 26 Aug 2026 (UTC), flagged, severity High, with a thumbs vote, text “gpu”');
    expect(describeFilters({})).toBe('');
  });

  it('computes preset ranges in UTC days, today included', () => {
    expect(lastDaysRange(7, '2026-08-26')).toEqual({
      created_after: '2026-08-20',
      created_before: '2026-08-26',
    });
    expect(lastDaysRange(1, '2026-03-01')).toEqual({
      created_after: '2026-03-01',
      created_before: '2026-03-01',
    });
    expect(lastDaysRange(30, '2026-03-01')).toEqual({
      created_after: '2026-01-31',
      created_before: '2026-03-01',
    });
  });

  it('accepts only real calendar days', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-8-1')).toBe(false);
    expect(isCalendarDay(undefined)).toBe(false);
  });
});
