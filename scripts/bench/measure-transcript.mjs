// The 3,000-turn transcript, the app against the plain baseline page (scripts/bench/baseline).
import { mkdirSync, writeFileSync } from 'node:fs';
import { SCROLL_STEP, TRACE } from './cli.mjs';
import { bench, cdpHeapMb, frameWhen, longestTask, newPage, requestStats, trackApi } from './browser.mjs';
import { metric, repeat } from './stats.mjs';

export async function benchTranscript(browser, results, info) {
  const session = info.longestSession.id;
  const fresh = () => ({
    first: [],
    all: [],
    response: [],
    bytes: [],
    end: [],
    task: [],
    taskCpu: [],
    taskApi: [],
    frameGap: [],
    elements: [],
    heap: [],
    reached: [],
  });
  const app = fresh();
  const base = fresh();
  const firstLoad = [];

  async function once(kind) {
    const sample = kind === 'app' ? app : base;
    const { context, page } = await newPage(browser);
    const api = trackApi(page);
    try {
      const url =
        kind === 'app'
          ? `/sessions/${encodeURIComponent(session)}`
          : `/bench-baseline/index.html?session=${encodeURIComponent(session)}`;
      await page.goto(url, { waitUntil: 'commit' });
      const first = await frameWhen(page, 'turnVisible', 1, `${kind}: turn 1`);
      // The app shows the first page of turns while the whole conversation arrives.
      const all = await frameWhen(page, 'allTurnsReady', null, `${kind}: every turn loaded`);
      const response = await bench(page, 'resource', 'by-session/');
      await api.quiet();
      if (kind === 'app') firstLoad.push(requestStats(api.since(0)));
      let elements = await bench(page, 'elementCount');

      // A reader looks at the first screen before pressing End.
      await page.evaluate(() => window.__bench.settle());
      await page.waitForTimeout(300);
      await page.evaluate(
        () => document.activeElement instanceof HTMLElement && document.activeElement.blur(),
      );
      await page.keyboard.press('End');
      const last = await frameWhen(
        page,
        'turnVisible',
        info.longestSession.turns,
        `${kind}: the last turn after End`,
      );
      const pressed = await page.evaluate(() => window.__bench.key);
      elements = Math.max(elements, await bench(page, 'elementCount'));

      await page.evaluate(() => window.scrollTo(0, 0));
      await page.evaluate(() => window.__bench.settle());
      const rich = TRACE && kind === 'app';
      await browser.startTracing(page, {
        categories: rich
          ? [
              'toplevel',
              'devtools.timeline',
              'disabled-by-default-devtools.timeline',
              'v8.execute',
              'disabled-by-default-v8.cpu_profiler',
            ]
          : ['toplevel'],
      });
      const scroll = await bench(page, 'scrollEndToEnd', { step: SCROLL_STEP, maxFrames: 4000 });
      const trace = await browser.stopTracing();
      if (rich) {
        mkdirSync('bench-results', { recursive: true });
        writeFileSync('bench-results/transcript-scroll-trace.json', trace);
      }
      const heap = await cdpHeapMb(page);

      sample.first.push(first);
      sample.all.push(all);
      sample.response.push(response?.responseEnd ?? null);
      sample.bytes.push(response?.bytes ?? null);
      sample.end.push(last - pressed);
      const task = longestTask(trace);
      sample.task.push(task.wall);
      sample.taskCpu.push(task.cpu);
      sample.taskApi.push(scroll.longtaskMax);
      sample.frameGap.push(scroll.maxFrameGap);
      sample.elements.push(Math.max(elements, scroll.maxElements));
      sample.heap.push(heap);
      sample.reached.push(scroll.reachedEnd);
      return {
        kind,
        first: Math.round(first),
        all: Math.round(all),
        responseEnd: Math.round(response?.responseEnd ?? NaN),
        server: response?.server,
        mb: +((response?.bytes ?? 0) / 1e6).toFixed(1),
        end: Math.round(last - pressed),
        longestTask: Math.round(task.wall),
        longestTaskCpu: Math.round(task.cpu),
        longtaskApi: Math.round(scroll.longtaskMax),
        frames: scroll.frames,
        scrollMs: Math.round(scroll.ms),
        height: scroll.height,
        elements: sample.elements.at(-1),
        heapMb: Math.round(heap),
      };
    } finally {
      await context.close();
    }
  }

  // Alternate app and baseline so a change in machine load hits both alike.
  const outcome = await repeat('transcript', async () => {
    const a = await once('app');
    const b = await once('baseline');
    return { app: a, baseline: b };
  });
  const m = results.metrics;
  m.transcriptResponse = metric(
    'Transcript: by-session response received (navigation → last byte)',
    'ms',
    app.response,
    outcome,
    base.response,
  );
  m.transcriptFirstTurn = metric(
    'Transcript 3,000 turns: first turn painted (navigation → turn 1)',
    'ms',
    app.first,
    outcome,
    base.first,
  );
  m.transcriptAllTurns = metric(
    'Transcript: every turn loaded, find and export ready (navigation → whole conversation)',
    'ms',
    app.all,
    outcome,
    base.all,
  );
  m.transcriptEnd = metric(
    'Transcript: last turn on screen after End (key → turn 3,000)',
    'ms',
    app.end,
    outcome,
    base.end,
  );
  m.transcriptLongestTask = metric(
    'Transcript: longest main-thread task scrolling end to end (trace, wall)',
    'ms',
    app.task,
    outcome,
    base.task,
  );
  m.transcriptLongestTaskCpu = metric(
    'Transcript: longest main-thread task scrolling end to end (trace, CPU)',
    'ms',
    app.taskCpu,
    outcome,
    base.taskCpu,
  );
  m.transcriptLongTaskApi = metric(
    'Transcript: longest task, Long Tasks API (0 = none ≥ 50 ms)',
    'ms',
    app.taskApi,
    outcome,
    base.taskApi,
  );
  m.transcriptFrameGap = metric(
    'Transcript: longest frame gap while scrolling',
    'ms',
    app.frameGap,
    outcome,
    base.frameGap,
  );
  m.transcriptElements = metric(
    'Transcript: DOM elements, most at any time',
    'elements',
    app.elements,
    outcome,
    base.elements,
  );
  m.transcriptHeap = metric(
    'Transcript: JS heap after scrolling (after GC)',
    'MB',
    app.heap,
    outcome,
    base.heap,
  );
  m.transcriptReachedEnd = { label: 'scroll reached the end', app: app.reached, baseline: base.reached };
  results.firstLoads.transcript = firstLoad;
}
