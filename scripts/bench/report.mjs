// The verdict on the targets (issue 7: transcript, turns list, returns; issue 16: the whole
// lists at 50,000 and 200,000 rows) and the tables printed at the end.
import { median } from './stats.mjs';

/** The targets, judged on the medians. */
export function judge(results) {
  const m = results.metrics;
  const targets = [];
  const add = (name, ok, detail) =>
    targets.push({ name, result: ok === null ? 'n/a' : ok ? 'PASS' : 'FAIL', detail });
  const v = (k) => m[k]?.median ?? null;
  const first = m.transcriptFirstTurn;
  add(
    'Transcript first turn ≤ 1.5× baseline and ≤ 800 ms',
    first?.median == null || first.ratio == null ? null : first.ratio <= 1.5 && first.median <= 800,
    first?.median == null
      ? first?.na
      : `${fmt(first.median)} ms, ${first.ratio?.toFixed(2)}× baseline (${fmt(first.baseline)} ms)`,
  );
  add(
    'Longest task while scrolling ≤ 50 ms (wall clock)',
    v('transcriptLongestTask') === null ? null : v('transcriptLongestTask') <= 50,
    `${fmt(v('transcriptLongestTask'))} ms`,
  );
  add(
    'Longest task while scrolling ≤ 50 ms (main-thread CPU)',
    v('transcriptLongestTaskCpu') === null ? null : v('transcriptLongestTaskCpu') <= 50,
    `${fmt(v('transcriptLongestTaskCpu'))} ms`,
  );
  add(
    'DOM elements ≤ 4,000 at any time',
    v('transcriptElements') === null ? null : m.transcriptElements.max <= 4000,
    `max ${fmt(m.transcriptElements?.max)} of all runs`,
  );
  const atMost = (name, key, limit) =>
    add(name, v(key) === null ? null : v(key) <= limit, v(key) === null ? m[key]?.na : `${fmt(v(key))} ms`);
  for (const [list, name] of [
    ['visitors', 'Visitors'],
    ['conversations', 'Conversations'],
  ]) {
    for (const [tag, size, first, action] of [
      ['50k', '50,000', 1000, 100],
      ['200k', '200,000', 2500, 200],
    ]) {
      const id = `${list}${tag}`;
      if (!m[`${id}First`]) continue;
      atMost(`${name} ${size}: first rows ≤ ${fmt(first)} ms`, `${id}First`, first);
      atMost(`${name} ${size}: sort ≤ ${action} ms`, `${id}Sort`, action);
      atMost(`${name} ${size}: search ≤ ${action} ms`, `${id}Search`, action);
      if (tag === '200k') {
        atMost(`${name} ${size}: no task over 50 ms loading`, `${id}LoadLongtask`, 50);
        atMost(`${name} ${size}: no task over 50 ms sorting, searching`, `${id}ActionLongtask`, 50);
      }
      atMost(`${name} ${size}: countdown stall ≤ 100 ms loading`, `${id}LoadTimer`, 100);
      atMost(`${name} ${size}: countdown stall ≤ 100 ms sorting, searching`, `${id}ActionTimer`, 100);
    }
  }
  add(
    'Next page ≤ 300 ms after the response',
    v('nextPageAfterResponse') === null ? null : v('nextPageAfterResponse') <= 300,
    `${fmt(v('nextPageAfterResponse'))} ms`,
  );
  const returns = (results.tour?.steps ?? []).filter((s) => s.kind === 'return');
  const spinners = returns.map((s) => [s.name, median(s.samples.map((x) => x.skeletons))]);
  add(
    'Returning to a visited page: 0 spinners',
    returns.length === 0 ? null : spinners.every(([, n]) => n === 0),
    returns.length === 0 ? results.tour?.na : spinners.map(([n, c]) => `${n} ${c}`).join(', '),
  );
  results.targets = targets;
}

function fmt(n, digits = 0) {
  if (n === null || n === undefined || Number.isNaN(n)) return 'n/a';
  return Number(n).toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

export function printReport(results) {
  const rows = [['Measurement', 'Median', 'Range', 'Baseline', 'Ratio']];
  for (const m of Object.values(results.metrics)) {
    if (!('median' in m)) continue;
    const digits = m.unit === 'MB' ? 1 : 0;
    rows.push([
      `${m.label} (${m.unit})`,
      m.median === null ? `n/a` : fmt(m.median, digits),
      m.median === null ? m.na : `${fmt(m.min, digits)}–${fmt(m.max, digits)}`,
      m.baseline === undefined ? '' : fmt(m.baseline, digits),
      m.ratio == null ? '' : `${m.ratio.toFixed(2)}×`,
    ]);
  }
  table(rows);

  const tourRows = [
    ['Page', 'Visit', 'API requests', 'Duplicates', 'Waterfall depth', 'Skeletons', 'aria-busy'],
  ];
  const firstLoads = Object.entries(results.firstLoads);
  for (const [name, loads] of firstLoads) {
    if (!loads.length) continue;
    tourRows.push([
      name,
      'full load',
      fmt(median(loads.map((l) => l.count))),
      fmt(median(loads.map((l) => l.duplicates))),
      fmt(median(loads.map((l) => l.depth))),
      '',
      '',
    ]);
  }
  for (const s of results.tour?.steps ?? []) {
    tourRows.push([
      s.name,
      s.kind === 'full' ? 'full load' : s.kind === 'first' ? 'first (in-app)' : 'return (back)',
      fmt(median(s.samples.map((x) => x.count))),
      fmt(median(s.samples.map((x) => x.duplicates))),
      fmt(median(s.samples.map((x) => x.depth))),
      s.kind === 'return' ? fmt(median(s.samples.map((x) => x.skeletons))) : '',
      s.kind === 'return' ? fmt(median(s.samples.map((x) => x.busy))) : '',
    ]);
  }
  console.log('');
  table(tourRows);
  console.log('');
  table([['Target', 'Result', 'Median'], ...results.targets.map((t) => [t.name, t.result, t.detail ?? ''])]);
}

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c] ?? '').length)));
  rows.forEach((row, i) => {
    console.log(
      row
        .map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c])))
        .join('  '),
    );
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  });
}
