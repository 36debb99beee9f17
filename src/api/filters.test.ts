import { describe, expect, it } from 'vitest';
import {
  conversationFilterParams,
  conversationFiltersSchema,
  turnFilterParams,
  turnFiltersSchema,
  unsupportedFilters,
} from './filters';
import { generationFromVersion } from './server-info';

describe('turnFiltersSchema', () => {
  it('keeps valid values and drops invalid ones instead of failing', () => {
    expect(
      turnFiltersSchema.parse({
        created_after: '2026-11-01',
        created_before: 'yesterday',
        severity: 'extreme',
        is_flagged: 'true',
        has_feedback: 'maybe',
        query: '  gpu  ',
      }),
    ).toEqual({ created_after: '2026-11-01', is_flagged: true, query: 'gpu' });
  });

  it('parses conversation-level numbers', () => {
    expect(conversationFiltersSchema.parse({ total_tokens_min: '1000', input_tokens_max: '-5' })).toEqual({
      total_tokens_min: 1000,
    });
  });
});

describe('turnFilterParams', () => {
  it('sends both generations of date names and has_feedback to current servers', () => {
    expect(
      turnFilterParams(
        { created_after: '2026-11-01', created_before: '2026-11-07', has_feedback: true },
        'current',
      ),
    ).toEqual({
      created_after: '2026-11-01',
      created_before: '2026-11-07',
      created_from: '2026-11-01',
      created_to: '2026-11-07',
      has_feedback: true,
    });
  });

  it('does not translate has_feedback into the 8.1.0 negative-feedback filter', () => {
    const params = turnFilterParams({ has_feedback: true, severity: 'high' }, 'legacy');
    expect(params).not.toHaveProperty('has_feedback');
    expect(params).not.toHaveProperty('has_negative_feedback');
    expect(params.severity).toBe('high');
    expect(unsupportedFilters({ has_feedback: true }, 'legacy')).toEqual(['has_feedback']);
    expect(unsupportedFilters({ has_feedback: true }, 'current')).toEqual([]);
  });
});

describe('generationFromVersion', () => {
  it.each([
    ['8.1.0', 'legacy'],
    ['8.1.1', 'legacy'],
    ['7.9.4', 'legacy'],
    ['8.1.2', 'current'],
    ['8.1.3-rc.2.dev.20260821', 'current'],
    ['8.2.0', 'current'],
    ['9.0.0', 'current'],
    ['develop', 'current'],
    [null, 'current'],
  ])('%s → %s', (version, generation) => {
    expect(generationFromVersion(version)).toBe(generation);
  });
});

describe('conversationFilterParams', () => {
  it('passes conversation-level bounds and keeps has_feedback away from 8.1.0 servers', () => {
    const filters = {
      has_feedback: true,
      total_tokens_min: 1000,
      is_reviewed: false,
      created_after: '2026-11-01',
    };
    const legacy = conversationFilterParams(filters, 'legacy');
    expect(legacy).toMatchObject({
      total_tokens_min: 1000,
      is_reviewed: false,
      created_after: '2026-11-01',
      created_from: '2026-11-01',
    });
    expect(legacy).not.toHaveProperty('has_feedback');
    expect(conversationFilterParams(filters, 'current').has_feedback).toBe(true);
  });
});
