import { describe, expect, it } from 'vitest';
import { filterBySlug, normalizeSlugQuery, slugMatches } from './slug-search';

const rows = [
  { user_slug: '3fa9c2d41b7e0000000000000000000000000000000000000000000000000001' },
  { user_slug: 'aa11bb22cc33000000000000000000000000000000000000000000000000ffff' },
  { user_slug: '3FA9000000000000000000000000000000000000000000000000000000000002' },
];

describe('normalizeSlugQuery', () => {
  it('drops spaces, zero-width characters and a trailing ellipsis, and lowercases', () => {
    expect(normalizeSlugQuery('  3FA9 C2\u200b ')).toBe('3fa9c2');
    expect(normalizeSlugQuery('3fa9c2d41b7e…')).toBe('3fa9c2d41b7e');
    expect(normalizeSlugQuery('3fa9c2...')).toBe('3fa9c2');
    expect(normalizeSlugQuery('')).toBe('');
  });
});

describe('slug search', () => {
  it('matches a substring anywhere, case-insensitively', () => {
    expect(slugMatches(rows[1].user_slug, 'cc33')).toBe(true);
    expect(slugMatches(rows[1].user_slug, 'ffff')).toBe(true);
    expect(slugMatches(rows[1].user_slug, 'zz')).toBe(false);
    expect(filterBySlug(rows, '3fa9').map((row) => row.user_slug.slice(-1))).toEqual(['1', '2']);
    expect(filterBySlug(rows, '3FA9C2')).toEqual([rows[0]]);
  });

  it('finds a shortened slug pasted from the table', () => {
    expect(filterBySlug(rows, 'aa11bb22cc33…')).toEqual([rows[1]]);
  });

  it('returns the same array when there is nothing to search for', () => {
    expect(filterBySlug(rows, '')).toBe(rows);
    expect(filterBySlug(rows, '   ')).toBe(rows);
  });

  it('returns nothing when no slug matches', () => {
    expect(filterBySlug(rows, 'nothing-like-this')).toEqual([]);
  });

  it('stays fast on 50,000 visitors', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => ({
      user_slug: i.toString(16).padStart(8, '0').repeat(8),
    }));
    const start = performance.now();
    const found = filterBySlug(many, '0000c35');
    const elapsed = performance.now() - start;
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((row) => row.user_slug.includes('0000c35'))).toBe(true);
    // Generous bound for slow CI machines; typically a few milliseconds.
    expect(elapsed).toBeLessThan(250);
  });
});
