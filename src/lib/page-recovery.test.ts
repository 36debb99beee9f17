import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/errors';
import { fetchPageOrLast, isInvalidPageError, recoveredPageNote } from './page-recovery';

const invalid = () =>
  new ApiError({ kind: 'http', status: 404, detail: 'Invalid page.', endpoint: '/api/x/' });

function server(total: number, pageSize = 50) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return vi.fn(async (page: number) => {
    if (page > pageCount) throw invalid();
    return { page, pageCount, total, items: [page] };
  });
}

describe('fetchPageOrLast', () => {
  it.each([
    {
      what: 'returns the page when it exists, with one request',
      total: 500,
      asked: 3,
      answer: { page: 3, pageCount: 10, total: 500, items: [3] },
      requests: [3],
    },
    {
      what: 'falls back to the last page after "Invalid page."',
      total: 120,
      asked: 9,
      answer: { page: 3, pageCount: 3, total: 120, items: [3], requestedPage: 9 },
      requests: [9, 1, 3],
    },
    {
      what: 'uses page 1 itself when it is the last page',
      total: 0,
      asked: 4,
      answer: { page: 1, pageCount: 1, total: 0, items: [1], requestedPage: 4 },
      requests: [4, 1],
    },
  ])('$what', async ({ total, asked, answer, requests }) => {
    const fetchPage = server(total);
    await expect(fetchPageOrLast(fetchPage, asked)).resolves.toEqual(answer);
    expect(fetchPage.mock.calls.map(([p]) => p)).toEqual(requests);
  });

  it('rethrows other errors and a 404 on page 1', async () => {
    const boom = new ApiError({ kind: 'http', status: 500, endpoint: '/api/x/' });
    await expect(fetchPageOrLast(() => Promise.reject(boom), 2)).rejects.toBe(boom);
    const notFound = invalid();
    await expect(fetchPageOrLast(() => Promise.reject(notFound), 1)).rejects.toBe(notFound);
  });

  it('keeps the 404 when the page turns out to exist', async () => {
    const error = invalid();
    const fetchPage = vi.fn(async (page: number) => {
      if (page === 2) throw error;
      return { page, pageCount: 5, total: 250 };
    });
    await expect(fetchPageOrLast(fetchPage, 2)).rejects.toBe(error);
  });
});

describe('isInvalidPageError / recoveredPageNote', () => {
  it('recognises a 404 ApiError only', () => {
    expect(isInvalidPageError(invalid())).toBe(true);
    expect(isInvalidPageError(new Error('404'))).toBe(false);
    expect(isInvalidPageError(new ApiError({ kind: 'http', status: 400, endpoint: '/api/x/' }))).toBe(false);
  });

  it('says what happened', () => {
    expect(recoveredPageNote(9, { page: 3, pageCount: 3, total: 120 })).toBe(
      'Page 9 does not exist any more — the list has 3 pages now. Showing the last page.',
    );
    expect(recoveredPageNote(2, { page: 1, pageCount: 1, total: 4 })).toContain('1 page now');
    expect(recoveredPageNote(4, { page: 1, pageCount: 1, total: 0 })).toBe(
      'Page 4 does not exist: nothing matches these filters.',
    );
  });
});
