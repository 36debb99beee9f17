import { describe, expect, it } from 'vitest';
import { shortMiddle } from './format/text';
import { idSearch, normalizeIdQuery } from './id-search';

const rows = [
  { user_slug: '3fa9c2d41b7e0000000000000000000000000000000000000000000000000001', session_id: 'a' },
  { user_slug: 'aa11bb22cc33000000000000000000000000000000000000000000000000ffff', session_id: 'b' },
  { user_slug: '3FA9000000000000000000000000000000000000000000000000000000000002', session_id: 'c3c3' },
];
const bySlug = idSearch((row: { user_slug: string }) => [row.user_slug]);

function filter<Row extends { user_slug: string }>(list: readonly Row[], query: string) {
  const keep = bySlug(query);
  return keep ? list.filter(keep) : list;
}

describe('normalizeIdQuery', () => {
  it('drops spaces and zero-width characters, spells three dots as an ellipsis, and lowercases', () => {
    expect(normalizeIdQuery('  3FA9 C2\u200b ')).toBe('3fa9c2');
    expect(normalizeIdQuery('3fa9c2d41b7e…')).toBe('3fa9c2d41b7e…');
    expect(normalizeIdQuery('3fa9c2...')).toBe('3fa9c2…');
    expect(normalizeIdQuery('')).toBe('');
  });
});

describe('idSearch', () => {
  it('matches a substring anywhere, case-insensitively', () => {
    expect(filter(rows, 'cc33')).toEqual([rows[1]]);
    expect(filter(rows, 'ffff')).toEqual([rows[1]]);
    expect(filter(rows, 'zz')).toEqual([]);
    expect(filter(rows, '3fa9').map((row) => row.user_slug.slice(-1))).toEqual(['1', '2']);
    expect(filter(rows, '3FA9C2')).toEqual([rows[0]]);
  });

  it('finds a slug shortened to its first characters, as the tables show it', () => {
    expect(filter(rows, 'aa11bb22cc33…')).toEqual([rows[1]]);
    expect(filter(rows, 'AA11BB22CC33...')).toEqual([rows[1]]);
    // A shortened value matches by its start, not anywhere.
    expect(filter(rows, 'bb22cc33…')).toEqual([]);
  });

  it('finds an id shortened in the middle by both of its ends', () => {
    const ids = [{ user_slug: 'probe-session-1' }, { user_slug: 'probe-session-2' }, { user_slug: 'other' }];
    expect(filter(ids, shortMiddle('probe-session-2', 8))).toEqual([ids[1]]);
    expect(filter(ids, 'probe…')).toEqual([ids[0], ids[1]]);
    expect(filter(ids, ' PROBE-SESSION-1\n')).toEqual([ids[0]]);
  });

  it('keeps every row when there is nothing to search for', () => {
    expect(bySlug('')).toBeNull();
    expect(bySlug('   ')).toBeNull();
  });

  it('looks at every id of a row', () => {
    const either = idSearch((row: (typeof rows)[number]) => [row.session_id, row.user_slug]);
    expect(rows.filter(either('C3C3') ?? (() => true))).toEqual([rows[2]]);
    expect(rows.filter(either('aa11') ?? (() => true))).toEqual([rows[1]]);
  });
});
