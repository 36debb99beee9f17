import { afterEach, describe, expect, it } from 'vitest';
import {
  addUtcDays,
  filterClipsWindow,
  includesToday,
  isCalendarDay,
  lastDays,
  presetRange,
  previousRange,
  rangeLength,
  utcDayDiff,
} from './utc-days';

describe('addUtcDays', () => {
  it('crosses months, years and leap days', () => {
    expect(addUtcDays('2026-08-31', 1)).toBe('2026-09-01');
    expect(addUtcDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addUtcDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addUtcDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addUtcDays('2026-03-29', 1)).toBe('2026-03-30'); // EU DST change: still one day
    expect(addUtcDays('2026-08-26', 0)).toBe('2026-08-26');
  });
  it('rejects a non-day', () => {
    expect(() => addUtcDays('26/08/2026', 1)).toThrow(RangeError);
  });
});

describe('isCalendarDay', () => {
  it('accepts real days only', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-13-01')).toBe(false);
    expect(isCalendarDay('2026-8-1')).toBe(false);
    expect(isCalendarDay('')).toBe(false);
    expect(isCalendarDay(undefined)).toBe(false);
  });
});

describe('presets and the previous window', () => {
  it('ends presets today, inclusive', () => {
    expect(presetRange('today', '2026-08-26')).toEqual({ after: '2026-08-26', before: '2026-08-26' });
    expect(presetRange('7d', '2026-08-26')).toEqual({ after: '2026-08-20', before: '2026-08-26' });
    expect(presetRange('30d', '2026-08-26')).toEqual({ after: '2026-07-28', before: '2026-08-26' });
    expect(presetRange('90d', '2026-08-26')).toEqual({ after: '2026-05-29', before: '2026-08-26' });
  });
  it.each([
    ['2026-08-20', '2026-08-26', '2026-08-13', '2026-08-19'],
    ['2026-08-26', '2026-08-26', '2026-08-25', '2026-08-25'],
    ['2026-01-01', '2026-01-31', '2025-12-01', '2025-12-31'],
    ['2028-03-01', '2028-03-02', '2028-02-28', '2028-02-29'],
  ])('takes the window of equal length just before %s – %s: %s – %s', (after, before, ...previous) => {
    expect(previousRange({ after, before })).toEqual({ after: previous[0], before: previous[1] });
  });
  it('keeps the length of the window', () => {
    for (const preset of ['today', '7d', '30d', '90d'] as const) {
      const range = presetRange(preset, '2026-03-01');
      const previous = previousRange(range);
      expect(previous).not.toBeNull();
      expect(rangeLength(previous!)).toBe(rangeLength(range));
      expect(utcDayDiff(previous!.before, range.after!)).toBe(1);
    }
  });
  it('has no previous window for open or reversed ranges', () => {
    expect(previousRange({ after: '2026-08-01' })).toBeNull();
    expect(previousRange({ before: '2026-08-01' })).toBeNull();
    expect(previousRange({})).toBeNull();
    expect(previousRange({ after: '2026-08-02', before: '2026-08-01' })).toBeNull();
  });
  it('knows whether the range is still in progress', () => {
    expect(includesToday({ after: '2026-08-20', before: '2026-08-26' }, '2026-08-26')).toBe(true);
    expect(includesToday({ after: '2026-08-01', before: '2026-08-10' }, '2026-08-26')).toBe(false);
    expect(includesToday({ after: '2026-08-01' }, '2026-08-26')).toBe(true);
  });
  it('has an open range for any time', () => {
    expect(presetRange('all', '2026-08-26')).toEqual({});
  });
  it('matches the days the server pads daily_volume with', () => {
    expect(lastDays(7, '2026-08-26')).toEqual({ after: '2026-08-20', before: '2026-08-26' });
  });
});

describe('UTC day boundaries do not depend on the browser zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });
  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Tallinn', 'UTC'])('in %s', (zone) => {
    process.env.TZ = zone;
    expect(addUtcDays('2026-03-29', -1)).toBe('2026-03-28');
    expect(presetRange('7d', '2026-01-03')).toEqual({ after: '2025-12-28', before: '2026-01-03' });
    expect(previousRange({ after: '2026-10-25', before: '2026-10-25' })).toEqual({
      after: '2026-10-24',
      before: '2026-10-24',
    });
  });
});

describe('filterClipsWindow', () => {
  it('tells when the date filter covers only part of a chart window', () => {
    expect(filterClipsWindow({ after: '2026-08-20', before: '2026-08-26' }, 30, '2026-08-26')).toBe(true);
    expect(filterClipsWindow({ after: '2026-05-29', before: '2026-08-26' }, 30, '2026-08-26')).toBe(false);
    expect(filterClipsWindow({ after: '2026-08-13', before: '2026-08-26' }, 14, '2026-08-26')).toBe(false);
    expect(filterClipsWindow({ after: '2026-08-01', before: '2026-08-20' }, 14, '2026-08-26')).toBe(true);
    expect(filterClipsWindow({}, 90, '2026-08-26')).toBe(false);
  });
});
