import type { ForeignAnswer, PreparedGet } from '@/api/client';
import { ApiError, isJsonContentType, type ApiErrorInit } from '@/api/errors';
import { WholeListLoader, type Dataset, type ListView, type WholeListSpec } from './dataset';

/**
 * Messages from the page. `load` names one answer; `id` one request that is answered. The
 * worker sends the prepared request itself (the answer's bytes never pass through the page)
 * and answers `load` with the row count once the body has been read.
 */
export type WholeListRequest =
  | { type: 'load'; id: number; load: number; request: PreparedGet }
  | { type: 'view'; id: number; load: number; view: ListView; page: number; pageSize: number }
  | { type: 'rows'; id: number; load: number; view: ListView }
  | { type: 'locate'; id: number; load: number; view: ListView; row: string }
  /** A request the page no longer waits for, or (with `load`) an answer it no longer wants. */
  | { type: 'cancel'; id?: number; load?: number };

export type WholeListFailure =
  | { kind: 'api'; init: ApiErrorInit }
  /** Not a 2xx JSON answer: the page's client turns it into its error (`answerFailed`). */
  | { kind: 'answer'; answer: ForeignAnswer }
  | { kind: 'network' }
  /** The answer was dropped (cancelled, or the oldest of too many): load it again. */
  | { kind: 'gone' }
  | { kind: 'cancelled' }
  | { kind: 'bug'; message: string };

export type WholeListReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; failure: WholeListFailure };

/** The row count of a loaded answer, and when its body ended (epoch ms, for the page's clock). */
export type LoadedCount = { count: number; receivedAt: number };

type Queued = Extract<WholeListRequest, { type: 'view' | 'rows' | 'locate' }>;

/** Answers kept at once: a few filter sets of up to 200,000 rows each. */
const KEEP = 3;

/**
 * The whole-list worker's side: reads answers as their chunks arrive, then answers views of
 * them. Chunks are read as they come (the heavy part, overlapping the download); views wait in
 * a queue worked one per task, so a newer view supersedes an older one that has not started
 * and a cancel arriving in between is seen. The same object serves a Worker and, where there
 * are none (happy-dom in unit tests), the page itself.
 */
export class WholeListServer<Row> {
  /** Answers still arriving: the `load` request waiting for the row count, its fetch and reader. */
  private readonly loading = new Map<
    number,
    { id: number; endpoint: string; abort: AbortController; loader?: WholeListLoader<Row> }
  >();
  private readonly datasets = new Map<number, Dataset<Row>>();
  private readonly queue: Queued[] = [];
  private scheduled = false;

  constructor(
    private readonly spec: WholeListSpec<Row>,
    private readonly reply: (message: WholeListReply) => void,
  ) {}

  receive(message: WholeListRequest): void {
    switch (message.type) {
      case 'load': {
        const { id, load, request } = message;
        const abort = new AbortController();
        this.loading.set(load, { id, endpoint: request.endpoint, abort });
        void this.fetch(load, request, abort.signal);
        return;
      }
      case 'cancel':
        return this.cancel(message);
      default:
        this.enqueue(message);
    }
  }

  /** Sends the request; a 2xx JSON answer is read as it arrives, anything else goes back whole. */
  private async fetch(load: number, request: PreparedGet, signal: AbortSignal): Promise<void> {
    let response: Response;
    try {
      response = await fetch(request.url, {
        method: 'GET',
        headers: request.headers,
        credentials: 'omit',
        signal,
      });
    } catch {
      const loading = this.loading.get(load);
      if (!loading) return;
      this.loading.delete(load);
      return this.fail(loading.id, { kind: 'network' });
    }
    const loading = this.loading.get(load);
    if (!loading) {
      void response.body?.cancel().catch(() => undefined);
      return;
    }
    const contentType = response.headers.get('Content-Type');
    if (!response.ok || !isJsonContentType(contentType) || !response.body) {
      let body = '';
      try {
        body = await response.text();
      } catch {
        // The status says enough.
      }
      if (!this.loading.has(load)) return;
      this.loading.delete(load);
      const retryAfter = response.headers.get('Retry-After');
      return this.fail(loading.id, {
        kind: 'answer',
        answer: { status: response.status, contentType, retryAfter, body },
      });
    }
    loading.loader = new WholeListLoader(this.spec, request.endpoint, response.status);
    return this.read(load, response.body);
  }

