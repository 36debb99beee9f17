import { describe, expect, it } from 'vitest';
import { makeFeedback } from '@mocks/factories/feedback';
import { groupFields, normalizeDays } from '@/lib/filter-fields';
import { filterKeys, filtersToSearch, parseFilterSearch } from '@/lib/url-filters';
import { FEEDBACK_LIST } from '../api/queries';
import { FEEDBACK_FILTER_GROUPS, feedbackListSchema } from './feedback-filters';
import { feedbackForJson, feedbackHref, isJudged, isJudgeOnly, resolutionTone } from './feedback-row';
import type { Feedback } from '@/api/schemas/feedback';

const parse = (search: string) =>
  normalizeDays(
    parseFilterSearch(new URLSearchParams(search), feedbackListSchema),
    groupFields(FEEDBACK_FILTER_GROUPS),
  );

describe('feedback URL filters', () => {
  it('reads every filter of the API', () => {
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
    expect(parse('submitted_range=7d')).toEqual({ submitted_range: '7d' });
  });

  it.each([
    ['score=0'],
    ['score=2'],
    ['score=up'],
    ['category=rude'],
    ['submitted_from=2026-02-30'],
    ['submitted_to=yesterday'],
    ['submitted_range=week'],
    ['has_comment=1'],
  ])('drops the invalid %s', (search) => {
    expect(parse(search)).toEqual({});
  });

  it('writes the same names back, so a pasted link gives the same view', () => {
    const filters = parse('score=1&has_comment=false&submitted_from=2026-08-01');
    const search = filtersToSearch(filters, filterKeys(feedbackListSchema));
    expect(search.toString()).toBe('score=1&submitted_from=2026-08-01&has_comment=false');
    expect(parse(search.toString())).toEqual(filters);
  });

  it('sends the API’s names and nothing unset', () => {
    expect(FEEDBACK_LIST.params(parse('score=1&submitted_to=2026-08-31'), 'current')).toEqual({
      score: 1,
      submitted_to: '2026-08-31',
    });
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
