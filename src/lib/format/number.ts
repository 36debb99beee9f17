import { numberFormat } from './intl';
import { EMPTY } from './text';

/** Counts, rates and changes as the dashboard shows them; `null` reads `—`, never `0`. */

const ok = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

/** Typographic minus: `−3`, not the hyphen `-3` that Intl emits. */
const minus = (text: string): string => text.replace(/^-/, '\u2212');

export function formatNumber(n: number | null | undefined): string {
  return ok(n) ? numberFormat({ maximumFractionDigits: 0 }).format(n) : EMPTY;
}

export function formatCompact(n: number | null | undefined): string {
  return ok(n) ? numberFormat({ notation: 'compact', maximumFractionDigits: 1 }, 'en-US').format(n) : EMPTY;
}

/** `ratio` is 0..1 (may exceed 1). Small non-zero values keep one decimal. */
export function formatPercent(ratio: number | null | undefined): string {
  if (!ok(ratio)) return EMPTY;
  const digits = Math.abs(ratio) < 0.1 && ratio !== 0 ? 1 : 0;
  return numberFormat({ style: 'percent', maximumFractionDigits: digits }).format(ratio);
}

/** A KPI rate (0..1, may exceed 1) with one decimal: `77.8%`; null stays `—`, never `0%`. */
export function formatRate(ratio: number | null | undefined): string {
  return ok(ratio)
    ? numberFormat({ style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ratio)
    : EMPTY;
}

/** A mean score such as the judge's 1–5 resolution: `3.9`, `3.86`. */
export function formatScore(n: number | null | undefined): string {
  return ok(n) ? numberFormat({ minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(n) : EMPTY;
}

/** `+12`, `−3`, `0`: a change in a count. */
export function formatSignedNumber(n: number | null | undefined): string {
  return ok(n)
    ? minus(numberFormat({ maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(n))
    : EMPTY;
}

/** `+4.1%`, `−12%`: a relative change (`ratio` 0.041 → `+4.1%`). */
export function formatSignedPercent(ratio: number | null | undefined): string {
  if (!ok(ratio)) return EMPTY;
  return minus(
    numberFormat({ style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(ratio),
  );
}

/** A change between two rates in percentage points: 0.032 → `+3.2 pp`. */
export function formatPercentagePoints(difference: number | null | undefined): string {
  if (!ok(difference)) return EMPTY;
  const format = numberFormat({
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  return `${minus(format.format(difference * 100))} pp`;
}

/** A change in a mean score: `+0.3`, `−0.25`. */
export function formatSignedScore(n: number | null | undefined): string {
  if (!ok(n)) return EMPTY;
  return minus(
    numberFormat({ minimumFractionDigits: 1, maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(n),
  );
}

/**
 * A total over parts some of which are unknown (null counts on old rows): `1,234` when every
 * part is known, `≥ 1,234` when some are missing (the known parts are a lower bound), `—` when
 * none is known. Missing parts never count as 0.
 */
export function formatPartialSum(known: number, missingParts: number, totalParts: number): string {
  if (!ok(known) || totalParts <= 0 || missingParts >= totalParts) return EMPTY;
  return missingParts > 0 ? `≥ ${formatNumber(known)}` : formatNumber(known);
}

/** `1 turn`, `1,204 turns`; the plural defaults to singular + `s`. */
export function formatCount(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(n)} ${n === 1 ? singular : plural}`;
}

/** `true` → `Yes`, `false` → `No`, anything else `—`. */
export function formatYesNo(value: boolean | null | undefined): string {
  return value === true ? 'Yes' : value === false ? 'No' : EMPTY;
}
