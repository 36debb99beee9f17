// Page loads measured in a Chromium that no DevTools network client watches.
//
// Playwright enables the DevTools Network domain in every page it drives; Chromium then keeps
// a copy of every response body under its buffer limit for DevTools and decodes it to text on
// the page's main thread when the body ends (ResponseBodyLoader::DidFinishLoadingBody →
// TextResourceDecoder::Decode): one 190 ms task for by-user/'s 12.6 MB at 50,000 visitors, and
// ~0.4 s later first rows. No staff member's browser does that, so the whole lists' load
// (first rows, and the stalls while loading) is measured here: a second Chromium spoken to
// over the bare protocol with only the Page and Runtime domains.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, ORIGIN, TOKEN, VIEWPORT, WAIT } from './cli.mjs';
import { initScript } from './probes.mjs';
import { NotAvailable } from './stats.mjs';

/** Starts the second Chromium; `load` measures one visit, `close` ends it. */
export async function launchQuiet() {
  if (typeof WebSocket === 'undefined')
    throw new Error('The bench needs Node 22+ or --experimental-websocket.');
  const profile = mkdtempSync(join(tmpdir(), 'bench-quiet-'));
  const chrome = spawn(
    process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    [
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      ...chromiumArgs(),
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const url = await new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(
      () => reject(new Error('Chromium did not open its DevTools port in 30 s')),
      30_000,
    );
    chrome.on('exit', (code) => reject(new Error(`Chromium exited with ${code}`)));
    chrome.stderr.on('data', (data) => {
      text += data;
      const found = text.match(/DevTools listening on (ws:\S+)/);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
  });
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', reject, { once: true });
  });
  let nextId = 1;
  const waiting = new Map();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(event.data);
    const done = waiting.get(message.id);
    if (!done) return;
    waiting.delete(message.id);
    if (message.error) done.reject(new Error(`${done.method}: ${message.error.message}`));
    else done.resolve(message.result);
  });
  const send = (method, params = {}, sessionId = undefined) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject, method });
      socket.send(JSON.stringify({ id, method, params, sessionId }));
    });
  const evaluate = async (sessionId, expression) => {
    const { result, exceptionDetails } = await send(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true },
      sessionId,
    );
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  };

  /**
   * Opens `path` signed in, in a fresh profile context; resolves when `caption`'s table shows
   * rows: that moment, the `endpoint` response's timing, and the longest stalls from the
   * navigation and from the list's request to the page settling (page clock).
   */
  async function load(path, { caption, endpoint }) {
    const { browserContextId } = await send('Target.createBrowserContext');
    try {
      const { targetId } = await send('Target.createTarget', { url: 'about:blank', browserContextId });
      const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
      await send('Page.enable', {}, sessionId);
      await send(
        'Emulation.setDeviceMetricsOverride',
        { ...VIEWPORT, deviceScaleFactor: 1, mobile: false },
        sessionId,
      );
      const source = `(${initScript})(${JSON.stringify({ token: TOKEN })})`;
      await send('Page.addScriptToEvaluateOnNewDocument', { source }, sessionId);
      await send('Page.navigate', { url: `${ORIGIN}${path}` }, sessionId);
      const started = Date.now();
      let ready = false;
      // Polled once a frame, as Playwright's `waitForFunction(..., { polling: 'raf' })` does.
      const probe = `new Promise((resolve) => requestAnimationFrame(() =>
        resolve(window.__bench ? window.__bench.tableReady(${JSON.stringify(caption)}) : false)))`;
      while (!ready) {
        if (Date.now() - started > WAIT)
          throw new NotAvailable(`${caption} rows did not appear within ${WAIT / 1000} s`);
        ready = await evaluate(sessionId, probe).catch(() => false);
      }
      return await evaluate(
        sessionId,
        `window.__bench.settle().then((settled) => {
          // The list's worker sends the request: the app marks it on the page's timeline
          // (\`waa:list <endpoint>\`, from the request to the answer's last byte).
          const measure = performance
            .getEntriesByType('measure')
            .filter((m) => m.name.startsWith('waa:list ') && m.name.endsWith(${JSON.stringify(endpoint)}))
            .at(-1);
          const response = measure
            ? { start: measure.startTime, responseEnd: measure.startTime + measure.duration }
            : null;
          return {
            ready: ${ready},
            response,
            fromNavigation: window.__bench.stallsBetween({ from: 0, to: settled }),
            fromRequest: window.__bench.stallsBetween({ from: response ? response.start : 0, to: settled }),
          };
        })`,
      );
    } finally {
      await send('Target.disposeBrowserContext', { browserContextId }).catch(() => undefined);
    }
  }

  async function close() {
    socket.close();
    chrome.kill();
    await new Promise((resolve) => (chrome.exitCode === null ? chrome.once('exit', resolve) : resolve()));
    // Chromium's helpers may still be writing: a leftover temporary profile is harmless.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    } catch {
      // Left for the system's temporary-file cleanup.
    }
  }

  return { load, close };
}
