export type ApiErrorKind = 'http' | 'network' | 'malformed' | 'not-json' | 'aborted';

export type ApiErrorInit = {
  kind: ApiErrorKind;
  endpoint: string;
  status?: number;
  detail?: string;
  fieldErrors?: Record<string, string[]>;
  retryAfterSeconds?: number;
  /** For malformed responses: the path of the first field that failed validation. */
  field?: string;
};

/** The single error type every API call rejects with. Never carries the token. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly endpoint: string;
  readonly status: number | undefined;
  readonly detail: string | undefined;
  readonly fieldErrors: Record<string, string[]>;
  readonly retryAfterSeconds: number | undefined;
  readonly field: string | undefined;

  constructor(init: ApiErrorInit) {
    super(describe(init));
    this.name = 'ApiError';
    this.kind = init.kind;
    this.endpoint = init.endpoint;
    this.status = init.status;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? {};
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.field = init.field;
  }

  /** Worth trying again: rate limits, server errors and network failures. */
  get isTransient(): boolean {
    if (this.kind === 'network') return true;
    if (this.kind !== 'http' || this.status === undefined) return false;
    return this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

function describe(init: ApiErrorInit): string {
  switch (init.kind) {
    case 'network':
      return `Could not reach the server (${init.endpoint}). Check the connection and try again.`;
    case 'aborted':
      return `The request to ${init.endpoint} was cancelled.`;
    case 'not-json':
      return `${init.endpoint} answered with something that is not JSON${init.status ? ` (HTTP ${init.status})` : ''}. Is the API URL right?`;
    case 'malformed':
      return `${init.endpoint} sent data this dashboard does not understand${init.field ? ` (field “${init.field}”)` : init.detail ? ` (${init.detail.toLowerCase()})` : ''}.`;
    case 'http':
      return httpMessage(init);
  }
}

function httpMessage(init: ApiErrorInit): string {
  const status = init.status ?? 0;
  if (status === 401) return init.detail ?? 'Your session has ended. Sign in again.';
  if (status === 403) return 'This dashboard is for staff and support users only.';
  if (status === 404) return init.detail ?? 'Not found.';
  if (status === 400) {
    const fields = Object.entries(init.fieldErrors ?? {})
      .map(([field, messages]) => `${field}: ${messages.join(' ')}`)
      .join('; ');
    return `The server rejected the request${fields ? ` — ${fields}` : init.detail ? ` — ${init.detail}` : ''}.`;
  }
  // Shown once the automatic retries have given up, so it must not promise another one.
  if (status === 429)
    return `The server is rate-limiting requests (HTTP 429)${init.retryAfterSeconds !== undefined ? ` and asked to wait ${init.retryAfterSeconds} s` : ''}. Try again in a moment.`;
  if (status >= 500) return `The server had a problem (HTTP ${status}) at ${init.endpoint}.`;
  return `HTTP ${status} from ${init.endpoint}${init.detail ? `: ${init.detail}` : ''}.`;
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Reads a DRF error body: `{"detail": "…"}` or field-keyed lists (`{"severity": ["…"]}`). */
export function parseDrfBody(body: unknown): Pick<ApiErrorInit, 'detail' | 'fieldErrors'> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    if (Array.isArray(body) && body.every((m) => typeof m === 'string')) return { detail: body.join(' ') };
    return {};
  }
  const record = body as Record<string, unknown>;
  const detail = typeof record.detail === 'string' ? record.detail : undefined;
  const fieldErrors: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === 'detail') continue;
    if (Array.isArray(value)) fieldErrors[key] = value.map(String);
    else if (typeof value === 'string') fieldErrors[key] = [value];
  }
  return { detail, fieldErrors };
}

/** `Retry-After` as seconds (delta-seconds or an HTTP date). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.round((at - now) / 1000));
}

/** Whether an answer's `Content-Type` says JSON (`application/json`, `…+json`, any charset). */
export function isJsonContentType(value: string | null): boolean {
  return /\bjson\b/i.test(value ?? '');
}
