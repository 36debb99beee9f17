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
    server.receive({ type: 'begin', load, endpoint: ENDPOINT, status: 200 });
    server.receive({ type: 'chunk', load, chunk: bytesOf(makeItems(count)) });
    server.receive({ type: 'end', id: 1000 + load, load });
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
    const { server, reply } = serve();
    server.receive({ type: 'begin', load: 3, endpoint: ENDPOINT, status: 200 });
    server.receive({ type: 'chunk', load: 3, chunk: bytesOf(makeItems(10)).subarray(0, 50) });
    server.receive({ type: 'cancel', load: 3 });
    // Chunks still on their way are ignored.
    server.receive({ type: 'chunk', load: 3, chunk: new Uint8Array([93]) });
    server.receive({ type: 'end', id: 9, load: 3 });
    expect(reply(9)).toEqual({ id: 9, ok: false, failure: { kind: 'cancelled' } });
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
    server.receive({ type: 'begin', load: 5, endpoint: ENDPOINT, status: 200 });
    server.receive({
      type: 'chunk',
      load: 5,
      chunk: bytesOf([...makeItems(3), { id: 'x', n: 1.5, at: null }]),
    });
    server.receive({ type: 'end', id: 6, load: 5 });
    expect(reply(6)).toMatchObject({
      ok: false,
      failure: { kind: 'api', init: { kind: 'malformed', endpoint: ENDPOINT, status: 200, field: '[3].n' } },
    });
  });
});
