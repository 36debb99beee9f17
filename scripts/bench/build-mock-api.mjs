// Bundles the fixture API server (scripts/bench/mock-api.ts, the MSW handlers behind node:http)
// into one file Node runs: `npm run bench` and the nginx e2e suite both start it.
//
//   node scripts/bench/build-mock-api.mjs <outDir>      → <outDir>/mock-api.mjs
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export async function buildMockApi(outDir) {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      ssr: 'scripts/bench/mock-api.ts',
      outDir,
      emptyOutDir: true,
      target: 'node20',
      rolldownOptions: { output: { entryFileNames: 'mock-api.mjs' } },
    },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2];
  if (!outDir) throw new Error('usage: node scripts/bench/build-mock-api.mjs <outDir>');
  await buildMockApi(outDir);
}
