// `npm run bench`: builds the production bundle, serves it with `vite preview` in front of the
// fixture API (the `large` scenario, then `huge` for the lists at 200,000 rows, each in its own
// Node process), drives Debian's Chromium with Playwright and prints the medians, also written
// to bench-results/latest.json.
//
//   npm run bench                      everything, 5 runs per measurement
//   npm run bench -- --runs 7          more runs
//   npm run bench -- --only transcript,lists   some sections (budget, transcript, lists,
//                                      interactions, requests; `lists` is visitors and
//                                      conversations at 50,000 and 200,000 rows)
//   npm run bench -- --no-huge         the lists at 50,000 rows only
//   npm run bench -- --no-build        reuse dist-bench/ and dist-bench-api/ from the last run
//   npm run bench -- --help            every option
//
// Not part of `npm test`: timed assertions flake on shared machines. Ports: BENCH_PORT (4190)
// for the app, BENCH_PORT + 1 for the API. See README "Performance".
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { chromium } from '@playwright/test';
import {
  args,
  chromiumArgs,
  HELP,
  HUGE,
  load,
  log,
  RUNS,
  SKIP_BUILD,
  UNKNOWN_SECTIONS,
  USAGE,
  wanted,
} from './cli.mjs';
import { benchBudget } from './measure-budget.mjs';
import { benchInteractions } from './measure-lists.mjs';
import { benchTranscript } from './measure-transcript.mjs';
import { benchWholeLists } from './measure-whole-lists.mjs';
import { judge, printReport } from './report.mjs';
import { benchRequests } from './measure-requests.mjs';
import { buildAll, startApi, startPreview } from './server.mjs';

async function main() {
  const started = performance.now();
  const results = {
    generatedAt: new Date().toISOString(),
    command: `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGb: Math.round(os.totalmem() / 1e9),
      loadStart: load(),
    },
    runs: RUNS,
    metrics: {},
    firstLoads: {},
  };
  log(`load average ${results.machine.loadStart.join(' ')} on ${results.machine.cpus} cores`);
  if (!SKIP_BUILD) await buildAll();
  let api = await startApi('large');
  results.dataset = api.info;
  log(`fixture API ready: ${JSON.stringify(api.info)}`);
  const server = await startPreview();
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs(),
    });
    results.browser = `Chromium ${browser.version()}`;
    if (wanted('budget')) await benchBudget(browser, results);
    if (wanted('transcript')) await benchTranscript(browser, results, api.info);
    if (wanted('lists')) await benchWholeLists(browser, results, { size: '50,000', tag: '50k' });
    if (wanted('interactions')) await benchInteractions(browser, results);
    if (wanted('requests')) await benchRequests(browser, results);
    if (wanted('lists') && HUGE) {
      api.child.kill();
      api = await startApi('huge');
      results.hugeDataset = api.info;
      log(`fixture API ready: ${JSON.stringify(api.info)}`);
      await benchWholeLists(browser, results, { size: '200,000', tag: '200k' });
    }
  } finally {
    await browser?.close();
    await server.close();
    api.child.kill();
  }
  results.machine.loadEnd = load();
  results.durationS = Math.round((performance.now() - started) / 1000);
  judge(results);
  console.log(
    `\nnpm run bench · ${results.generatedAt} · ${results.browser} · ${RUNS} runs, medians · load average ${results.machine.loadStart.join(' ')} → ${results.machine.loadEnd.join(' ')} on ${results.machine.cpus} cores · ${results.durationS} s\n`,
  );
  printReport(results);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nWritten to bench-results/latest.json');
}

if (HELP) {
  console.log(USAGE);
} else if (UNKNOWN_SECTIONS.length > 0) {
  console.error(`Unknown section(s) for --only: ${UNKNOWN_SECTIONS.join(', ')}\n\n${USAGE}`);
  process.exitCode = 2;
} else {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
