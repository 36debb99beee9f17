import { detail, type MockResult } from './respond';

const DEFAULT_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 300;

/** Python's `quote_plus`, which leaves `~` alone and escapes `!'()*`. */
function quotePlus(value: string): string {
  return encodeURIComponent(value)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

/**
 * DRF's `replace_query_param` / `remove_query_param`: parse the query, set or drop one key,
 * and re-encode with the keys sorted.
 */
function withQueryParam(url: URL, key: string, value: string | null): string {
  const grouped = new Map<string, string[]>();
  for (const [name, item] of url.searchParams) {
    const list = grouped.get(name);
    if (list) list.push(item);
    else grouped.set(name, [item]);
  }
  if (value === null) grouped.delete(key);
  else grouped.set(key, [value]);
  const query = [...grouped.keys()]
    .sort()
    .flatMap((name) => (grouped.get(name) ?? []).map((item) => `${quotePlus(name)}=${quotePlus(item)}`))
    .join('&');
  return `${url.origin}${url.pathname}${query ? `?${query}` : ''}`;
}

/** `int()` as Python reads a query value: optional sign, digits, surrounding spaces. */
function pythonInt(raw: string): number | null {
  const value = raw.trim();
  return /^[+-]?\d+$/.test(value) ? Number(value) : null;
}

/** QueryDict semantics: a repeated key reads as its last value. */
function lastValue(url: URL, name: string): string | null {
  const values = url.searchParams.getAll(name);
  return values.length > 0 ? values[values.length - 1] : null;
}

/**
 * Waldur's LinkHeaderPagination (DRF PageNumberPagination, max 300): body is the bare page,
 * `X-Result-Count` the total, `Link` always has first and last, prev/next when they exist.
 */
export function paginate<T>(url: URL, items: readonly T[], serialize: (item: T) => unknown): MockResult {
  const rawSize = lastValue(url, 'page_size');
  const parsedSize = rawSize === null ? null : pythonInt(rawSize);
  const pageSize =
    parsedSize !== null && parsedSize > 0 ? Math.min(parsedSize, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));

  const rawPage = lastValue(url, 'page') ?? '1';
  const page = rawPage === 'last' ? pageCount : pythonInt(rawPage);
  if (page === null || page < 1 || page > pageCount) return detail(404, 'Invalid page.');

  const links: string[] = [`<${withQueryParam(url, 'page', null)}>; rel="first"`];
  if (page > 1) {
    const prev =
      page - 1 === 1 ? withQueryParam(url, 'page', null) : withQueryParam(url, 'page', String(page - 1));
    links.push(`<${prev}>; rel="prev"`);
  }
  if (page < pageCount) links.push(`<${withQueryParam(url, 'page', String(page + 1))}>; rel="next"`);
  links.push(
    `<${pageCount === 1 ? withQueryParam(url, 'page', null) : withQueryParam(url, 'page', String(pageCount))}>; rel="last"`,
  );

  return {
    status: 200,
    body: items.slice((page - 1) * pageSize, page * pageSize).map(serialize),
    headers: { 'X-Result-Count': String(items.length), Link: links.join(', ') },
  };
}
