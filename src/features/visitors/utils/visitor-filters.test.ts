import { describe, expect, it } from 'vitest';
import { groupFields, normalizeDays, resolveDays } from '@/lib/filter-fields';
import { parseFilterSearch } from '@/lib/url-filters';
import { VISITOR_FILTER_GROUPS, visitorListSchema } from './visitor-filters';

const FIELDS = groupFields(VISITOR_FILTER_GROUPS);
const parse = (search: string) =>
  normalizeDays(parseFilterSearch(new URLSearchParams(search), visitorListSchema), FIELDS);

describe('visitor URL filters', () => {
  it('reads the server filters and the slug search, nothing else', () => {
    expect(
      parse(
        'created_after=2026-08-01&created_before=2026-08-26&query=gpu&is_flagged=true&severity=high&has_feedback=false&slug=ab&o=-last_seen&session_id=x',
      ),
    ).toEqual({
      created_after: '2026-08-01',
      created_before: '2026-08-26',
      query: 'gpu',
      is_flagged: true,
      severity: 'high',
      has_feedback: false,
      slug: 'ab',
    });
  });

  it('drops invalid values instead of sending them', () => {
    expect(
      parse(
        'created_after=2026-02-30&created_before=yesterday&is_flagged=maybe&severity=extreme&query=%20%20',
      ),
    ).toEqual({});
  });

  it('resolves a preset to the days the server filters on', () => {
    expect(resolveDays(parse('range=7d'), FIELDS, '2026-08-26')).toEqual({
      created_after: '2026-08-20',
      created_before: '2026-08-26',
    });
  });
});
