import { DEMO_TOKENS } from '../tokens';

const ORIGIN = 'http://localhost';

type Params = Record<string, string | number | boolean> | [string, string][];

export function apiUrl(path: string, params: Params = {}): string {
  const search = new URLSearchParams(
    Array.isArray(params) ? params : Object.entries(params).map(([key, value]) => [key, String(value)]),
  ).toString();
  return `${ORIGIN}/api/${path}${search ? `?${search}` : ''}`;
}

/** GET with `Authorization: Token …` (pass `null` for no header). */
export function get(
  path: string,
  params: Params = {},
  token: string | null = DEMO_TOKENS.staff,
): Promise<Response> {
  return fetch(apiUrl(path, params), { headers: token === null ? {} : { Authorization: `Token ${token}` } });
}

export async function getJson<T>(
  path: string,
  params: Params = {},
  token: string | null = DEMO_TOKENS.staff,
): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await get(path, params, token);
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}

/** `<url>; rel="x"` pairs of a Link header, in order. */
export function linkRels(header: string | null): [rel: string, url: string][] {
  if (!header) return [];
  return header.split(', ').map((part) => {
    const match = /^<([^>]*)>; rel="([a-z]+)"$/.exec(part);
    if (!match) throw new Error(`Bad Link part: ${part}`);
    return [match[2], match[1]];
  });
}
