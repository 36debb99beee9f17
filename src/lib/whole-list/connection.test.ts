import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RawAnswer } from '@/api/client';
import { ApiError } from '@/api/errors';
import { bytesOf, makeItems, testSpec, type TestItem } from '@/test/whole-list-spec';
import { isWholeList, WholeListConnection, type WholeListWorker } from './connection';
import { WholeListServer, type WholeListReply, type WholeListRequest } from './server';

const ENDPOINT = '/api/test-list/';
const MODULE: WholeListWorker<TestItem & { atMs: number | null }> = { url: 'test:worker', spec: testSpec };

/** An answer whose body arrives in `parts` chunks, then ends (or fails with `error`). */
function answer(body: Uint8Array, { parts = 3, error }: { parts?: number; error?: Error } = {}): RawAnswer {
  const size = Math.ceil(body.length / parts);
  let at = 0;
  return {
    endpoint: ENDPOINT,
    status: 200,
    body: new ReadableStream<Uint8Array>({
      pull(controller) {
        if (at < body.length) {
          // A copy: each chunk owns its buffer, as a network chunk does.
          controller.enqueue(body.slice(at, at + size));
          at += size;
        } else if (error) controller.error(error);
        else controller.close();
      },
    }),
  };
}

/**
 * A stand-in Worker that runs the real server a task later, with every message structured-
 * cloned (and transferred) as a real one would be; `failToStart` makes it fail as a blocked
 * script does.
 */
class FakeWorker extends EventTarget {
  static failToStart = false;
  static messages: WholeListRequest[] = [];
  private readonly server = new WholeListServer(testSpec, (reply: WholeListReply) =>
    setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data: structuredClone(reply) }))),
  );

  constructor(
    readonly url: string,
    readonly options: WorkerOptions,
  ) {
    super();
    if (FakeWorker.failToStart)
      setTimeout(() => this.dispatchEvent(new Event('error', { cancelable: true })));
  }

  postMessage(message: WholeListRequest, transfer: Transferable[]) {
    const copy = structuredClone(message, { transfer });
    FakeWorker.messages.push(copy);
    if (!FakeWorker.failToStart) setTimeout(() => this.server.receive(copy));
  }

  terminate() {}
}

const VIEW = { sort: { id: 'id', desc: true }, search: '' };

describe('WholeListConnection', () => {
  afterEach(() => {
    FakeWorker.failToStart = false;
    FakeWorker.messages = [];
    vi.unstubAllGlobals();
  });

  it('reads an answer in the page where there are no workers, and answers views of it', async () => {
    const connection = new WholeListConnection(MODULE, false);
    const list = await connection.load(answer(bytesOf(makeItems(300))));
    expect(isWholeList(list)).toBe(true);
    expect(list.count).toBe(300);
    const page = await list.view(VIEW, 2, 100);
    expect(page).toMatchObject({ page: 2, matched: 300, loaded: 300 });
    expect(page.rows[0].id).toBe('id-00199');
    expect((await list.rows({ ...VIEW, search: 'id-0029' })).map((row) => row.id)).toEqual(
      Array.from({ length: 10 }, (_, i) => `id-0029${9 - i}`),
    );
  });

  it('moves the answer’s body stream to a module worker, which reads it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const connection = new WholeListConnection(MODULE);
    const list = await connection.load(answer(bytesOf(makeItems(300)), { parts: 4 }));
    expect(list.count).toBe(300);
    expect((await list.view(VIEW, 1, 5)).rows.map((row) => row.id)).toEqual([
      'id-00299',
      'id-00298',
      'id-00297',
      'id-00296',
      'id-00295',
    ]);
    const [load] = FakeWorker.messages;
    expect(load).toMatchObject({ type: 'load', endpoint: ENDPOINT, status: 200 });
    expect(load.type === 'load' && load.body instanceof ReadableStream).toBe(true);
    expect(FakeWorker.messages.filter((m) => m.type === 'chunk')).toHaveLength(0);
  });

  it('where streams cannot move (Safari), posts the chunks, moving each instead of copying it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal(
      'MessageChannel',
      class {
        port1 = {
          postMessage: () => {
            throw new DOMException('ReadableStream is not transferable', 'DataCloneError');
          },
          close: () => undefined,
        };
      },
    );
    const connection = new WholeListConnection(MODULE);
    const body = bytesOf(makeItems(300));
    const list = await connection.load(answer(body, { parts: 4 }));
    expect(list.count).toBe(300);
    expect((await list.view(VIEW, 1, 1)).rows.map((row) => row.id)).toEqual(['id-00299']);
    const [load] = FakeWorker.messages;
    expect(load.type === 'load' && load.body).toBeUndefined();
    const chunks = FakeWorker.messages.filter((m) => m.type === 'chunk');
    expect(chunks).toHaveLength(4);
    expect(chunks.reduce((sum, m) => sum + (m.type === 'chunk' ? m.chunk.length : 0), 0)).toBe(body.length);
    expect(FakeWorker.messages.filter((m) => m.type === 'end')).toHaveLength(1);
  });

  it('rejects with the ApiError the client would throw, naming the endpoint and the field', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const connection = new WholeListConnection(MODULE);
    const items = [...makeItems(5), { id: 'bad', n: 1, at: 'not a date' }];
    const error = await connection.load(answer(bytesOf(items))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'malformed', endpoint: ENDPOINT, field: '[5].at', status: 200 });
  });

  it('reads a body cut off mid-way as invalid JSON', async () => {
    const connection = new WholeListConnection(MODULE, false);
    const error = await connection
      .load(answer(bytesOf(makeItems(50)), { error: new TypeError('network error') }))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'malformed', endpoint: ENDPOINT, detail: 'Invalid JSON' });
  });

  it('cancels a question whose signal aborts: it rejects at once and the worker drops it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const connection = new WholeListConnection(MODULE);
    const list = await connection.load(answer(bytesOf(makeItems(50))));
    const controller = new AbortController();
    const asked = list.view(VIEW, 1, 10, controller.signal);
    controller.abort();
    await expect(asked).rejects.toMatchObject({ kind: 'aborted', endpoint: ENDPOINT });
    const view = FakeWorker.messages.find((m) => m.type === 'view');
    expect(FakeWorker.messages).toContainEqual({ type: 'cancel', id: view && 'id' in view ? view.id : -1 });
    // An aborted load stops the worker reading it.
    const loading = new AbortController();
    const load = connection.load(
      answer(bytesOf(makeItems(50)), { error: new DOMException('', 'AbortError') }),
      loading.signal,
    );
    loading.abort();
    await expect(load).rejects.toMatchObject({ kind: 'aborted' });
    expect(FakeWorker.messages.filter((m) => m.type === 'cancel' && m.load !== undefined)).toHaveLength(1);
  });

  it('falls back to the page when the worker cannot start, failing only what it was asked', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.failToStart = true;
    const connection = new WholeListConnection(MODULE);
    const first = await connection.load(answer(bytesOf(makeItems(20)))).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(Error);
    expect((first as Error).message).toBe('The list could not be read in the background (/api/test-list/).');
    const retried = await connection.load(answer(bytesOf(makeItems(20))));
    expect(retried.count).toBe(20);
  });
});
