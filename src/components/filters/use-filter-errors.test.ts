import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/errors';
import { useFilterErrors } from './use-filter-errors';

const LABELS = { created_after: 'Created from', severity: 'Severity', o: 'Sort' };
const ALIASES = { created_from: 'created_after' };
const PLACED = new Set(['created_after', 'severity']);

const badRequest = (fieldErrors: Record<string, string[]>, status = 400) =>
  new ApiError({ kind: 'http', endpoint: 'x/', status, fieldErrors });

const render = (error: unknown) =>
  renderHook(() => useFilterErrors(error, { labels: LABELS, aliases: ALIASES, placed: PLACED })).result
    .current;

describe('useFilterErrors', () => {
  it('gives a placed field its messages, both date names folded into one, and summarises the rest', () => {
    const { errorFor, unplaced } = render(
      badRequest({
        created_after: ['Enter a valid date.'],
        created_from: ['Enter a valid date.', 'Too early.'],
        o: ['Select a valid choice.'],
      }),
    );
    expect(errorFor('created_after')).toBe('Enter a valid date. Too early.');
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
