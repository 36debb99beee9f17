import { afterEach, describe, expect, it, vi } from 'vitest';
import { configureClient } from '@/api/client';
import { ApiError } from '@/api/errors';
import {
  bytesOf,
  jsonAnswer,
  makeItems,
  preparedGet,
  stubFetch,
  testSpec,
  type TestItem,
} from '@/test/whole-list-spec';
import { isWholeList, WholeListConnection, type WholeListWorker } from './connection';
import { WholeListServer, type WholeListReply, type WholeListRequest } from './server';

const ENDPOINT = '/api/test-list/';
const REQUEST = preparedGet(ENDPOINT);
const MODULE: WholeListWorker<TestItem & { atMs: number | null }> = { url: 'test:worker', spec: testSpec };

/**
 * A stand-in Worker that runs the real server a task later, with every message structured-
 * cloned as a real one would be; `failToStart` makes it fail as a blocked
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

  postMessage(message: WholeListRequest) {
    const copy = structuredClone(message);
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
    configureClient({ onUnauthorized: () => undefined });
  });

  it('reads an answer in the page where there are no workers, and answers views of it', async () => {
    stubFetch(() => jsonAnswer(bytesOf(makeItems(300))));
    const connection = new WholeListConnection(MODULE, false);
    const list = await connection.load(REQUEST);
    expect(isWholeList(list)).toBe(true);
    expect(list.count).toBe(300);
    const page = await list.view(VIEW, 2, 100);
    expect(page).toMatchObject({ page: 2, matched: 300, loaded: 300 });
    expect(page.rows[0].id).toBe('id-00199');
    expect((await list.rows({ ...VIEW, search: 'id-0029' })).map((row) => row.id)).toEqual(
      Array.from({ length: 10 }, (_, i) => `id-0029${9 - i}`),
    );
  });

  it('has the module worker send the request and read the answer: only the request crosses over', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const calls = stubFetch(() => jsonAnswer(bytesOf(makeItems(300)), { parts: 4 }));
    const connection = new WholeListConnection(MODULE);
    const list = await connection.load(REQUEST);
    expect(list.count).toBe(300);
    expect((await list.view(VIEW, 1, 5)).rows.map((row) => row.id)).toEqual([
      'id-00299',
      'id-00298',
      'id-00297',
      'id-00296',
      'id-00295',
    ]);
    expect(FakeWorker.messages[0]).toEqual({
      type: 'load',
      id: expect.any(Number),
      load: 1,
      request: REQUEST,
    });
    expect(calls.map((call) => call.url)).toEqual([REQUEST.url]);
    // From the request to the answer's last byte, on the page's timeline.
    expect(performance.getEntriesByName(`waa:list ${ENDPOINT}`, 'measure').length).toBeGreaterThan(0);
  });

  it('rejects with the ApiError the client would throw, naming the endpoint and the field', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    stubFetch(() => jsonAnswer(bytesOf([...makeItems(5), { id: 'bad', n: 1, at: 'not a date' }])));
    const error = await new WholeListConnection(MODULE).load(REQUEST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'malformed', endpoint: ENDPOINT, field: '[5].at', status: 200 });
  });

  it('reads a body cut off mid-way as invalid JSON', async () => {
    stubFetch(() => jsonAnswer(bytesOf(makeItems(50)), { error: new TypeError('network error') }));
    const error = await new WholeListConnection(MODULE, false).load(REQUEST).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'malformed', endpoint: ENDPOINT, detail: 'Invalid JSON' });
  });

  it('turns an answer that is not 2xx JSON into the client’s error; a 401 signs out', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const onUnauthorized = vi.fn();
    configureClient({ onUnauthorized });
    stubFetch(
      () =>
        new Response('{"detail":"Slow down."}', {
          status: 429,
          headers: { 'Content-Type': 'application/json', 'Retry-After': '30' },
        }),
    );
    const connection = new WholeListConnection(MODULE);
    expect(await connection.load(REQUEST).catch((e: unknown) => e)).toMatchObject({
      kind: 'http',
      endpoint: ENDPOINT,
      status: 429,
      detail: 'Slow down.',
      retryAfterSeconds: 30,
    });
    expect(onUnauthorized).not.toHaveBeenCalled();
    stubFetch(
      () =>
        new Response('{"detail":"Invalid token."}', {
          status: 401,
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    expect(await connection.load(REQUEST).catch((e: unknown) => e)).toMatchObject({
      kind: 'http',
      status: 401,
    });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    stubFetch(
      () => new Response('<!doctype html>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
    );
    expect(await connection.load(REQUEST).catch((e: unknown) => e)).toMatchObject({
      kind: 'not-json',
      status: 200,
    });
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await connection.load(REQUEST).catch((e: unknown) => e)).toMatchObject({
      kind: 'network',
      endpoint: ENDPOINT,
    });
  });

  it('cancels a question whose signal aborts: it rejects at once and the worker drops it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const calls = stubFetch(() => jsonAnswer(bytesOf(makeItems(50))));
    const connection = new WholeListConnection(MODULE);
    const list = await connection.load(REQUEST);
    const controller = new AbortController();
    const asked = list.view(VIEW, 1, 10, controller.signal);
    controller.abort();
    await expect(asked).rejects.toMatchObject({ kind: 'aborted', endpoint: ENDPOINT });
    const view = FakeWorker.messages.find((m) => m.type === 'view');
    expect(FakeWorker.messages).toContainEqual({ type: 'cancel', id: view && 'id' in view ? view.id : -1 });
    // An aborted load cancels the worker's request.
    stubFetch(() => new Promise<Response>(() => undefined));
    const loading = new AbortController();
    const load = connection.load(REQUEST, loading.signal);
    await vi.waitFor(() => expect(FakeWorker.messages.filter((m) => m.type === 'load')).toHaveLength(2));
    loading.abort();
    await expect(load).rejects.toMatchObject({ kind: 'aborted' });
    expect(FakeWorker.messages.filter((m) => m.type === 'cancel' && m.load !== undefined)).toHaveLength(1);
    expect(calls).toHaveLength(1);
  });

  it('falls back to the page when the worker cannot start, failing only what it was asked', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    stubFetch(() => jsonAnswer(bytesOf(makeItems(20))));
    FakeWorker.failToStart = true;
    const connection = new WholeListConnection(MODULE);
    const first = await connection.load(REQUEST).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(Error);
    expect((first as Error).message).toBe('The list could not be read in the background (/api/test-list/).');
    const retried = await connection.load(REQUEST);
    expect(retried.count).toBe(20);
  });
});
