import { afterEach, describe, expect, it, vi } from 'vitest';
import { bytesOf, jsonAnswer, makeItems, preparedGet, stubFetch, testSpec } from '@/test/whole-list-spec';
import type { ListView } from './dataset';
import { WholeListServer, type WholeListReply } from './server';

const ENDPOINT = '/api/test-list/';
const VIEW: ListView = { sort: { id: 'n', desc: true }, search: '' };

function serve() {
  const replies: WholeListReply[] = [];
  const server = new WholeListServer(testSpec, (reply) => replies.push(reply));
  const reply = (id: number) => replies.find((r) => r.id === id);
  /** The reply to request `id`, once there is one. */
  const settled = (id: number) =>
    vi.waitFor(() => {
      const found = reply(id);
      if (!found) throw new Error(`request ${id} not answered yet`);
      return found;
    });
  /** Loads what the stubbed fetch answers as answer `load` (request id 1000 + load). */
  const loadItems = async (load: number) => {
    server.receive({ type: 'load', id: 1000 + load, load, request: preparedGet(ENDPOINT) });
    return settled(1000 + load);
  };
  return { server, replies, reply, settled, loadItems };
}

describe('WholeListServer', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('sends the prepared request itself and answers the load with the row count', async () => {
    const calls = stubFetch(() => jsonAnswer(bytesOf(makeItems(123)), { parts: 7 }));
    const { loadItems } = serve();
    expect(await loadItems(1)).toMatchObject({ id: 1001, ok: true, value: { count: 123 } });
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe(`https://waldur.test${ENDPOINT}`);
    expect(calls[0].init).toMatchObject({
      method: 'GET',
      credentials: 'omit',
      headers: { Accept: 'application/json', Authorization: 'Token test' },
    });
  });

  it('answers views a task later, so a newer view of the same answer supersedes an older one', async () => {
    stubFetch(() => jsonAnswer(bytesOf(makeItems(100))));
    const { server, reply, settled, loadItems } = serve();
    await loadItems(1);
    server.receive({ type: 'view', id: 1, load: 1, view: VIEW, page: 1, pageSize: 10 });
    server.receive({
      type: 'view',
      id: 2,
      load: 1,
      view: { ...VIEW, search: 'id-0009' },
      page: 1,
      pageSize: 10,
    });
    expect(reply(1)).toEqual({ id: 1, ok: false, failure: { kind: 'cancelled' } });
    expect(reply(2)).toBeUndefined();
    expect(await settled(2)).toMatchObject({ ok: true, value: { matched: 10, search: 'id-0009' } });
  });

  it('drops a question cancelled before its turn, without an answer', async () => {
    stubFetch(() => jsonAnswer(bytesOf(makeItems(100))));
    const { server, replies, settled, loadItems } = serve();
    await loadItems(1);
    server.receive({ type: 'rows', id: 7, load: 1, view: VIEW });
    server.receive({ type: 'rows', id: 8, load: 1, view: { ...VIEW, search: 'id-0000' } });
    server.receive({ type: 'cancel', id: 7 });
    await settled(8);
    expect(replies.map((r) => r.id)).toEqual([1001, 8]);
  });

  it('stops an answer cancelled while it arrives: its fetch is aborted and the load answered once', async () => {
    let cancelled = false;
    const calls = stubFetch(
      () =>
        new Response(
          new ReadableStream<Uint8Array>({
            pull: (controller) => controller.enqueue(bytesOf(makeItems(10)).slice(0, 10)),
            cancel: () => {
              cancelled = true;
            },
          }),
          { headers: { 'Content-Type': 'application/json' } },
        ),
    );
    const { server, replies, settled } = serve();
    server.receive({ type: 'load', id: 9, load: 3, request: preparedGet(ENDPOINT) });
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    server.receive({ type: 'cancel', load: 3 });
    expect(await settled(9)).toEqual({ id: 9, ok: false, failure: { kind: 'cancelled' } });
    expect(calls[0].init.signal?.aborted).toBe(true);
    await vi.waitFor(() => expect(cancelled).toBe(true));
    expect(replies.filter((r) => r.id === 9)).toHaveLength(1);
  });

  it('keeps the three newest answers; a view of an older one says it is gone', async () => {
    stubFetch(() => jsonAnswer(bytesOf(makeItems(100))));
    const { server, settled, loadItems } = serve();
    for (const load of [1, 2, 3, 4]) await loadItems(load);
    server.receive({ type: 'view', id: 1, load: 1, view: VIEW, page: 1, pageSize: 10 });
    server.receive({ type: 'view', id: 4, load: 4, view: VIEW, page: 1, pageSize: 10 });
    expect(await settled(1)).toEqual({ id: 1, ok: false, failure: { kind: 'gone' } });
    expect(await settled(4)).toMatchObject({ ok: true });
  });

  it('reports a bad row as the API error it is, naming the endpoint and the field', async () => {
    stubFetch(() => jsonAnswer(bytesOf([...makeItems(3), { id: 'x', n: 1.5, at: null }])));
    const { loadItems } = serve();
    expect(await loadItems(5)).toMatchObject({
      ok: false,
      failure: { kind: 'api', init: { kind: 'malformed', endpoint: ENDPOINT, status: 200, field: '[3].n' } },
    });
  });

  it('says a body cut off mid-way is not JSON, naming the endpoint', async () => {
    const cut = bytesOf(makeItems(50)).subarray(0, 300);
    stubFetch(() => jsonAnswer(cut, { parts: 3, error: new TypeError('network error') }));
    const { loadItems } = serve();
    expect(await loadItems(2)).toMatchObject({
      ok: false,
      failure: {
        kind: 'api',
        init: { kind: 'malformed', endpoint: ENDPOINT, status: 200, detail: 'Invalid JSON' },
      },
    });
  });

  it('sends back an answer that is not 2xx JSON whole, for the page’s client to judge', async () => {
    stubFetch(
      () =>
        new Response('{"detail":"Slow down."}', {
          status: 429,
          headers: { 'Content-Type': 'application/json', 'Retry-After': '30' },
        }),
    );
    const { loadItems } = serve();
    expect(await loadItems(1)).toEqual({
      id: 1001,
      ok: false,
      failure: {
        kind: 'answer',
        answer: {
          status: 429,
          contentType: 'application/json',
          retryAfter: '30',
          body: '{"detail":"Slow down."}',
        },
      },
    });
    stubFetch(
      () => new Response('<!doctype html>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
    );
    expect(await serve().loadItems(2)).toMatchObject({
      ok: false,
      failure: { kind: 'answer', answer: { status: 200, contentType: 'text/html', body: '<!doctype html>' } },
    });
  });

  it('says so when the request does not reach the server', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const { loadItems } = serve();
    expect(await loadItems(1)).toEqual({ id: 1001, ok: false, failure: { kind: 'network' } });
  });
});
