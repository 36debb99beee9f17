import { describe, expect, it } from 'vitest';
import {
  applySearchPatch,
  parseOrdering,
  parseTableParams,
  tableParamsToSearch,
  type TableUrlStateOptions,
} from './use-table-url-state';

const options: TableUrlStateOptions = {
  defaultSort: { id: 'turns', desc: true },
  defaultPageSize: 50,
  pageSizes: [25, 50, 100],
  sortable: ['turns', 'last_seen', 'user_slug'],
};
const parse = (search: string) => parseTableParams(new URLSearchParams(search), options);

describe('parseTableParams', () => {
  it('returns the defaults for an empty URL', () => {
    expect(parse('')).toEqual({ page: 1, pageSize: 50, sort: { id: 'turns', desc: true } });
  });

  it('reads page, page_size and o (with - for descending)', () => {
    expect(parse('page=3&page_size=100&o=last_seen')).toEqual({
      page: 3,
      pageSize: 100,
      sort: { id: 'last_seen', desc: false },
    });
    expect(parse('o=-user_slug').sort).toEqual({ id: 'user_slug', desc: true });
  });

  it.each([
    ['page=abc', { page: 1 }],
    ['page=0', { page: 1 }],
    ['page=-2', { page: 1 }],
    ['page=1.5', { page: 1 }],
    ['page=99999999999999', { page: 1 }],
    ['page_size=30', { pageSize: 50 }],
    ['page_size=abc', { pageSize: 50 }],
    ['page_size=100000', { pageSize: 50 }],
    ['o=password', { sort: { id: 'turns', desc: true } }],
    ['o=-', { sort: { id: 'turns', desc: true } }],
    ['o=turns,-last_seen', { sort: { id: 'turns', desc: true } }],
    ['o=', { sort: { id: 'turns', desc: true } }],
  ])('drops the invalid %s to the default', (search, expected) => {
    expect(parse(search)).toMatchObject(expected);
  });

  it('supports tables without a default sort', () => {
    expect(parseTableParams(new URLSearchParams(), { sortable: ['a'] })).toEqual({
      page: 1,
      pageSize: 50,
      sort: null,
    });
  });

  it('accepts a default page size that is missing from the list', () => {
    const params = parseTableParams(new URLSearchParams('page_size=20'), {
      sortable: [],
      defaultPageSize: 20,
      pageSizes: [50, 100],
    });
    expect(params.pageSize).toBe(20);
  });
});

describe('parseOrdering', () => {
  it('only accepts sortable fields', () => {
    expect(parseOrdering('-created', ['created'])).toEqual({ id: 'created', desc: true });
    expect(parseOrdering('created', [])).toBeNull();
    expect(parseOrdering(null, ['created'])).toBeNull();
  });
});

describe('tableParamsToSearch', () => {
  const write = (params: Parameters<typeof tableParamsToSearch>[0], base?: string) =>
    tableParamsToSearch(params, options, new URLSearchParams(base)).toString();

  it('removes defaults from the URL', () => {
    expect(write({ page: 1, pageSize: 50, sort: { id: 'turns', desc: true } })).toBe('');
    expect(write({ page: 1, pageSize: 50, sort: null })).toBe('');
  });

  it('writes non-defaults', () => {
    expect(write({ page: 2, pageSize: 25, sort: { id: 'turns', desc: false } })).toBe(
      'page=2&page_size=25&o=turns',
    );
    expect(write({ page: 1, pageSize: 50, sort: { id: 'last_seen', desc: true } })).toBe('o=-last_seen');
  });

  it('keeps other keys (filters) and replaces stale table keys', () => {
    expect(write({ page: 1, pageSize: 50, sort: null }, 'query=gpu&page=4&o=-user_slug')).toBe('query=gpu');
  });

  it('never writes values the parser would reject', () => {
    expect(write({ page: 0, pageSize: 33, sort: { id: 'nope', desc: true } })).toBe('');
  });

  it('round-trips through the parser', () => {
    const params = { page: 7, pageSize: 100, sort: { id: 'user_slug', desc: false } };
    expect(parseTableParams(tableParamsToSearch(params, options), options)).toEqual(params);
  });
});

describe('applySearchPatch', () => {
  const patch = (
    search: string,
    ...args: Parameters<typeof applySearchPatch> extends [unknown, ...infer R] ? R : never
  ) => applySearchPatch(new URLSearchParams(search), ...args).toString();

  it('sets and removes keys and resets the page when a filter changes', () => {
    expect(patch('page=3&o=-turns&severity=high', { severity: 'low', query: 'gpu' })).toBe(
      'o=-turns&severity=low&query=gpu',
    );
    expect(patch('page=3&severity=high', { severity: null })).toBe('');
    expect(patch('page=3&severity=high', { severity: '' })).toBe('');
  });

  it('keeps the page when nothing changed or when asked to', () => {
    expect(patch('page=3&severity=high', { severity: 'high' })).toBe('page=3&severity=high');
    expect(patch('page=3', { severity: 'low' }, { resetPage: false })).toBe('page=3&severity=low');
    expect(patch('page=3', { page: 4 })).toBe('page=4');
  });

  it('serialises booleans, numbers and arrays', () => {
    expect(patch('', { is_flagged: true, window_days: 30, tag: ['a', 'b'] })).toBe(
      'is_flagged=true&window_days=30&tag=a&tag=b',
    );
    expect(patch('tag=a&tag=b', { tag: [] })).toBe('');
  });
});
