import { describe, expect, it } from 'vitest';
import { makeFeedback } from '@mocks/factories/feedback';
import { filterKeys, filtersToSearch, parseFilterSearch } from '@/lib/url-filters';
import {
  feedbackFilterChips,
  feedbackFilterParams,
  feedbackFiltersSchema,
  normalizeFeedbackFilters,
} from './feedback-filters';
import { feedbackForJson, feedbackHref, isJudged, isJudgeOnly, resolutionTone } from './feedback-row';
import type { Feedback } from '@/api/schemas/feedback';

const parse = (search: string) =>
  normalizeFeedbackFilters(parseFilterSearch(new URLSearchParams(search), feedbackFiltersSchema));

describe('feedback URL filters', () => {
  it('reads every filter of the contract', () => {
    expect(
      parse(
        'score=-1&category=slow_or_failed&submitted_from=2026-08-01&submitted_to=2026-08-31&has_comment=true',
      ),
    ).toEqual({
      score: -1,
      category: 'slow_or_failed',
      submitted_from: '2026-08-01',
      submitted_to: '2026-08-31',
      has_comment: true,
    });
  });

  it.each([
    ['score=0'],
    ['score=2'],
    ['score=up'],
    ['category=rude'],
    ['submitted_from=2026-02-30'],
    ['submitted_to=yesterday'],
    ['has_comment=1'],
  ])('drops the invalid %s', (search) => {
    expect(parse(search)).toEqual({});
  });

  it('writes the same names back, so a pasted link gives the same view', () => {
    const filters = parse('score=1&has_comment=false&submitted_from=2026-08-01');
    const search = filtersToSearch(filters, filterKeys(feedbackFiltersSchema));
    expect(search.toString()).toBe('score=1&submitted_from=2026-08-01&has_comment=false');
    expect(parse(search.toString())).toEqual(filters);
  });

  it('sends the contract’s names and nothing unset', () => {
    expect(feedbackFilterParams(parse('score=1&submitted_to=2026-08-31'))).toEqual({
      score: 1,
      submitted_to: '2026-08-31',
    });
  });

  it('describes active filters as chips', () => {
    const chips = feedbackFilterChips(
      parse('score=-1&category=slow_or_failed&submitted_from=2026-08-01&has_comment=false'),
    );
    expect(chips.map((c) => `${c.label}: ${c.value}`)).toEqual([
      'Vote: thumbs down',
      'Category: Slow or failed',
      'Submitted: since 1 Aug 2026',
      'Comment: without comment',
    ]);
    expect(chips[2].keys).toEqual(['submitted_from', 'submitted_to']);
  });
});

describe('feedback rows', () => {
  const row = (overrides: Partial<Feedback>): Feedback =>
    makeFeedback({ interaction_uuid: 'u-1', score: 1, submitted_from_ip: '10.1.2.3', ...overrides });

  it('links to the turn route, which opens the transcript there', () => {
    expect(feedbackHref(row({}))).toBe('/interactions/u-1');
  });

  it('tells judge-only rows and judged rows apart', () => {
    expect(isJudgeOnly(row({ score: null }))).toBe(true);
    expect(isJudgeOnly(row({ score: -1 }))).toBe(false);
    expect(isJudged(row({}))).toBe(false);
    expect(isJudged(row({ llm_resolution_score: 4 }))).toBe(true);
  });

  it('colours the resolution like the incumbent UI', () => {
    expect([null, 1, 2, 3, 4, 5].map(resolutionTone)).toEqual([
      'neutral',
      'bad',
      'bad',
      'warn',
      'good',
      'good',
    ]);
  });

  it('never exports the voter IP', () => {
    expect(JSON.stringify(feedbackForJson([row({})]))).not.toContain('10.1.2.3');
  });
});
