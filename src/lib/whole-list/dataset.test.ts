import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/errors';
import { validateAnswer } from '@/api/validate';
import { fingerprint } from '@/lib/hash';
import { bytesOf, makeItems, testSpec, type TestItem } from '@/test/whole-list-spec';
import { Dataset, WholeListLoader, type ListView } from './dataset';

const ENDPOINT = '/api/test-list/';

/** Reads a body through the loader in chunks of `size` bytes. */
function load(body: Uint8Array | string, size = 4096) {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const loader = new WholeListLoader(testSpec, ENDPOINT, 200);
  for (let at = 0; at < bytes.length; at += size) loader.push(bytes.subarray(at, at + size));
  return loader.end();
}

/** What the client would throw for the same body parsed whole (`apiGet`). */
function clientError(body: string): ApiError {
  try {
    validateAnswer(testSpec.schema, JSON.parse(body), ENDPOINT, 200);
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('the body is valid');
}

function failure(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('did not fail');
}

const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id);
const view = (patch: Partial<ListView> = {}): ListView => ({ sort: null, search: '', ...patch });

describe('WholeListLoader', () => {
  it('validates every row and keeps them in the answer order, with the spec applied', () => {
    const items = makeItems(20_000); // over a megabyte: several batches
    const dataset = load(bytesOf(items), 65_536);
    expect(dataset.size).toBe(20_000);
    expect(dataset.rows[3]).toEqual({ ...items[3], atMs: Date.parse(items[3].at as string) });
    expect(ids(dataset.rows)).toEqual(ids(items));
  });

  it('names the endpoint and the first bad field with its row, in any batch', () => {
    const items: unknown[] = makeItems(20_000);
    items[15_321] = { ...(items[15_321] as TestItem), at: 'yesterday' };
    items[17_000] = { ...(items[17_000] as TestItem), n: 'many' };
    const body = JSON.stringify(items);
    const error = failure(() => load(body, 65_536));
    expect(error.kind).toBe('malformed');
    expect(error.endpoint).toBe(ENDPOINT);
    expect(error.field).toBe('[15321].at');
    expect(error.message).toBe(
      `${ENDPOINT} sent data this dashboard does not understand (field “[15321].at”).`,
    );
    expect(error.message).toBe(clientError(body).message);
  });

  it('fails as the client does on a body that is not JSON, even after a bad row', () => {
    const items: unknown[] = makeItems(20_000);
    items[10] = { id: 10 };
    const body = JSON.stringify(items);
    const cut = failure(() => load(body.slice(0, body.length - 100)));
    expect(cut).toMatchObject({ kind: 'malformed', endpoint: ENDPOINT, detail: 'Invalid JSON' });
    expect(failure(() => load(''))).toMatchObject({ kind: 'malformed', detail: 'Invalid JSON' });
  });

  it('fails as the client does on JSON that is not a list', () => {
    const body = '{"detail":"Not found."}';
    expect(failure(() => load(body)).message).toBe(clientError(body).message);
  });
});

describe('Dataset', () => {
  const items = makeItems(500);
  const dataset = new Dataset(testSpec, items.map(testSpec.toRow as (item: TestItem) => never));

  it('pages the answer order without a sort, and clamps a page past the end', () => {
    const first = dataset.page(view(), 1, 50);
    expect(ids(first.rows)).toEqual(ids(items.slice(0, 50)));
    expect(first).toMatchObject({ page: 1, matched: 500, loaded: 500, search: '' });
    const last = dataset.page(view(), 99, 50);
    expect(last.page).toBe(10);
    expect(ids(last.rows)).toEqual(ids(items.slice(450)));
  });

  it('sorts with blanks last in both directions and ties in the answer order', () => {
    const asc = dataset.all(view({ sort: { id: 'n', desc: false } }));
    const desc = dataset.all(view({ sort: { id: 'n', desc: true } }));
    const numbers = (rows: readonly TestItem[]) => rows.map((row) => row.n);
    const present = items.filter((item) => item.n !== null);
    expect(numbers(asc)).toEqual([
      ...present.map((i) => i.n).sort((a, b) => (a ?? 0) - (b ?? 0)),
      ...Array(72).fill(null),
    ]);
    expect(numbers(desc).slice(0, 5)).toEqual([10, 10, 10, 10, 10]);
    expect(numbers(desc).slice(-72)).toEqual(Array(72).fill(null));
    // Ties keep the answer's order whichever way the column is sorted.
    const tens = (rows: readonly TestItem[]) => ids(rows.filter((row) => row.n === 10));
    expect(tens(desc)).toEqual(tens(items));
    expect(tens(asc)).toEqual(tens(items));
  });

  it('computes each order once', () => {
    const sort = { id: 'at', desc: true };
    expect(dataset.order(sort)).toBe(dataset.order({ ...sort }));
  });

  it('ignores a sort by an unknown column', () => {
    expect(ids(dataset.all(view({ sort: { id: 'nope', desc: true } })))).toEqual(ids(items));
  });

  it('searches in the sorted order, and pages what the search keeps', () => {
    const searched = dataset.page(view({ search: ' ID-001 ', sort: { id: 'id', desc: true } }), 1, 5);
    expect(searched).toMatchObject({ matched: 100, loaded: 500, search: 'ID-001' });
    expect(ids(searched.rows)).toEqual(['id-00199', 'id-00198', 'id-00197', 'id-00196', 'id-00195']);
    const last = dataset.page(view({ search: 'id-001', sort: { id: 'id', desc: true } }), 30, 40);
    expect(last.page).toBe(3);
    expect(ids(last.rows)).toEqual(
      Array.from({ length: 20 }, (_, i) => `id-001${String(19 - i).padStart(2, '0')}`),
    );
    expect(dataset.page(view({ search: 'nothing' }), 1, 5)).toMatchObject({ rows: [], page: 1, matched: 0 });
  });

  it('keeps the read or the unread rows by their fingerprints, and always the row being reviewed', () => {
    const marks = ['id-00001', 'id-00003'].map(fingerprint);
    const read = dataset.all(view({ read: { marks, read: true } }));
    expect(ids(read)).toEqual(['id-00001', 'id-00003']);
    const unread = dataset.page(view({ read: { marks, read: false, always: 'id-00003' } }), 1, 4);
    expect(ids(unread.rows)).toEqual(['id-00000', 'id-00002', 'id-00003', 'id-00004']);
    expect(unread.matched).toBe(499);
  });

  it('locates a row in a view: its place, the length of the view and its neighbours', () => {
    const sorted = view({ sort: { id: 'id', desc: true }, search: 'id-001' });
    expect(dataset.locate(sorted, 'id-00150')).toMatchObject({
      index: 49,
      total: 100,
      previous: { id: 'id-00151' },
      next: { id: 'id-00149' },
    });
    expect(dataset.locate(sorted, 'id-00199')).toMatchObject({ index: 0, previous: null });
    expect(dataset.locate(sorted, 'id-00100')).toMatchObject({ index: 99, next: null });
    expect(dataset.locate(sorted, 'id-00200')).toBeNull();
  });
});
