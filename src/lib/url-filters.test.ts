import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { conversationFiltersSchema, turnFiltersSchema } from '@/api/filters';
import {
  boolToOption,
  compactFilters,
  filterKeys,
  filtersToSearch,
  filterValueToSearch,
  hasActiveFilters,
  optionToBool,
  parseFilterSearch,
} from './url-filters';

const parse = (search: string) => parseFilterSearch(new URLSearchParams(search), turnFiltersSchema);

describe('parseFilterSearch', () => {
  it('returns only the filters that are set', () => {
    expect(parse('')).toEqual({});
    expect(parse('is_flagged=true&severity=high&query=%20gpu%20&page=3&o=-created')).toEqual({
      is_flagged: true,
      severity: 'high',
      query: 'gpu',
    });
  });

  it.each([
    ['severity=extreme', {}],
    ['is_flagged=yes', {}],
    ['has_feedback=1', {}],
    ['created_after=26-08-2026', {}],
    ['query=%20%20', {}],
    ['is_flagged=false&severity=bogus', { is_flagged: false }],
  ])('drops invalid values: %s', (search, expected) => {
    expect(parse(search)).toEqual(expected);
  });

  it('drops a search longer than 500 characters', () => {
    expect(parse(`query=${'x'.repeat(501)}`)).toEqual({});
  });

  it('reads the first of repeated keys', () => {
    expect(parse('severity=low&severity=high')).toEqual({ severity: 'low' });
  });

  it('parses conversation-level numbers and dates', () => {
    const filters = parseFilterSearch(
      new URLSearchParams(
        'total_tokens_min=100&total_tokens_max=abc&input_tokens_max=-5&last_active_after=2026-08-01&is_reviewed=true',
      ),
      conversationFiltersSchema,
    );
    expect(filters).toEqual({ total_tokens_min: 100, last_active_after: '2026-08-01', is_reviewed: true });
  });

  it('survives a schema that rejects the whole object', () => {
    const strict = z.object({ a: z.string() });
    expect(parseFilterSearch(new URLSearchParams('b=1'), strict)).toEqual({});
  });
});

describe('filtersToSearch', () => {
  const keys = filterKeys(turnFiltersSchema);

  it('writes canonical values and keeps keys it does not own', () => {
    const base = new URLSearchParams('page=2&o=result_count&scenario=slow&severity=bogus');
    const next = filtersToSearch({ is_flagged: false, severity: undefined, query: 'gpu nodes' }, keys, base);
    expect(next.toString()).toBe('page=2&o=result_count&scenario=slow&query=gpu+nodes&is_flagged=false');
  });

  it('round-trips through parse', () => {
    const filters = {
      created_after: '2026-08-01',
      is_flagged: true,
      severity: 'low' as const,
      user_slug: 'ab',
    };
    expect(parse(filtersToSearch(filters, keys).toString())).toEqual(filters);
  });
});

describe('small helpers', () => {
  it('serialises values', () => {
    expect(filterValueToSearch(true)).toBe('true');
    expect(filterValueToSearch(0)).toBe('0');
    expect(filterValueToSearch(Number.NaN)).toBeUndefined();
    expect(filterValueToSearch('')).toBeUndefined();
    expect(filterValueToSearch(undefined)).toBeUndefined();
  });

  it('maps booleans to select options and back', () => {
    expect([true, false, undefined].map(boolToOption)).toEqual(['true', 'false', '']);
    expect(['true', 'false', '', 'x'].map(optionToBool)).toEqual([true, false, undefined, undefined]);
  });

  it('compacts and detects active filters', () => {
    expect(compactFilters({ a: 1, b: undefined })).toEqual({ a: 1 });
    expect(hasActiveFilters({ a: undefined })).toBe(false);
    expect(hasActiveFilters({ a: false })).toBe(true);
  });
});
