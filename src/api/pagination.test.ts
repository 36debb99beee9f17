import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { server } from '@mocks/node';
import { getPage, parseLinkHeader } from './pagination';

describe('parseLinkHeader', () => {
  it('reads every rel', () => {
    expect(
      parseLinkHeader(
        '<https://x.org/api/a/?page=1>; rel="first", <https://x.org/api/a/?page=3>; rel="next", <https://x.org/api/a/?page=9>; rel="last"',
      ),
    ).toEqual({
      first: 'https://x.org/api/a/?page=1',
      next: 'https://x.org/api/a/?page=3',
      last: 'https://x.org/api/a/?page=9',
    });
    expect(parseLinkHeader(null)).toEqual({});
  });
});

describe('getPage', () => {
  it('normalises a bare array plus X-Result-Count into a page and caps page_size at 300', async () => {
    let url: URL | undefined;
    server.use(
      http.get('*/api/things/', ({ request }) => {
        url = new URL(request.url);
        return HttpResponse.json([{ id: 1 }, { id: 2 }], {
          headers: { 'X-Result-Count': '602', Link: '<http://localhost/api/things/?page=3>; rel="next"' },
        });
      }),
    );
    const page = await getPage('things/', z.object({ id: z.number() }), {
      page: 2,
      pageSize: 1000,
      params: { q: 'x' },
    });
    expect(url?.searchParams.get('page_size')).toBe('300');
    expect(url?.searchParams.get('q')).toBe('x');
    expect(page).toMatchObject({
      total: 602,
      page: 2,
      pageSize: 300,
      pageCount: 3,
      hasNext: true,
      hasPrevious: true,
    });
    expect(page.items).toHaveLength(2);
  });

  it('falls back to the array length without the header', async () => {
    server.use(http.get('*/api/things/', () => HttpResponse.json([{ id: 1 }])));
    const page = await getPage('things/', z.object({ id: z.number() }), { page: 1, pageSize: 10 });
    expect([page.total, page.hasNext, page.hasPrevious]).toEqual([1, false, false]);
  });
});