  /** Reads the body as it arrives; stops when the answer is cancelled. */
  private async read(load: number, body: ReadableStream<Uint8Array>): Promise<void> {
    const reader = body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        const loading = this.loading.get(load);
        if (!loading) {
          void reader.cancel().catch(() => undefined);
          return;
        }
        if (done) break;
        loading.loader?.push(value);
      }
      this.finish(load, performance.timeOrigin + performance.now());
    } catch {
      const loading = this.loading.get(load);
      if (!loading?.loader) return;
      this.loading.delete(load);
      // A body cut off mid-way reads as `response.json()` would have read it.
      return this.fail(loading.id, failureOf(loading.loader.cutOff()));
    }
  }

  /** `receivedAt`: when the body's last byte was read (epoch ms). */
  private finish(load: number, receivedAt: number): void {
    const loading = this.loading.get(load);
    if (!loading?.loader) return;
    this.loading.delete(load);
    try {
      const dataset = loading.loader.end();
      this.datasets.set(load, dataset);
      // The oldest answers go first; a view of one of them asks for it again (`gone`).
      while (this.datasets.size > KEEP) this.datasets.delete(this.datasets.keys().next().value as number);
      const value: LoadedCount = { count: dataset.size, receivedAt };
      this.reply({ id: loading.id, ok: true, value });
    } catch (error) {
      this.fail(loading.id, failureOf(error));
    }
  }

  private cancel({ id, load }: { id?: number; load?: number }): void {
    if (load !== undefined) {
      const loading = this.loading.get(load);
      this.loading.delete(load);
      this.datasets.delete(load);
      if (loading) {
        loading.abort.abort();
        this.fail(loading.id, { kind: 'cancelled' });
      }
    }
    if (id !== undefined) {
      const at = this.queue.findIndex((queued) => queued.id === id);
      if (at >= 0) this.queue.splice(at, 1);
    }
  }

  private enqueue(message: Queued): void {
    if (message.type === 'view') {
      // Only the newest view of an answer is worth computing: older ones have been replaced.
      for (let i = this.queue.length - 1; i >= 0; i--) {
        const queued = this.queue[i];
        if (queued.type === 'view' && queued.load === message.load) {
          this.queue.splice(i, 1);
          this.fail(queued.id, { kind: 'cancelled' });
        }
      }
    }
    this.queue.push(message);
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.queue.length === 0) return;
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      const next = this.queue.shift();
      if (next) this.answer(next);
      this.schedule();
    }, 0);
  }

  private answer(message: Queued): void {
    const dataset = this.datasets.get(message.load);
    if (!dataset) return this.fail(message.id, { kind: 'gone' });
    try {
      const value =
        message.type === 'view'
          ? dataset.page(message.view, message.page, message.pageSize)
          : message.type === 'locate'
            ? dataset.locate(message.view, message.row)
            : dataset.all(message.view);
      this.reply({ id: message.id, ok: true, value });
    } catch (error) {
      this.fail(message.id, failureOf(error));
    }
  }

  private fail(id: number, failure: WholeListFailure): void {
    this.reply({ id, ok: false, failure });
  }
}

function failureOf(error: unknown): WholeListFailure {
  if (error instanceof ApiError) {
    const { kind, endpoint, status, detail, fieldErrors, retryAfterSeconds, field } = error;
    return { kind: 'api', init: { kind, endpoint, status, detail, fieldErrors, retryAfterSeconds, field } };
  }
  return { kind: 'bug', message: error instanceof Error ? error.message : String(error) };
}

/** The parts of a dedicated worker's global scope used here (the DOM lib has no worker types). */
type WorkerScope = {
  postMessage: (message: WholeListReply) => void;
  addEventListener: (type: 'message', listener: (event: MessageEvent<WholeListRequest>) => void) => void;
};

/** In a worker: answers the page's messages with this spec. Does nothing in a page. */
export function serveWholeList<Row>(spec: WholeListSpec<Row>): void {
  if (!('WorkerGlobalScope' in globalThis)) return;
  const scope = globalThis as unknown as WorkerScope;
  const server = new WholeListServer(spec, (message) => scope.postMessage(message));
  scope.addEventListener('message', (event) => server.receive(event.data));
}
