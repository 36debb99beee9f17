import { describe, expect, it } from 'vitest';
import {
  computeDelta,
  describeDelta,
  describeSoFar,
  elapsedShare,
  formatDeltaValue,
  formatSoFar,
  soFar,
  verdictFor,
  type Delta,
} from './deltas';

const ok = (delta: Delta) => {
  if (delta.status !== 'ok') throw new Error(`expected a delta, got ${delta.reason}`);
  return delta;
};

describe('computeDelta', () => {
  it('gives counts an absolute and a relative change', () => {
    const d = ok(computeDelta('count', 'up-good', 412, 400));
    expect(d).toMatchObject({ difference: 12, relative: 0.03, direction: 'up', verdict: 'better' });
    expect(formatDeltaValue(d)).toBe('+12 (+3%)');
    expect(formatDeltaValue(ok(computeDelta('count', 'up-bad', 9, 12)))).toBe('\u22123 (\u221225%)');
  });
  it('has no relative change from zero', () => {
    const d = ok(computeDelta('count', 'up-good', 5, 0));
    expect(d.relative).toBeNull();
    expect(formatDeltaValue(d)).toBe('+5 (from 0)');
  });
  it('gives rates percentage points, never a ratio of ratios', () => {
    const d = ok(computeDelta('rate', 'up-good', 0.7777, 0.75));
    expect(d.relative).toBeNull();
    expect(formatDeltaValue(d)).toBe('+2.8 pp');
    expect(formatDeltaValue(ok(computeDelta('rate', 'up-bad', 0.05, 0.1)))).toBe('\u22125.0 pp');
  });
  it('gives scores a point change', () => {
    expect(formatDeltaValue(ok(computeDelta('score', 'up-good', 3.9, 3.6)))).toBe('+0.3');
  });
  it('calls changes that round to nothing "no change"', () => {
    expect(ok(computeDelta('count', 'up-good', 7, 7))).toMatchObject({
      direction: 'flat',
      verdict: 'unchanged',
    });
    expect(ok(computeDelta('rate', 'up-good', 0.5001, 0.5)).direction).toBe('flat');
    expect(formatDeltaValue(ok(computeDelta('rate', 'up-good', 0.5, 0.5)))).toBe('no change');
  });
  it('is unavailable, with the reason, when either side is null', () => {
    expect(computeDelta('rate', 'up-good', null, 0.5, { current: 'No votes.' })).toEqual({
      status: 'unavailable',
      reason: 'No votes.',
    });
    expect(computeDelta('rate', 'up-good', 0.5, null, { previous: 'No votes then.' })).toEqual({
      status: 'unavailable',
      reason: 'No votes then.',
    });
    expect(computeDelta('count', 'up-good', Number.NaN, 1).status).toBe('unavailable');
  });
});

describe('verdictFor', () => {
  it('follows the metric polarity', () => {
    expect(verdictFor('up', 'up-good')).toBe('better');
    expect(verdictFor('down', 'up-good')).toBe('worse');
    expect(verdictFor('up', 'up-bad')).toBe('worse');
    expect(verdictFor('down', 'up-bad')).toBe('better');
    expect(verdictFor('up', 'neutral')).toBe('neutral');
    expect(verdictFor('flat', 'up-bad')).toBe('unchanged');
  });
});

describe('describeDelta', () => {
  it('says direction, size, previous value and whether it is good', () => {
    expect(describeDelta(computeDelta('count', 'up-bad', 9, 12), 'up-bad', 'the previous 7 days')).toBe(
      'Down 3 (25%) from 12 in the previous 7 days. That is better. Lower is better for this metric.',
    );
    expect(describeDelta(computeDelta('rate', 'up-good', 0.8, 0.75), 'up-good', 'the previous day')).toBe(
      'Up 5.0 pp from 75.0% in the previous day. That is better. Higher is better for this metric.',
    );
    expect(describeDelta(computeDelta('count', 'neutral', 10, 5), 'neutral', 'the previous day')).toBe(
      'Up 5 (100%) from 5 in the previous day. Neither higher nor lower is better by itself.',
    );
    expect(describeDelta(computeDelta('count', 'up-good', 3, 3), 'up-good', 'the previous day')).toBe(
      'No change from 3 in the previous day.',
    );
    expect(describeDelta({ status: 'unavailable', reason: 'No votes.' }, 'up-good', 'x')).toBe(
      'Change unavailable: No votes.',
    );
  });
});

describe('a date range still in progress', () => {
  const at = (iso: string) => Date.parse(iso);

  it('knows how much of it has passed, and that a finished or open range is not in progress', () => {
    const today = { after: '2026-08-26', before: '2026-08-26' };
    expect(elapsedShare(today, at('2026-08-26T06:00:00Z'))).toBe(0.25);
    expect(
      elapsedShare({ after: '2026-08-20', before: '2026-08-26' }, at('2026-08-26T12:00:00Z')),
    ).toBeCloseTo(6.5 / 7);
    expect(elapsedShare(today, at('2026-08-27T00:00:00Z'))).toBeNull();
    expect(elapsedShare({ after: '2026-08-20' }, at('2026-08-26T12:00:00Z'))).toBeNull();
  });

  it('sets a count so far against the whole previous range, never judged', () => {
    const partial = soFar(212, 512);
    expect(partial).toEqual({ status: 'so-far', current: 212, previous: 512 });
    expect(formatSoFar(partial!)).toBe('so far 41.4% of 512');
    expect(formatSoFar(soFar(12, 0)!)).toBe('so far 12 (previously none)');
    expect(soFar(null, 3)).toBeNull();
    expect(describeSoFar(partial!, 'the previous day', 0.42)).toBe(
      '212 so far: 41.4% of the 512 in the previous day. 42.0% of this date range has passed. Not judged better or worse while the date range is still in progress.',
    );
  });

  it('describes a quality change without a verdict', () => {
    const delta = computeDelta('rate', 'neutral', 0.8, 0.75);
    expect(describeDelta(delta, 'up-good', 'the previous day', true)).toBe(
      'Up 5.0 pp from 75.0% in the previous day. Not judged better or worse while the date range is still in progress.',
    );
  });
});
