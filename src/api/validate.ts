import { safeParse, type $ZodType, type output } from 'zod/v4/core';
import { ApiError } from './errors';

/**
 * Validates a parsed answer: the data, or an `ApiError` naming the endpoint and the first field
 * that failed (docs/api.md §7). Shared by the client and the whole-list worker, so an answer
 * parsed off the main thread fails exactly as one parsed on it.
 */
export function validateAnswer<S extends $ZodType>(
  schema: S,
  value: unknown,
  endpoint: string,
  status: number,
  /** Added to the index of the first path step: a batch of an array that starts at this row. */
  offset = 0,
): output<S> {
  // The core parser serves classic and zod/mini schemas alike.
  const parsed = safeParse(schema, value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path =
    issue && offset !== 0 && typeof issue.path[0] === 'number'
      ? [issue.path[0] + offset, ...issue.path.slice(1)]
      : issue?.path;
  throw new ApiError({
    kind: 'malformed',
    endpoint,
    status,
    field: path ? formatPath(path) : undefined,
    detail: issue?.message,
  });
}

/** A 2xx body that is not JSON at all: the same error whoever parses it. */
export function invalidJson(endpoint: string, status: number): ApiError {
  return new ApiError({ kind: 'malformed', endpoint, status, detail: 'Invalid JSON' });
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}
