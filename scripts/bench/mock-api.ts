/**
 * The fixture API as a real HTTP server, for `npm run bench` and for the nginx e2e suite (which
 * proxies `/api/` to it through the shipped nginx configuration).
 *
 * In the demo build the fixtures answer inside the page (MSW's handlers run on the page's main
 * thread), so building the large dataset and every filter over 200,000 turns would be charged to
 * the app under test. Here the same handlers and the same dataset run in their own Node process,
 * behind `vite preview`'s proxy, the way a Waldur server sits behind nginx: the browser only
 * pays for what the app does with the responses.
 *
 * With `MOCK_API_KEEP_AGGREGATES=1` (the bench) the whole-array aggregates (`by-user/`,
 * `conversations/`) are computed once per URL and kept: grouping 250,000 turns and serialising
 * 200,000 rows takes the fixtures seconds in Node, which is neither the app's time nor a real
 * server's. The bench's warm-up load fills the cache; `Server-Timing` reports what each answer
 * really took.
 *
 * Bundled by scripts/bench/build-mock-api.mjs; `MOCK_API_PORT` (or `BENCH_API_PORT`, 4191) and
 * `MOCK_API_SCENARIO` (or `BENCH_SCENARIO`, `large`).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import { handlers } from '../../mocks/handlers';
import { scenarioDb, setScenario } from '../../mocks/scenarios';
import { isScenarioName } from '../../mocks/scenarios/definitions';

const port = Number(process.env.MOCK_API_PORT ?? process.env.BENCH_API_PORT ?? 4191);
const scenario = process.env.MOCK_API_SCENARIO ?? process.env.BENCH_SCENARIO ?? 'large';
if (!isScenarioName(scenario)) throw new Error(`Unknown scenario "${scenario}"`);
setScenario(scenario);

const started = performance.now();
const db = scenarioDb();
const buildMs = Math.round(performance.now() - started);

let longest = { id: '', turns: 0 };
for (const [id, turns] of db.bySession) {
  if (id !== '' && turns.length > longest.turns) longest = { id, turns: turns.length };
}

/** What the benchmark needs to know about the dataset (not part of the Waldur API). */
const info = {
  scenario,
  buildMs,
  turns: db.turns.length,
  sessions: [...db.bySession.keys()].filter((id) => id !== '').length,
  visitors: [...db.bySlug.keys()].filter((slug) => slug !== '').length,
  longestSession: longest,
  heapMb: Math.round(process.memoryUsage().heapUsed / 1e6),
};

type Answer = { status: number; headers: Record<string, string>; body: Buffer };
const aggregates = new Map<string, Answer>();
const AGGREGATE = /\/api\/anonymous-chat-interactions\/(by-user|conversations)\/$/;
const keepAggregates = process.env.MOCK_API_KEEP_AGGREGATES === '1';

const FORWARDED = ['authorization', 'accept', 'content-type', 'accept-language', 'x-impersonated-user-uuid'];

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? `127.0.0.1:${port}`}`);
  if (url.pathname === '/__bench/info') {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(info));
    return;
  }
  const headers = new Headers();
  for (const name of FORWARDED) {
    const value = req.headers[name];
    if (typeof value === 'string') headers.set(name, value);
  }
  const t0 = performance.now();
  const cacheKey =
    keepAggregates && AGGREGATE.test(url.pathname) ? `${headers.get('authorization')} ${url.href}` : null;
  const answer = (cacheKey && aggregates.get(cacheKey)) || (await answerOf(url, req.method, headers));
  if (!answer) {
    res.writeHead(404, { 'Content-Type': 'text/html' });
    res.end('<h1>Not Found</h1>');
    return;
  }
  if (cacheKey && answer.status === 200) aggregates.set(cacheKey, answer);
  // Lets the browser's resource timing tell server time from transfer and the app's own work.
  res.writeHead(answer.status, {
    ...answer.headers,
    'server-timing': `app;dur=${(performance.now() - t0).toFixed(1)}`,
    'content-length': String(answer.body.length),
  });
  res.end(answer.body);
}

async function answerOf(url: URL, method: string | undefined, headers: Headers): Promise<Answer | null> {
  const response = await getResponse(handlers, new Request(url, { method, headers }));
  if (!response) return null;
  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    out[name] = value;
  });
  return { status: response.status, headers: out, body: Buffer.from(await response.arrayBuffer()) };
}

createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    res.writeHead(500, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ detail: String(error) }));
  });
}).listen(port, '127.0.0.1', () => {
  console.log(JSON.stringify({ ready: true, port, ...info }));
});
