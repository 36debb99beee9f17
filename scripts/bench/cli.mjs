// The command line of `npm run bench` and the constants every section shares (see run.mjs).
import { readFileSync } from 'node:fs';
import os from 'node:os';

export const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
export const RUNS = Math.max(1, Number(option('runs', process.env.BENCH_RUNS ?? 5)));
/** The sections, in the order they run (`--only` picks some). */
const SECTIONS = ['budget', 'transcript', 'lists', 'interactions', 'requests'];
const ONLY = option('only', '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);

export const USAGE = `npm run bench [-- options]     (or: node --experimental-websocket scripts/bench/run.mjs [options])

Builds the production bundle, serves it in front of the fixture API (scenario \`large\`, then
\`huge\` for the whole lists at 200,000 rows) and drives Chromium; prints medians and writes
bench-results/latest.json.

  --runs N            runs per measurement (default 5, or BENCH_RUNS)
  --only a,b          some sections: ${SECTIONS.join(', ')}
                      (lists = visitors and conversations at 50,000 and 200,000 rows)
  --no-huge           the lists at 50,000 rows only (skips building the 200,000-row dataset)
  --no-build          reuse dist-bench/ and dist-bench-api/ from the last run
  --trace             keep a Chromium trace of one transcript scroll in bench-results/
  --scroll-step N     viewports per frame while scrolling the transcript (default 5)
  --help              this text

Environment: BENCH_PORT (4190; the API on BENCH_PORT + 1), BENCH_RUNS, CHROMIUM_PATH.`;

/** `--help`, or an `--only` section that does not exist (which would measure nothing). */
export const HELP = args.includes('--help') || args.includes('-h');
export const UNKNOWN_SECTIONS = ONLY.filter((name) => !SECTIONS.includes(name));
export const SKIP_BUILD = args.includes('--no-build');
/** `--no-huge`: the lists at 50,000 rows only (the 200,000-row dataset takes a minute to build). */
export const HUGE = !args.includes('--no-huge');
export const PORT = Number(process.env.BENCH_PORT ?? 4190);
export const API_PORT = PORT + 1;
export const OUT = 'dist-bench';
export const API_OUT = 'dist-bench-api';
export const ORIGIN = `http://127.0.0.1:${PORT}`;
export const TOKEN = '5f1c9a7e2b3d4c8e9f0a1b2c3d4e5f60718293a4'; // mocks/tokens.ts DEMO_TOKENS.staff
export const VIEWPORT = { width: 1366, height: 900 };
export const WAIT = 60_000;
/**
 * Viewports per animation frame while scrolling end to end, like dragging the scrollbar: from 1
 * up, every frame shows a window of turns that has not been rendered before, so the work per
 * frame is the same; 5 keeps a run under 10 s (1 renders every turn and takes 30 s or more).
 */
export const SCROLL_STEP = Number(option('scroll-step', 5));
/** `--trace`: keep a full Chromium trace of one transcript scroll in bench-results/. */
export const TRACE = args.includes('--trace');
export const wanted = (section) => ONLY.length === 0 || ONLY.includes(section);

/** The launch flags this network needs, read from playwright.config.ts so they never drift. */
export function chromiumArgs() {
  const config = readFileSync('playwright.config.ts', 'utf8');
  const block = config.match(/args:\s*\[([^\]]*)\]/)?.[1] ?? '';
  const flags = [...block.matchAll(/'([^']+)'/g)].map((m) => m[1]);
  if (flags.length === 0) throw new Error('Could not read the Chromium args from playwright.config.ts');
  return flags;
}

export const log = (...parts) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);
export const load = () => os.loadavg().map((n) => n.toFixed(2));
