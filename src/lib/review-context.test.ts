import { describe, expect, it } from 'vitest';
import {
  findTextFromSearch,
  listSearch,
  loadReviewContext,
  pagedNeighbour,
  pageOfIndex,
  parseReviewContext,
  reviewId,
  saveReviewContext,
  withoutReview,
  withReview,
} from './review-context';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  };
}

describe('pages of a list', () => {
  it('names the page that shows a row', () => {
    expect(pageOfIndex(0, 50)).toBe(1);
    expect(pageOfIndex(49, 50)).toBe(1);
    expect(pageOfIndex(50, 50)).toBe(2);
  });
});

describe('neighbours in a server-paged list', () => {
  const page2 = { ids: ['p2a', 'p2b', 'p2c'], page: 2, pageSize: 3, total: 8 };
  it('stays on the page inside it', () => {
    expect(pagedNeighbour(page2, 'p2b', 1)).toEqual({ where: 'here', index: 2 });
    expect(pagedNeighbour(page2, 'p2b', -1)).toEqual({ where: 'here', index: 0 });
  });
  it('crosses to the last row of the page before and the first of the page after', () => {
    expect(pagedNeighbour(page2, 'p2a', -1)).toEqual({ where: 'page', page: 1, pick: 'last' });
    expect(pagedNeighbour(page2, 'p2c', 1)).toEqual({ where: 'page', page: 3, pick: 'first' });
  });
  it('stops at the list’s ends and for a row that is not on the page', () => {
    const first = { ids: ['a', 'b', 'c'], page: 1, pageSize: 3, total: 8 };
    expect(pagedNeighbour(first, 'a', -1)).toBeNull();
    const last = { ids: ['g', 'h'], page: 3, pageSize: 3, total: 8 };
    expect(pagedNeighbour(last, 'h', 1)).toBeNull();
    // A full last page: the total says there is nothing after it.
    expect(pagedNeighbour({ ids: ['d', 'e', 'f'], page: 2, pageSize: 3, total: 6 }, 'f', 1)).toBeNull();
    expect(pagedNeighbour(page2, 'zz', 1)).toBeNull();
  });
});

describe('the context record', () => {
  const context = { list: 'conversations' as const, search: 'o=-max_severity&page=2', row: 'abc' };

  it('gets the same short id for the same list, search and row, and another for another row', () => {
    expect(reviewId(context)).toBe(reviewId({ ...context }));
    expect(reviewId(context)).not.toBe(reviewId({ ...context, row: 'abd' }));
    expect(reviewId(context)).toMatch(/^[0-9a-z]{6,14}$/);
    // The transcript's own keys are not part of the list's state.
    expect(reviewId({ ...context, search: `${context.search}&from=x&turn=y` })).toBe(reviewId(context));
  });

  it('is kept per tab and read back by its id', () => {
    const storage = memoryStorage();
    const id = saveReviewContext(context, { storage, now: 1_000 });
    expect(loadReviewContext(id, { storage, now: 2_000 })).toEqual(context);
    expect(loadReviewContext('nope', { storage, now: 2_000 })).toBeNull();
  });

  it('forgets records after a day and keeps only the newest sixty', () => {
    const storage = memoryStorage();
    const id = saveReviewContext(context, { storage, now: 0 });
    expect(loadReviewContext(id, { storage, now: 25 * 3_600_000 })).toBeNull();
    const ids = Array.from({ length: 61 }, (_, i) =>
      saveReviewContext({ ...context, row: `r${i}` }, { storage, now: 10 + i }),
    );
    expect(loadReviewContext(ids[0], { storage, now: 100 })).toBeNull();
    expect(loadReviewContext(ids[60], { storage, now: 100 })).toEqual({ ...context, row: 'r60' });
  });

  it('survives broken storage and checks what another tab sends', () => {
    const storage = memoryStorage();
    storage.setItem('waa.review', '{not json');
    expect(loadReviewContext('x', { storage })).toBeNull();
    expect(parseReviewContext({ list: 'visitors', search: '', row: 'a' })).toBeNull();
    expect(parseReviewContext({ list: 'turns', search: 'page=2', row: 'a', extra: 1 })).toEqual({
      list: 'turns',
      search: 'page=2',
      row: 'a',
    });
  });

  it('adds and removes the id in a link, keeping the turn', () => {
    expect(withReview('/sessions/a%2Fb', 'k1')).toBe('/sessions/a%2Fb?from=k1');
    expect(withReview('/sessions/a?turn=t', 'k1')).toBe('/sessions/a?turn=t&from=k1');
    expect(withoutReview('/sessions/a?turn=t&from=k1')).toBe('/sessions/a?turn=t');
    expect(withoutReview('/sessions/a?from=k1')).toBe('/sessions/a');
    expect(listSearch('?page=2&from=k&turn=t&o=-created')).toBe('page=2&o=-created');
  });
});

describe('findTextFromSearch', () => {
  it.each([
    ['gpu', 'gpu'],
    ['  -quota or gpu cluster', 'gpu'],
    ['price "object storage" gpu', 'object storage'],
    ['', ''],
    [null, ''],
    ['-only -excluded', ''],
  ])('takes a quoted phrase, else the first word not excluded nor an operator: %j → %j', (search, text) => {
    expect(findTextFromSearch(search)).toBe(text);
  });
});
