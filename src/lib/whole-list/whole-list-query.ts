import { keepPreviousData, queryOptions, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { PreparedGet } from '@/api/client';
import { isWholeList, WholeListConnection, type WholeList, type WholeListWorker } from './connection';

type WorkerLoader<Row> = () => Promise<WholeListWorker<Row>>;

// One connection (one worker) per list, made on first use and kept for the life of the page.
const connections = new Map<unknown, Promise<unknown>>();

function connect<Row>(worker: WorkerLoader<Row>): Promise<WholeListConnection<Row>> {
  let connection = connections.get(worker) as Promise<WholeListConnection<Row>> | undefined;
  if (!connection) {
    connection = worker().then((module) => new WholeListConnection(module));
    // A chunk that failed to load may load on the next try.
    connection.catch(() => connections.delete(worker));
    connections.set(worker, connection);
  }
  return connection;
}

/**
 * Starts a list's worker before its first query: called when the list's page module has
 * loaded, so the worker's modules load while the session is being checked instead of after
 * the request has gone (the answer then streams into a worker that is ready to read it).
 */
export function prepareWholeList<Row>(worker: WorkerLoader<Row>): void {
  connect(worker).catch(() => undefined);
}

/**
 * The query of a whole-array endpoint (docs/api.md §1.4): the client makes the request (one
 * client: credentials, 401 handling, error bodies), the list's worker reads, validates and
 * keeps the rows, and the cache holds a `WholeList` handle that asks the worker for views.
 * The worker starts while the request is on its way.
 */
export function wholeListQuery<const K extends QueryKey, Row>(options: {
  queryKey: K;
  /** The request (`prepareGet`): the list's worker sends it and reads the answer. */
  request: () => Promise<PreparedGet>;
  /** A stable function (module scope) loading the list's worker module. */
  worker: WorkerLoader<Row>;
}) {
  // The worker module only decides where the answer is read, not what it holds: not in the key.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: options.queryKey,
    queryFn: async ({ signal }): Promise<WholeList<Row>> => {
      const [request, connection] = await Promise.all([options.request(), connect(options.worker)]);
      return connection.load(request, signal);
    },
    // A filter change keeps the previous rows on screen (dimmed) instead of blanking the table.
    placeholderData: keepPreviousData,
  });
}

const watched = new WeakSet<QueryClient>();

/** Frees a list's rows in its worker when its query leaves the cache. Once per client. */
export function releaseRemovedLists(queryClient: QueryClient): void {
  if (watched.has(queryClient)) return;
  watched.add(queryClient);
  queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'removed') return;
    const data: unknown = event.query.state.data;
    if (isWholeList(data)) data.release();
  });
}
