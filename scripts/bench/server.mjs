// The production bundle behind `vite preview`, and the fixture API in its own Node process.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { build, preview } from 'vite';
import { buildMockApi } from './build-mock-api.mjs';
import { API_OUT, API_PORT, log, OUT, PORT } from './cli.mjs';

export async function buildAll() {
  let t = performance.now();
  await build({ logLevel: 'warn', mode: 'production', build: { outDir: OUT, emptyOutDir: true } });
  log(`app built into ${OUT}/ in ${Math.round(performance.now() - t)} ms`);
  t = performance.now();
  await buildMockApi(API_OUT);
  log(`fixture API built into ${API_OUT}/ in ${Math.round(performance.now() - t)} ms`);
  // The baseline lives next to the app (same origin, same proxy), never in public/.
  mkdirSync(`${OUT}/bench-baseline`, { recursive: true });
  cpSync('scripts/bench/baseline', `${OUT}/bench-baseline`, { recursive: true });
}

/** The fixture API on `scenario` (`large`: 50,000 visitors; `huge`: 200,000). */
export function startApi(scenario) {
  // `huge` holds ~250,000 turns and its answers (about 1 GB): more than Node's default heap.
  const child = spawn(process.execPath, ['--max-old-space-size=4096', `${API_OUT}/mock-api.mjs`], {
    env: {
      ...process.env,
      BENCH_API_PORT: String(API_PORT),
      BENCH_SCENARIO: scenario,
      MOCK_API_KEEP_AGGREGATES: '1',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error('fixture API did not start in 180 s')), 180_000);
    child.on('exit', (code, signal) => reject(new Error(`fixture API exited with ${code ?? signal}`)));
    child.stdout.on('data', (data) => {
      buffer += data;
      const line = buffer.split('\n').find((l) => l.includes('"ready":true'));
      if (line) {
        clearTimeout(timer);
        resolve({ child, info: JSON.parse(line) });
      }
    });
  });
}

export async function startPreview() {
  // vite.config.ts proxies /api/ to WALDUR_API_URL in preview: the app calls its own origin.
  process.env.WALDUR_API_URL = `http://127.0.0.1:${API_PORT}`;
  return preview({
    logLevel: 'warn',
    build: { outDir: OUT },
    preview: { host: '127.0.0.1', port: PORT, strictPort: true, open: false },
  });
}
