import { answerFailed, type ForeignAnswer, type PreparedGet } from '@/api/client';
import { ApiError } from '@/api/errors';
import type { ListPage, ListPlace, ListView, WholeListSpec } from './dataset';
import {
  WholeListServer,
  type LoadedCount,
  type WholeListFailure,
  type WholeListReply,
  type WholeListRequest,
} from './server';

/**
 * What a list's worker module exports: its own URL (a worker runs that very module, so it
 * shares the app's chunks, zod included, instead of a second copy) and the spec it serves.
 */
export type WholeListWorker<Row> = { url: string; spec: WholeListSpec<Row> };

/** The worker dropped this answer (too many kept, or cancelled): load it again. */
export class WholeListGone extends Error {
  constructor() {
    super('The list is no longer loaded.');
    this.name = 'WholeListGone';
  }
}

/**
 * A validated whole list held by its worker: what the query cache keeps instead of the rows.
 * Every method asks the worker; `signal` cancels the question.
 */
export type WholeList<Row> = {
  /** Names this answer among the list's answers (part of a view's query key). */
  readonly id: number;
  /** Rows in the answer. */
  readonly count: number;
  view: (view: ListView, page: number, pageSize: number, signal?: AbortSignal) => Promise<ListPage<Row>>;
  /** Every row of the view, in order (CSV export). */
  rows: (view: ListView, signal?: AbortSignal) => Promise<Row[]>;
  /** Where the row with this id stands in the view (the review flow); `null` when not in it. */
  locate: (view: ListView, row: string, signal?: AbortSignal) => Promise<ListPlace<Row> | null>;
  /** Frees the rows in the worker (the query left the cache). */
  release: () => void;
};

type Port = { post: (message: WholeListRequest) => void };
type Pending = { resolve: (value: unknown) => void; reject: (error: unknown) => void; endpoint: string };
type Ask = WholeListRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

const handles = new WeakSet<object>();

export function isWholeList(value: unknown): value is WholeList<unknown> {
  return typeof value === 'object' && value !== null && handles.has(value);
}

const aborted = (endpoint: string) => new ApiError({ kind: 'aborted', endpoint });

/**
 * The page's side of one list's worker: streams answers to it and asks it for views. Where
 * there are no workers (happy-dom) the same server runs in the page, a task later, so callers
 * see the same asynchronous behaviour.
 */
export class WholeListConnection<Row> {
  private port: Port;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly worker: WholeListWorker<Row>,
    useWorker = typeof Worker !== 'undefined',
  ) {
    this.port = useWorker ? this.workerPort() : this.inlinePort();
  }

  /**
   * Has the worker send `request` and read its answer. Marks `waa:list <endpoint>` on the
   * page's performance timeline from the request to the answer's last byte (the bench reads
   * it; DevTools shows it).
   */
  async load(request: PreparedGet, signal?: AbortSignal): Promise<WholeList<Row>> {
    const { endpoint } = request;
    const load = this.nextId++;
    const start = performance.now();
    let count: number;
    try {
      const loaded = await this.ask<LoadedCount>({ type: 'load', load, request }, endpoint, signal);
      count = loaded.count;
      performance.measure(`waa:list ${endpoint}`, {
        start,
        end: Math.max(start, loaded.receivedAt - performance.timeOrigin),
      });
    } catch (error) {
      this.port.post({ type: 'cancel', load });
      if (error instanceof ForeignAnswerError) return answerFailed(endpoint, error.answer);
      throw error;
    }
    const list: WholeList<Row> = {
      id: load,
      count,
      view: (view, page, pageSize, signal) =>
        this.ask({ type: 'view', load, view, page, pageSize }, endpoint, signal),
      rows: (view, signal) => this.ask({ type: 'rows', load, view }, endpoint, signal),
      locate: (view, row, signal) => this.ask({ type: 'locate', load, view, row }, endpoint, signal),
      release: () => this.port.post({ type: 'cancel', load }),
    };
    handles.add(list);
    return list;
  }

  private ask<T>(message: Ask, endpoint: string, signal?: AbortSignal): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(aborted(endpoint));
      const onAbort = () => {
        this.pending.delete(id);
        this.port.post({ type: 'cancel', id });
        reject(aborted(endpoint));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => signal?.removeEventListener('abort', onAbort);
      this.pending.set(id, {
        resolve: (value) => {
          done();
          resolve(value as T);
        },
        reject: (error) => {
          done();
          reject(error);
        },
        endpoint,
      });
      this.port.post({ ...message, id } as WholeListRequest);
    });
  }

  private settle(reply: WholeListReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if (reply.ok) pending.resolve(reply.value);
    else pending.reject(errorOf(reply.failure, pending.endpoint));
  }

  private workerPort(): Port {
    const worker = new Worker(this.worker.url, { type: 'module', name: 'whole-list' });
    worker.addEventListener('message', (event: MessageEvent<WholeListReply>) => this.settle(event.data));
    // A worker that cannot start (an old browser, a blocked script): what was asked fails with
    // a Retry, and every later answer is read in the page.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      this.port = this.inlinePort();
      for (const [id, pending] of this.pending) {
        this.pending.delete(id);
        pending.reject(new Error(`The list could not be read in the background (${pending.endpoint}).`));
      }
    });
    return { post: (message) => worker.postMessage(message) };
  }

  private inlinePort(): Port {
    const server = new WholeListServer(this.worker.spec, (reply) => this.settle(reply));
    return { post: (message) => setTimeout(() => server.receive(message), 0) };
  }
}

/** The worker's answer was not a 2xx JSON body: `load` hands it to the client. */
class ForeignAnswerError extends Error {
  constructor(readonly answer: ForeignAnswer) {
    super(`HTTP ${answer.status}`);
  }
}

function errorOf(failure: WholeListFailure, endpoint: string): Error {
  switch (failure.kind) {
    case 'api':
      return new ApiError(failure.init);
    case 'answer':
      return new ForeignAnswerError(failure.answer);
    case 'network':
      return new ApiError({ kind: 'network', endpoint });
    case 'gone':
      return new WholeListGone();
    case 'cancelled':
      return aborted(endpoint);
    case 'bug':
      return new Error(failure.message);
  }
}
