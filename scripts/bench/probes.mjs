// In-page code for `npm run bench`. Everything here runs inside Chromium, so it is plain
// JavaScript with no imports; Playwright serialises each function with `toString()`.

/**
 * Installed in every page before its scripts run: input timestamps (the event's own
 * `timeStamp`, on the page's clock) and a dormant watcher for loading placeholders.
 */
export function initScript({ token }) {
  if (token && !sessionStorage.getItem('waa.token')) sessionStorage.setItem('waa.token', token);
  const bench = {
    click: 0,
    key: 0,
    submit: 0,
    skeletons: 0,
    busy: 0,
    skeletonNames: [],
    watching: false,
  };
  window.__bench = bench;
  addEventListener('click', (event) => (bench.click = event.timeStamp), true);
  addEventListener('keydown', (event) => (bench.key = event.timeStamp), true);
  addEventListener('submit', (event) => (bench.submit = event.timeStamp), true);
  try {
    performance.setResourceTimingBufferSize(100_000);
  } catch {
    // Older engines: the default buffer is enough for one measurement.
  }

  // Main-thread responsiveness from the first script on (the lists section reads it):
  //  - timer lateness: a 10 ms timer, re-armed on each tick; how late each tick ran is how long
  //    a timer such as the budget card's 1 s countdown would have been held up at that moment;
  //  - animation-frame gaps;
  //  - long tasks (the Long Tasks API: every task over 50 ms).
  // Only stalls (over 8 ms late, frames over 20 ms apart) are kept, with the time they ended.
  const stalls = { timer: [], frame: [], longtask: [] };
  bench.stalls = stalls;
  let due = performance.now() + 10;
  const tick = () => {
    const now = performance.now();
    if (now - due > 8) stalls.timer.push([now, now - due]);
    due = now + 10;
    setTimeout(tick, 10);
  };
  setTimeout(tick, 10);
  let lastFrame = performance.now();
  const frame = (now) => {
    if (now - lastFrame > 20) stalls.frame.push([now, now - lastFrame]);
    lastFrame = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        stalls.longtask.push([entry.startTime + entry.duration, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: that column stays empty.
  }
  /** The longest of each kind of stall that ended within [from, to] (page clock). */
  bench.stallsBetween = ({ from, to }) => {
    const longest = (list) =>
      list.reduce((max, [at, ms]) => (at >= from && at <= to ? Math.max(max, ms) : max), 0);
    return { timer: longest(stalls.timer), frame: longest(stalls.frame), longtask: longest(stalls.longtask) };
  };
  // A skeleton is the app's `Skeleton` with a label: role=status, "Loading …".
  const SKELETON = '[role="status"][aria-label^="Loading"]';
  bench.watch = () => {
    if (bench.watching) return;
    bench.watching = true;
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes') {
          if (record.target.getAttribute('aria-busy') === 'true') bench.busy += 1;
          continue;
        }
        for (const node of record.addedNodes) {
          if (node.nodeType !== 1) continue;
          const found = node.matches(SKELETON) ? [node] : [...node.querySelectorAll(SKELETON)];
          bench.skeletons += found.length;
          for (const el of found) bench.skeletonNames.push(el.getAttribute('aria-label'));
          if (node.getAttribute('aria-busy') === 'true') bench.busy += 1;
          bench.busy += node.querySelectorAll('[aria-busy="true"]').length;
        }
      }
    }).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-busy'],
    });
  };
  bench.reset = () => {
    bench.skeletons = 0;
    bench.busy = 0;
    bench.skeletonNames = [];
  };

  // ---- predicates for page.waitForFunction({ polling: 'raf' }): the frame time when true ------

  /** The budget card ("Token budget today") shows a percentage in its gauge. */
  bench.budgetPercentShown = () => {
    const heading = [...document.querySelectorAll('h2')].find(
      (h) => h.textContent.trim() === 'Token budget today',
    );
    const meter = heading?.closest('section')?.querySelector('[role="meter"]');
    return meter && /\d\s?%/.test(meter.textContent) ? performance.now() : false;
  };

  /** Turn `n` of the conversation (an article named "Turn n of …") is inside the viewport. */
  bench.turnVisible = (n) => {
    const article = [...document.querySelectorAll('article[aria-label]')].find((a) =>
      a.getAttribute('aria-label').startsWith(`Turn ${n} of `),
    );
    if (!article) return false;
    const rect = article.getBoundingClientRect();
    return rect.height > 0 && rect.top < innerHeight && rect.bottom > 0 ? performance.now() : false;
  };

  /** `caption` is a table's caption, or a list of names it has had (pages are still moving). */
  const tableByCaption = (caption) => {
    const names = Array.isArray(caption) ? caption : [caption];
    return [...document.querySelectorAll('table')].find((t) =>
      names.includes(t.querySelector('caption')?.textContent.trim()),
    );
  };

  /** The table has body rows with cells and is not marked busy. */
  bench.tableReady = (caption) => {
    const table = tableByCaption(caption);
    if (!table || table.getAttribute('aria-busy') === 'true') return false;
    const row = table.querySelector('tbody tr');
    return row && row.querySelectorAll('td').length > 1 ? performance.now() : false;
  };

  /** First body row's text, to tell new rows from old ones. */
  bench.firstRowText = (caption) => {
    return tableByCaption(caption)?.querySelector('tbody tr')?.textContent ?? '';
  };

  /**
   * The column is the sorted one (aria-sort) and the table is idle. Header and rows come from
   * the same render (the URL's sort), so this is the frame the re-sorted rows are on screen;
   * the rows' own order is checked too.
   */
  bench.sortedBy = ({ caption, column }) => {
    const table = tableByCaption(caption);
    if (!table || table.getAttribute('aria-busy') === 'true') return false;
    const headers = [...table.querySelectorAll('thead th')];
    const index = headers.findIndex((h) => h.querySelector('button')?.textContent.trim().startsWith(column));
    const sort = headers[index]?.getAttribute('aria-sort');
    if (!sort || sort === 'none') return false;
    // The column's cells are the ones under its header: grouped headers (Offerings, Tokens) make
    // the header's index among the `th`s differ from its cells' index in a row.
    const left = headers[index].getBoundingClientRect().left;
    const cells = [...table.querySelectorAll('tbody tr')].map(
      (tr) =>
        [...tr.querySelectorAll('td')].find((td) => Math.abs(td.getBoundingClientRect().left - left) < 1)
          ?.textContent ?? '',
    );
    // Blanks (`—`) come last in either direction.
    const blank = (c) => c.trim() === '—';
    const numeric = cells.every((c) => blank(c) || /^[\d,.\s]+$/.test(c));
    const last = sort === 'descending' ? -Infinity : Infinity;
    // Ids shortened in the middle (`37425…0eee7`) are in order by the part before the `…`.
    const keys = numeric
      ? cells.map((c) => (blank(c) ? last : Number(c.replace(/[^\d.]/g, ''))))
      : cells.map((c) => c.split('…')[0].toLowerCase());
    const ordered = keys.every(
      (k, i) => i === 0 || (sort === 'descending' ? keys[i - 1] >= k : keys[i - 1] <= k),
    );
    return ordered ? performance.now() : false;
  };

  /**
   * The list's count says "n of N visitors match" (a search over the rows loaded is applied)
   * and the table is idle. `caption` names the table, `plural` the rows.
   */
  bench.searchApplied = ({ caption, plural }) => {
    const table = tableByCaption(caption);
    if (!table || table.getAttribute('aria-busy') === 'true') return false;
    const live = [...document.querySelectorAll('[aria-live="polite"]')].map((e) => e.textContent.trim());
    const pattern = new RegExp(` of [\\d,]+ ${plural} match`);
    return live.some((t) => pattern.test(t)) ? performance.now() : false;
  };

  /** The list shows rows other than `before` and is idle. */
  bench.rowsChanged = ({ caption, before }) => {
    const table = tableByCaption(caption);
    if (!table || table.getAttribute('aria-busy') === 'true') return false;
    const first = table.querySelector('tbody tr');
    if (!first || first.querySelectorAll('td').length < 2) return false;
    return first.textContent !== before ? performance.now() : false;
  };

  /** Resource timing of the list request for `page` made after `since` (page clock). */
  bench.listResponse = ({ since, page }) => {
    const entries = performance
      .getEntriesByType('resource')
      .filter(
        (e) =>
          e.startTime >= since - 1 &&
          e.name.includes('/api/anonymous-chat-interactions/?') &&
          new URL(e.name).searchParams.get('page') === String(page),
      );
    const entry = entries[entries.length - 1];
    if (!entry) return null;
    const server = entry.serverTiming?.find((t) => t.name === 'app')?.duration ?? null;
    return { start: entry.startTime, responseEnd: entry.responseEnd, server, bytes: entry.encodedBodySize };
  };

  /** The last resource whose URL contains `part`: when it started and ended (page clock). */
  /**
   * The whole conversation is on the page: the app's list of turns is no longer the first page
   * only ("Turns (first 10 of 3,000)"); the baseline writes every turn at once.
   */
  bench.allTurnsReady = () => {
    const list = document.querySelector('ol[aria-label^="Turns ("]');
    if (list) return list.getAttribute('aria-label').startsWith('Turns (first') ? false : performance.now();
    return document.querySelector('article[aria-label]') ? performance.now() : false;
  };

  bench.resource = (part) => {
    const entry = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes(part))
      .at(-1);
    if (!entry) return null;
    const server = entry.serverTiming?.find((t) => t.name === 'app')?.duration ?? null;
    return { start: entry.startTime, responseEnd: entry.responseEnd, server, bytes: entry.encodedBodySize };
  };

  /** Resolves after the page has been idle once (or 2 s), then two more frames. */
  bench.settle = () => {
    return new Promise((resolve) => {
      const idle = window.requestIdleCallback ?? ((cb) => setTimeout(cb, 50));
      idle(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))), {
        timeout: 2000,
      });
    });
  };

  /**
   * Scrolls the window from the top to the end, `step` viewports per frame, sampling the element
   * count every frame and collecting long tasks (≥ 50 ms, the Long Tasks API's floor).
   */
  bench.scrollEndToEnd = async ({ step, maxFrames }) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const longtasks = [];
    let observer = null;
    try {
      observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longtasks.push(entry.duration);
      });
      observer.observe({ type: 'longtask' });
    } catch {
      observer = null;
    }
    const elements = () => document.getElementsByTagName('*').length;
    window.scrollTo(0, 0);
    await frame();
    await frame();
    let maxElements = elements();
    let maxGap = 0;
    let frames = 0;
    let atEnd = 0;
    const started = performance.now();
    let last = started;
    while (frames < maxFrames) {
      window.scrollBy(0, Math.round(innerHeight * step));
      await frame();
      const now = performance.now();
      maxGap = Math.max(maxGap, now - last);
      last = now;
      frames += 1;
      maxElements = Math.max(maxElements, elements());
      const end = document.documentElement.scrollHeight - innerHeight;
      if (window.scrollY >= end - 2) {
        atEnd += 1;
        if (atEnd >= 5) break;
      } else {
        atEnd = 0;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer?.disconnect();
    return {
      frames,
      ms: performance.now() - started,
      maxFrameGap: maxGap,
      maxElements,
      longtaskMax: longtasks.length ? Math.max(...longtasks) : 0,
      longtasks: longtasks.length,
      reachedEnd: atEnd >= 5,
      height: document.documentElement.scrollHeight,
    };
  };

  bench.elementCount = () => {
    return document.getElementsByTagName('*').length;
  };
}
