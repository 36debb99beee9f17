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
