import { useMemo } from 'react';
import { isApiError } from '@/api/errors';
import { labelFieldErrors, type LabelledFieldError } from './field-errors';

/**
 * A list's 400 field errors in the page's words: `errorFor(field)` is the message shown next
 * to that field's control, `unplaced` the errors of fields without a control (`placed` names
 * those with one), for the `FieldErrors` summary. Any other error gives none.
 */
export function useFilterErrors<K extends string>(
  error: unknown,
  {
    labels,
    aliases,
    placed,
  }: {
    labels: Readonly<Record<K, string>>;
    aliases?: Readonly<Record<string, string>>;
    placed: ReadonlySet<string>;
  },
): { errorFor: (field: K) => string | undefined; unplaced: LabelledFieldError[] } {
  const fieldErrors = useMemo(() => {
    if (!isApiError(error) || error.status !== 400) return [];
    return labelFieldErrors(error.fieldErrors, labels, aliases);
  }, [error, labels, aliases]);
  return {
    errorFor: (field) => fieldErrors.find((e) => e.field === field)?.messages.join(' '),
    unplaced: fieldErrors.filter((e) => !placed.has(e.field)),
  };
}
