import { afterEach, describe, expect, it, vi } from 'vitest';
import { bytesOf, makeItems, testSpec } from '@/test/whole-list-spec';
import type { ListView } from './dataset';
import { WholeListServer, type WholeListReply } from './server';

const ENDPOINT = '/api/test-list/';
const VIEW: ListView = { sort: { id: 'n', desc: true }, search: '' };

function serve() {
  const replies: WholeListReply[] = [];
  const server = new WholeListServer(testSpec, (reply) => replies.push(reply));
  const loadItems = (load: number, count = 100) => {
    server.receive({ type: 'load', id: 1000 + load, load, endpoint: ENDPOINT, status: 200 });
    server.receive({ type: 'chunk', load, chunk: bytesOf(makeItems(count)) });
    server.receive({ type: 'end', load });
  };
  return { server, replies, loadItems, reply: (id: number) => replies.find((r) => r.id === id) };
}

describe('WholeListServer', () => {
  afterEach(() => vi.useRealTimers());

  it('answers the end of an answer with its row count, at once', () => {
    const { replies, loadItems } = serve();
    loadItems(1, 123);
    expect(replies).toEqual([{ id: 1001, ok: true, value: { count: 123 } }]);
  });

  it('answers views a task later, so a newer view of the same answer supersedes an older one', () => {
    vi.useFakeTimers();
    const { server, reply, loadItems } = serve();
    loadItems(1);
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
    vi.runAllTimers();
    expect(reply(2)).toMatchObject({ ok: true, value: { matched: 10, search: 'id-0009' } });
  });

  it('drops a question cancelled before its turn, without an answer', () => {
    vi.useFakeTimers();
    const { server, replies, loadItems } = serve();
    loadItems(1);
    server.receive({ type: 'rows', id: 7, load: 1, view: VIEW });
    server.receive({ type: 'rows', id: 8, load: 1, view: { ...VIEW, search: 'id-0000' } });
    server.receive({ type: 'cancel', id: 7 });
    vi.runAllTimers();
    expect(replies.map((r) => r.id)).toEqual([1001, 8]);
  });

  it('stops reading an answer cancelled while it arrives', () => {
    const { server, reply, replies } = serve();
    server.receive({ type: 'load', id: 9, load: 3, endpoint: ENDPOINT, status: 200 });
    server.receive({ type: 'chunk', load: 3, chunk: bytesOf(makeItems(10)).subarray(0, 50) });
    server.receive({ type: 'cancel', load: 3 });
    expect(reply(9)).toEqual({ id: 9, ok: false, failure: { kind: 'cancelled' } });
    // Chunks still on their way are ignored, and the load is not answered twice.
    server.receive({ type: 'chunk', load: 3, chunk: new Uint8Array([93]) });
    server.receive({ type: 'end', load: 3 });
    expect(replies.filter((r) => r.id === 9)).toHaveLength(1);
  });

  it('keeps the three newest answers; a view of an older one says it is gone', () => {
    vi.useFakeTimers();
    const { server, reply, loadItems } = serve();
    for (const load of [1, 2, 3, 4]) loadItems(load);
    server.receive({ type: 'view', id: 1, load: 1, view: VIEW, page: 1, pageSize: 10 });
    server.receive({ type: 'view', id: 4, load: 4, view: VIEW, page: 1, pageSize: 10 });
    vi.runAllTimers();
    expect(reply(1)).toEqual({ id: 1, ok: false, failure: { kind: 'gone' } });
    expect(reply(4)).toMatchObject({ ok: true });
  });

  it('reports a bad row as the API error it is, naming the endpoint and the field', () => {
    const { server, reply } = serve();
    server.receive({ type: 'load', id: 6, load: 5, endpoint: ENDPOINT, status: 200 });
    server.receive({
      type: 'chunk',
      load: 5,
      chunk: bytesOf([...makeItems(3), { id: 'x', n: 1.5, at: null }]),
    });
    server.receive({ type: 'end', load: 5 });
    expect(reply(6)).toMatchObject({
      ok: false,
      failure: { kind: 'api', init: { kind: 'malformed', endpoint: ENDPOINT, status: 200, field: '[3].n' } },
    });
  });

  describe('a transferred body stream', () => {
    /** A body that hands out `bytes` in `parts` chunks, then ends or fails with `error`. */
    function body(bytes: Uint8Array, parts: number, error?: Error) {
      let pulled = 0;
      const size = Math.ceil(bytes.length / parts);
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          if (pulled * size >= bytes.length) {
            if (error) controller.error(error);
            else controller.close();
            return;
          }
          controller.enqueue(bytes.slice(pulled * size, (pulled + 1) * size));
          pulled++;
        },
      });
    }
    const settled = (replies: WholeListReply[], id: number) =>
      vi.waitFor(() => {
        const found = replies.find((r) => r.id === id);
        if (!found) throw new Error('not answered yet');
        return found;
      });

    it('reads it to the end and answers the load with the row count', async () => {
      const { server, replies } = serve();
      const stream = body(bytesOf(makeItems(250)), 7);
      server.receive({ type: 'load', id: 1, load: 1, endpoint: ENDPOINT, status: 200, body: stream });
      expect(await settled(replies, 1)).toEqual({ id: 1, ok: true, value: { count: 250 } });
    });

    it('says a body cut off mid-way is not JSON, naming the endpoint', async () => {
      const { server, replies } = serve();
      const cut = bytesOf(makeItems(50)).subarray(0, 300);
      const stream = body(cut, 3, new TypeError('network error'));
      server.receive({ type: 'load', id: 2, load: 2, endpoint: ENDPOINT, status: 200, body: stream });
      expect(await settled(replies, 2)).toMatchObject({
        ok: false,
        failure: {
          kind: 'api',
          init: { kind: 'malformed', endpoint: ENDPOINT, status: 200, detail: 'Invalid JSON' },
        },
      });
    });

    it('stops reading when the answer is cancelled, and cancels the stream', async () => {
      const { server, replies } = serve();
      let cancelled = false;
      const bytes = bytesOf(makeItems(50));
      const stream = new ReadableStream<Uint8Array>({
        pull: (controller) => controller.enqueue(bytes.slice(0, 10)),
        cancel: () => {
          cancelled = true;
        },
      });
      server.receive({ type: 'load', id: 3, load: 3, endpoint: ENDPOINT, status: 200, body: stream });
      server.receive({ type: 'cancel', load: 3 });
      expect(await settled(replies, 3)).toEqual({ id: 3, ok: false, failure: { kind: 'cancelled' } });
      await vi.waitFor(() => expect(cancelled).toBe(true));
      expect(replies).toHaveLength(1);
    });
  });
});
