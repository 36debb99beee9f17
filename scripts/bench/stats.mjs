// Repetition, medians and the shape of one measurement in bench-results/latest.json.
import { log, RUNS } from './cli.mjs';

export function median(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

export class NotAvailable extends Error {}

/** Runs `fn` RUNS times; a missing page element makes the measurement "n/a" instead of a crash. */
export async function repeat(name, fn, runs = RUNS) {
  const samples = [];
  for (let run = 1; run <= runs; run += 1) {
    try {
      samples.push(await fn(run));
      log(`${name} ${run}/${runs}`, JSON.stringify(samples.at(-1)));
    } catch (error) {
      const reason =
        error instanceof NotAvailable ? error.message : `${error.name}: ${error.message.split('\n')[0]}`;
      log(`${name} ${run}/${runs} n/a: ${reason}`);
      return { samples, na: reason };
    }
  }
  return { samples, na: null };
}

export function metric(label, unit, samples, outcome, baselineSamples) {
  const value = median(samples);
  const finite = samples.filter((s) => typeof s === 'number' && Number.isFinite(s));
  const out = {
    label,
    unit,
    median: value,
    min: finite.length ? Math.min(...finite) : null,
    max: finite.length ? Math.max(...finite) : null,
    samples: samples.map((s) => (typeof s === 'number' ? Math.round(s * 10) / 10 : s)),
    na: value === null ? (outcome.na ?? 'no samples') : null,
  };
  if (baselineSamples) {
    out.baseline = median(baselineSamples);
    out.baselineSamples = baselineSamples.map((s) => (typeof s === 'number' ? Math.round(s * 10) / 10 : s));
    out.ratio = value !== null && out.baseline ? value / out.baseline : null;
  }
  return out;
}
