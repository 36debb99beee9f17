import { describe, expect, it, vi } from 'vitest';
import { countText, MAX_NEW, scanNewestFirst, type ScanPage } from './scan';

/** `total` rows, newest first, with times counting down from `total`; pages of `size`. */
function list(total: number, size: number) {
  const rows = Array.from({ length: total }, (_, i) => ({ at: total - i, odd: (total - i) % 2 === 1 }));
  const fetchPage = vi.fn(async (page: number): Promise<ScanPage<(typeof rows)[number]>> => ({
    items: rows.slice((page - 1) * size, page * size),
    hasNext: page * size < total,
  }));
  return { rows, fetchPage };
}

describe('scanNewestFirst', () => {
  it('counts up to the first row from before the visit, and reads no further page', async () => {
    const { fetchPage } = list(1000, 100);
    const result = await scanNewestFirst({ fetchPage, isBefore: (row) => row.at <= 880 });
    expect(result.found).toHaveLength(120);
    expect(result.complete).toBe(true);
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });

  it('stops at 300 and says the count is a lower bound', async () => {
    const { fetchPage } = list(5000, 100);
    const result = await scanNewestFirst({ fetchPage, isBefore: () => false });
    expect(result.found).toHaveLength(MAX_NEW);
    expect(result.complete).toBe(false);
    expect(countText(result)).toBe('300+');
    expect(fetchPage).toHaveBeenCalledTimes(4);
  });

  it('says exactly 300 when there are exactly 300', async () => {
    const { fetchPage } = list(300, 100);
    const result = await scanNewestFirst({ fetchPage, isBefore: () => false });
    expect(countText(result)).toBe('300');
  });

  it('counts only the matching rows, and a cap on rows read makes the count a lower bound', async () => {
    const { fetchPage } = list(1000, 300);
    const all = await scanNewestFirst({
      fetchPage,
      isBefore: (row) => row.at <= 900,
      matches: (row) => row.odd,
    });
    expect(countText(all)).toBe('50');
    const capped = await scanNewestFirst({
      fetchPage,
      isBefore: () => false,
      matches: (row) => row.odd,
      maxRows: 600,
    });
    expect(countText(capped)).toBe('300+');
    expect(capped.found.at(-1)?.at).toBe(401);
  });

  it('ends with the list', async () => {
    const { fetchPage } = list(7, 100);
    expect(countText(await scanNewestFirst({ fetchPage, isBefore: () => false }))).toBe('7');
    const empty = await scanNewestFirst({
      fetchPage: async () => ({ items: [], hasNext: false }),
      isBefore: () => false,
    });
    expect(empty).toEqual({ found: [], complete: true });
  });
});
