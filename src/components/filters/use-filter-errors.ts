import { useMemo } from 'react';
import { isApiError } from '@/api/errors';
import { fieldErrorNames, fieldId, type FilterField } from '@/lib/filter-fields';
import { labelFieldErrors, type LabelledFieldError } from './field-errors';

/**
 * A list's 400 field errors in the page's words: `errorFor(fieldId)` is the message shown at
 * that field's control (every request name the field sends, older servers' included, lands
 * there), `unplaced` the errors of names no control owns (`o`, `page`, …), for the summary.
 */
export function useFilterErrors(
  error: unknown,
  fields: readonly FilterField[],
): { errorFor: (field: string) => string | undefined; unplaced: LabelledFieldError[] } {
  const fieldErrors = useMemo(() => {
    if (!isApiError(error) || error.status !== 400) return [];
    const { labels, fieldOf } = fieldErrorNames(fields);
    return labelFieldErrors(error.fieldErrors, labels, fieldOf);
  }, [error, fields]);
  const placed = new Set(fields.map(fieldId));
  return {
    errorFor: (field) => fieldErrors.find((e) => e.field === field)?.messages.join(' '),
    unplaced: fieldErrors.filter((e) => !placed.has(e.field)),
  };
}
