import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/errors';
import { FILTER_FIELDS } from '@/lib/filter-fields';
import { useFilterErrors } from './use-filter-errors';

const FIELDS = [FILTER_FIELDS.created, FILTER_FIELDS.severity, FILTER_FIELDS.has_feedback];

const badRequest = (fieldErrors: Record<string, string[]>, status = 400) =>
  new ApiError({ kind: 'http', endpoint: 'x/', status, fieldErrors });

const render = (error: unknown) => renderHook(() => useFilterErrors(error, FIELDS)).result.current;

describe('useFilterErrors', () => {
  it('gives a field the messages of every name it sends, and summarises the rest', () => {
    const { errorFor, unplaced } = render(
      badRequest({
        created_after: ['Enter a valid date.'],
        created_from: ['Enter a valid date.', 'Too early.'],
        has_negative_feedback: ['Must be a boolean.'],
        o: ['Select a valid choice.'],
      }),
    );
    expect(errorFor('created')).toBe('Enter a valid date. Too early.');
    expect(errorFor('has_feedback')).toBe('Must be a boolean.');
    expect(errorFor('severity')).toBeUndefined();
    expect(unplaced).toEqual([{ field: 'o', label: 'Sort', messages: ['Select a valid choice.'] }]);
  });

  it('has nothing to say about errors that are not a 400', () => {
    for (const error of [null, new Error('boom'), badRequest({ severity: ['No.'] }, 500)]) {
      const { errorFor, unplaced } = render(error);
      expect(errorFor('severity')).toBeUndefined();
      expect(unplaced).toEqual([]);
    }
  });
});
