import { describe, expect, it } from 'vitest';
import { turnFiltersSchema } from '@/api/filters';
import {
  daysValue,
  fieldErrorNames,
  FILTER_FIELDS as F,
  filterChips,
  normalizeDays,
  rangePresetParam,
  resolveDays,
} from './filter-fields';
import { parseFilterSearch } from './url-filters';

const schema = turnFiltersSchema.extend({ range: rangePresetParam });
const FIELDS = [F.created, F.query, F.is_flagged, F.severity, F.has_feedback, F.user_slug, F.session_id];
const TODAY = '2026-08-26';
const parse = (search: string) =>
  normalizeDays(parseFilterSearch(new URLSearchParams(search), schema), FIELDS);
const chips = (search: string, defaults = {}) =>
  filterChips(parse(search), FIELDS, TODAY, defaults).map((c) => `${c.label}: ${c.value}`);

describe('date ranges in the URL', () => {
  it('drops impossible days and reversed ranges, and a preset that explicit days override', () => {
    expect(parse('created_after=2026-02-30&created_before=2026-02-28')).toEqual({
      created_before: '2026-02-28',
    });
    expect(parse('created_after=2026-08-27&created_before=2026-08-20')).toEqual({});
    expect(parse('range=7d&created_after=2026-08-01')).toEqual({ created_after: '2026-08-01' });
    expect(parse('range=week')).toEqual({});
  });

  it('reads a preset, explicit days, or the page default', () => {
    expect(daysValue(F.created, parse('range=7d'))).toEqual({ preset: '7d' });
    expect(daysValue(F.created, parse('created_after=2026-08-01'))).toEqual({
      preset: 'custom',
      after: '2026-08-01',
      before: undefined,
    });
    expect(daysValue(F.created, {})).toEqual({ preset: 'all' });
    expect(daysValue(F.created, {}, '30d')).toEqual({ preset: '30d' });
  });

  it('resolves presets to the days the server filters on, today included', () => {
    expect(resolveDays(parse('range=7d&is_flagged=true'), FIELDS, TODAY)).toEqual({
      created_after: '2026-08-20',
      created_before: TODAY,
      is_flagged: true,
    });
    expect(resolveDays(parse('range=all'), FIELDS, TODAY)).toEqual({});
    expect(resolveDays({}, FIELDS, TODAY, { range: '30d' })).toEqual({
      created_after: '2026-07-28',
      created_before: TODAY,
    });
    expect(resolveDays(parse('created_after=2026-08-01'), FIELDS, TODAY, { range: '30d' })).toEqual({
      created_after: '2026-08-01',
    });
  });
});

describe('filterChips', () => {
  it('describes each active filter in the glossary’s words, a date range as one chip', () => {
    expect(
      chips(
        'created_after=2026-08-20&created_before=2026-08-26&query=gpu&is_flagged=false&severity=high&has_feedback=true&user_slug=0123456789abcdef0123&session_id=s1',
      ),
    ).toEqual([
      'Created: 20 Aug – 26 Aug 2026',
      'Search: “gpu”',
      'Flagged: Not flagged',
      'Severity: High',
      'Vote: Voted',
      'Visitor: 0123456789ab…',
      'Conversation: s1',
    ]);
    expect(chips('')).toEqual([]);
  });

  it('names presets with their days, and says nothing of the page default', () => {
    expect(chips('range=7d')).toEqual(['Created: 7 days (20 Aug – 26 Aug 2026)']);
    expect(chips('range=today')).toEqual(['Created: Today (26 Aug 2026)']);
    expect(chips('', { range: '30d' })).toEqual([]);
    expect(chips('range=all', { range: '30d' })).toEqual(['Created: Any time']);
    expect(chips('created_after=2026-08-20')).toEqual(['Created: since 20 Aug 2026']);
  });

  it('says the removal keys of a chip: every key of its field', () => {
    const [created] = filterChips(parse('range=7d'), FIELDS, TODAY);
    expect(created.keys).toEqual(['created_after', 'created_before', 'range']);
  });

  it('describes token ranges, votes and feedback categories', () => {
    const fields = [F.total_tokens, F.score, F.category, F.has_comment, F.is_reviewed];
    const filters = {
      total_tokens_min: 1000,
      score: -1,
      category: 'slow_or_failed',
      has_comment: true,
      is_reviewed: false,
    };
    expect(filterChips(filters, fields, TODAY).map((c) => `${c.label}: ${c.value}`)).toEqual([
      'Total tokens: ≥ 1,000',
      'Vote: Thumbs down',
      'Category: Slow or failed',
      'Comment: With comment',
      'Reviewed: Not reviewed',
    ]);
  });
});

describe('fieldErrorNames', () => {
  it('sends every request name of a field, older servers’ too, to that field', () => {
    const { labels, fieldOf } = fieldErrorNames(FIELDS);
    expect(fieldOf).toMatchObject({
      created_after: 'created',
      created_from: 'created',
      range: 'created',
      has_negative_feedback: 'has_feedback',
    });
    expect(labels.created).toBe('Created');
    expect(labels.o).toBe('Sort');
  });
});
