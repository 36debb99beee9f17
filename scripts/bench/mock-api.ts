/**
 * The fixture API as a real HTTP server, for `npm run bench`.
 *
 * In the demo build the fixtures answer inside the page (MSW's handlers run on the page's main
 * thread), so building the large dataset and every filter over 200,000 turns would be charged to
 * the app under test. Here the same handlers and the same dataset run in their own Node process,
 * behind `vite preview`'s proxy, the way a Waldur server sits behind nginx: the browser only
 * pays for what the app does with the responses.
 *
 * Bundled by scripts/bench/server.mjs; `BENCH_API_PORT` (4191) and `BENCH_SCENARIO` (`large`).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import { handlers } from '../../mocks/handlers';
import { scenarioDb, setScenario } from '../../mocks/scenarios';
import { isScenarioName } from '../../mocks/scenarios/definitions';

const port = Number(process.env.BENCH_API_PORT ?? 4191);
const scenario = process.env.BENCH_SCENARIO ?? 'large';
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

const FORWARDED = ['authorization', 'accept', 'content-type', 'accept-language'];

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
  const response = await getResponse(handlers, new Request(url, { method: req.method, headers }));
  if (!response) {
    res.writeHead(404, { 'Content-Type': 'text/html' });
    res.end('<h1>Not Found</h1>');
    return;
  }
  const body = Buffer.from(await response.arrayBuffer());
  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    out[name] = value;
  });
  // Lets the browser's resource timing tell server time from transfer and the app's own work.
  out['server-timing'] = `app;dur=${(performance.now() - t0).toFixed(1)}`;
  out['content-length'] = String(body.length);
  res.writeHead(response.status, out);
  res.end(body);
}

createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    res.writeHead(500, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ detail: String(error) }));
  });
}).listen(port, '127.0.0.1', () => {
  console.log(JSON.stringify({ ready: true, port, ...info }));
});
