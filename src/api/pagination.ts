import { z } from 'zod';
import { apiGetWithHeaders, type QueryParams } from './client';

/** DRF LinkHeaderPagination caps page_size at 300 and clamps silently. */
export const MAX_PAGE_SIZE = 300;

export type Page<T> = {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  hasNext: boolean;
  hasPrevious: boolean;
};

export type PageRequest = { page: number; pageSize: number; params?: QueryParams; signal?: AbortSignal };

/** Reads a paged list: a bare JSON array plus `X-Result-Count` and `Link` headers. */
export async function getPage<S extends z.ZodType>(
  path: string,
  itemSchema: S,
  { page, pageSize, params = {}, signal }: PageRequest,
): Promise<Page<z.infer<S>>> {
  const size = Math.min(Math.max(1, Math.trunc(pageSize)), MAX_PAGE_SIZE);
  const { data, headers } = await apiGetWithHeaders(path, z.array(itemSchema), {
    params: { ...params, page, page_size: size },
    signal,
  });
  const links = parseLinkHeader(headers.get('Link'));
  const headerTotal = Number(headers.get('X-Result-Count'));
  const total =
    Number.isFinite(headerTotal) && headers.get('X-Result-Count') !== null ? headerTotal : data.length;
  return {
    items: data,
    total,
    page,
    pageSize: size,
    pageCount: Math.max(1, Math.ceil(total / size)),
    hasNext: links.next !== undefined || page * size < total,
    hasPrevious: links.prev !== undefined || page > 1,
  };
}

/** `<url>; rel="next", <url>; rel="last"` → `{ next: url, last: url }`. */
export function parseLinkHeader(value: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  if (!value) return out;
  for (const part of value.split(',')) {
    const match = /<([^>]*)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
    if (match) out[match[2]] = match[1];
  }
  return out;
}
