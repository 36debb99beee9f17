import { parseIsoDate } from '../time';

/**
 * Query-string readers with django-filter semantics: the last value of a repeated key wins
 * (QueryDict.get), text is stripped, and an empty value means "no filter".
 */
export type FieldErrors = Record<string, string[]>;

export function param(url: URL, name: string): string | undefined {
  const values = url.searchParams.getAll(name);
  if (values.length === 0) return undefined;
  const value = values[values.length - 1].trim();
  return value === '' ? undefined : value;
}

/** DateFilter: a bad value is a 400. */
export function dateParam(url: URL, name: string, errors: FieldErrors): string | undefined {
  const raw = param(url, name);
  if (raw === undefined) return undefined;
  const day = parseIsoDate(raw);
  if (day === null) errors[name] = ['Enter a valid date.'];
  return day ?? undefined;
}

/** Lenient date for the conversation filterset, whose invalid fields are dropped, not reported. */
export function lenientDateParam(url: URL, name: string): string | undefined {
  const raw = param(url, name);
  return raw === undefined ? undefined : (parseIsoDate(raw) ?? undefined);
}

/**
 * BooleanFilter with django-filter's BooleanWidget: `true`/`false`/`1`/`0` in any case.
 * Anything else reads as "unset", so the filter is skipped rather than rejected.
 */
export function boolParam(url: URL, name: string): boolean | undefined {
  const raw = param(url, name)?.toLowerCase();
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  return undefined;
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** NumberFilter (DecimalField). */
export function numberParam(url: URL, name: string, errors?: FieldErrors): number | undefined {
  const raw = param(url, name);
  if (raw === undefined) return undefined;
  if (!DECIMAL.test(raw)) {
    if (errors) errors[name] = ['Enter a number.'];
    return undefined;
  }
  return Number(raw);
}

export function choiceParam<T extends string>(
  url: URL,
  name: string,
  choices: readonly T[],
  errors: FieldErrors,
): T | undefined {
  const raw = param(url, name);
  if (raw === undefined) return undefined;
  if (!(choices as readonly string[]).includes(raw)) {
    errors[name] = [`Select a valid choice. ${raw} is not one of the available choices.`];
    return undefined;
  }
  return raw as T;
}

export type OrderKey<F extends string> = { field: F; descending: boolean };

/** OrderingFilter: comma-separated fields, `-` for descending; an unknown one is a 400. */
export function orderingParam<F extends string>(
  url: URL,
  fields: readonly F[],
  errors: FieldErrors,
): OrderKey<F>[] {
  const raw = param(url, 'o');
  if (raw === undefined) return [];
  const keys: OrderKey<F>[] = [];
  for (const part of raw.split(',').map((item) => item.trim())) {
    if (part === '') continue;
    const descending = part.startsWith('-');
    const field = descending ? part.slice(1) : part;
    if (!(fields as readonly string[]).includes(field)) {
      errors.o = [`Select a valid choice. ${part} is not one of the available choices.`];
      return [];
    }
    keys.push({ field: field as F, descending });
  }
  return keys;
}
