import { describe, expect, it } from 'vitest';
import { addUtcDays, DAY_RANGE_PRESETS, isCalendarDay, matchingPreset, presetDays } from './utc-days';

describe('utc days', () => {
  it('validates calendar days', () => {
    expect(isCalendarDay('2026-02-28')).toBe(true);
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-30')).toBe(false);
    expect(isCalendarDay('2026-2-3')).toBe(false);
    expect(isCalendarDay('')).toBe(false);
    expect(isCalendarDay(undefined)).toBe(false);
  });

  it('adds days across months and years', () => {
    expect(addUtcDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addUtcDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(() => addUtcDays('nope', 1)).toThrow(RangeError);
  });

  it('resolves presets against today and recognises them back', () => {
    const week = DAY_RANGE_PRESETS.find((p) => p.id === '7d')!;
    expect(presetDays(week, '2026-08-26')).toEqual({ after: '2026-08-20', before: '2026-08-26' });
    expect(matchingPreset('2026-08-20', '2026-08-26', '2026-08-26')?.id).toBe('7d');
    expect(matchingPreset('2026-08-26', '2026-08-26', '2026-08-26')?.id).toBe('today');
    expect(matchingPreset('2026-08-19', '2026-08-26', '2026-08-26')).toBeUndefined();
    expect(matchingPreset(undefined, undefined, '2026-08-26')).toBeUndefined();
  });
});
