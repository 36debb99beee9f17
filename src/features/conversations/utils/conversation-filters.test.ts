import { describe, expect, it } from 'vitest';
import { turnFilterParams } from '@/api/filters';
import { groupFields, normalizeDays } from '@/lib/filter-fields';
import { filterKeys, filtersToSearch, parseFilterSearch } from '@/lib/url-filters';
import { CONVERSATION_FILTER_GROUPS, conversationListSchema } from './conversation-filters';
import { conversationHref, severitySortKey } from './conversation-row';

const parse = (search: string) =>
  normalizeDays(
    parseFilterSearch(new URLSearchParams(search), conversationListSchema),
    groupFields(CONVERSATION_FILTER_GROUPS),
  );

describe('conversation URL filters', () => {
  it('reads turn-level and conversation-level filters', () => {
    expect(
      parse(
        'created_after=2026-08-01&is_flagged=true&total_tokens_min=1000&total_tokens_max=5000&input_tokens_max=300&last_active_before=2026-08-31&is_reviewed=false',
      ),
    ).toEqual({
      created_after: '2026-08-01',
      is_flagged: true,
      total_tokens_min: 1000,
      total_tokens_max: 5000,
      input_tokens_max: 300,
      last_active_before: '2026-08-31',
      is_reviewed: false,
    });
  });

  it('drops invalid numbers and days', () => {
    expect(
      parse('total_tokens_min=-1&output_tokens_max=1.5&last_active_after=2026-13-01&is_reviewed=sometimes'),
    ).toEqual({});
  });

  it('round-trips through the URL', () => {
    const filters = parse('output_tokens_min=10&last_active_after=2026-08-01&severity=high');
    expect(parse(filtersToSearch(filters, filterKeys(conversationListSchema)).toString())).toEqual(filters);
  });

  it('becomes request parameters with both date generations', () => {
    const params = turnFilterParams(
      parse('created_after=2026-08-01&total_tokens_min=5&has_feedback=true'),
      'legacy',
    );
    expect(params).toMatchObject({
      created_after: '2026-08-01',
      created_from: '2026-08-01',
      total_tokens_min: 5,
    });
    expect(params.has_feedback).toBeUndefined();
  });
});

describe('conversation rows', () => {
  it('sorts severity by the server rank, else by severity order', () => {
    expect(severitySortKey({ max_severity: 'low', max_severity_rank: 3 })).toBe(3);
    const order = ['high', 'none', 'critical', 'low', '', 'medium'].map((s) =>
      severitySortKey({ max_severity: s, max_severity_rank: undefined }),
    );
    expect(order).toEqual([3, 0, 4, 1, 0, 2]);
  });

  it('links to the transcript', () => {
    expect(conversationHref({ session_id: 'abc/def' })).toBe('/sessions/abc%2Fdef');
  });
});
