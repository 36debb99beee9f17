/**
 * Axis ticks at round numbers: 0 and steps of 1, 2 or 5 × 10ⁿ, about `target` of them, the
 * last at or above `max`. Counts only (whole numbers, never below a step of 1).
 */
export function niceTicks(max: number, target = 4): number[] {
  if (!Number.isFinite(max) || max <= 0) return [0, 1];
  const raw = max / target;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, ([1, 2, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude);
  const last = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let tick = 0; tick <= last; tick += step) ticks.push(tick);
  return ticks;
}
