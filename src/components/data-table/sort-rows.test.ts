import { describe, expect, it } from 'vitest';
import { sortableColumnIds, sortRows } from './sort-rows';
import { createDataTableColumnHelper } from './table-features';

type Row = { slug: string; turns: number | null; last_seen: string | null; stats: { tokens: number } };
const col = createDataTableColumnHelper<Row>();
const columns = col.columns([
  col.accessor('slug', { header: 'Visitor' }),
  col.accessor('turns', { header: 'Turns' }),
  col.accessor('last_seen', { header: 'Last seen' }),
  col.accessor('stats.tokens', { header: 'Tokens' }),
  col.accessor((row) => (row.turns ?? 0) * 2, { id: 'double', header: 'Double', enableSorting: false }),
  col.display({ id: 'actions', header: 'Actions' }),
]);

const rows: Row[] = [
  { slug: 'b', turns: 10, last_seen: '2026-01-02T00:00:00Z', stats: { tokens: 5 } },
  { slug: 'A', turns: null, last_seen: null, stats: { tokens: 1 } },
  { slug: 'c', turns: 2, last_seen: '2026-01-03T00:00:00Z', stats: { tokens: 9 } },
  { slug: 'a2', turns: 10, last_seen: '2026-01-01T00:00:00Z', stats: { tokens: 3 } },
];
const slugs = (list: readonly Row[]) => list.map((row) => row.slug);

describe('sortRows', () => {
  it('sorts numbers both ways with blanks last and ties in original order', () => {
    expect(slugs(sortRows(rows, columns, { id: 'turns', desc: true }))).toEqual(['b', 'a2', 'c', 'A']);
    expect(slugs(sortRows(rows, columns, { id: 'turns', desc: false }))).toEqual(['c', 'b', 'a2', 'A']);
  });

  it('sorts text case-insensitively', () => {
    expect(slugs(sortRows(rows, columns, { id: 'slug', desc: false }))).toEqual(['A', 'a2', 'b', 'c']);
    expect(slugs(sortRows(rows, columns, { id: 'slug', desc: true }))).toEqual(['c', 'b', 'a2', 'A']);
  });

  it('sorts ISO timestamps chronologically with nulls last', () => {
    expect(slugs(sortRows(rows, columns, { id: 'last_seen', desc: true }))).toEqual(['c', 'b', 'a2', 'A']);
  });

  it('follows nested accessor keys (id uses _ for .)', () => {
    expect(slugs(sortRows(rows, columns, { id: 'stats_tokens', desc: false }))).toEqual([
      'A',
      'a2',
      'b',
      'c',
    ]);
  });

  it('uses accessor functions', () => {
    expect(slugs(sortRows(rows, columns, { id: 'double', desc: false }))).toEqual(['A', 'c', 'b', 'a2']);
  });

  it('leaves rows alone without a sort or an unknown column, and does not mutate', () => {
    const copy = [...rows];
    expect(sortRows(rows, columns, null)).toBe(rows);
    expect(sortRows(rows, columns, { id: 'nope', desc: true })).toBe(rows);
    sortRows(rows, columns, { id: 'slug', desc: true });
    expect(rows).toEqual(copy);
  });

  it('returns the same array for the same inputs (the export reuses the table sort)', () => {
    const first = sortRows(rows, columns, { id: 'turns', desc: true });
    expect(sortRows(rows, columns, { id: 'turns', desc: true })).toBe(first);
    expect(sortRows(rows, columns, { id: 'turns', desc: false })).not.toBe(first);
  });
});

describe('sortableColumnIds', () => {
  it('lists accessor columns that allow sorting', () => {
    expect(sortableColumnIds(columns)).toEqual(['slug', 'turns', 'last_seen', 'stats_tokens']);
  });
});
