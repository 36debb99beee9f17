import { vi } from 'vitest';
import { z } from 'zod';
import { dateTime } from '@/api/schemas/common';
import { idSearch } from '@/lib/id-search';
import { defineWholeList } from '@/lib/whole-list/dataset';

/** A small whole list for the tests of src/lib/whole-list. */
const itemSchema = z.object({ id: z.string(), n: z.number().int().nullable(), at: dateTime.nullable() });
export type TestItem = z.infer<typeof itemSchema>;

export const testSpec = defineWholeList({
  schema: z.array(itemSchema),
  toRow: (item: TestItem) => ({ ...item, atMs: item.at === null ? null : Date.parse(item.at) }),
  sortKeys: { id: (row) => row.id, n: (row) => row.n, at: (row) => row.atMs },
  search: idSearch((row) => [row.id]),
  id: (row) => row.id,
});

export const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

export function makeItems(count: number): TestItem[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `id-${String(i).padStart(5, '0')}`,
    n: i % 7 === 0 ? null : (i * 37) % 11,
    at: i % 5 === 0 ? null : new Date(Date.UTC(2026, 0, 1) + ((i * 7919) % 1000) * 60_000).toISOString(),
  }));
}

/** A body that hands out `bytes` in `parts` chunks, then ends (or fails with `error`). */
function chunked(bytes: Uint8Array, parts = 3, error?: Error): ReadableStream<Uint8Array> {
  const size = Math.max(1, Math.ceil(bytes.length / parts));
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at < bytes.length) {
        // A copy: each chunk owns its buffer, as a network chunk does.
        controller.enqueue(bytes.slice(at, at + size));
        at += size;
      } else if (error) controller.error(error);
      else controller.close();
    },
  });
}

/** A 200 JSON answer streaming `bytes`. */
export const jsonAnswer = (bytes: Uint8Array, { parts = 3, error }: { parts?: number; error?: Error } = {}) =>
  new Response(chunked(bytes, parts, error), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
  });

/** The prepared request of `endpoint` (what `prepareGet` gives). */
export const preparedGet = (endpoint: string) => ({
  endpoint,
  url: `https://waldur.test${endpoint}`,
  headers: { Accept: 'application/json', Authorization: 'Token test' },
});

/** Stubs `fetch` with `respond`; the requests it was given, with their signals. */
export function stubFetch(respond: (url: string) => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      if (init.signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
      return respond(url);
    }),
  );
  return calls;
}
