import { describe, expect, it } from 'vitest';
import { formatTimeOfDay } from './date';
import { formatCompact } from './number';

describe('formatTimeOfDay', () => {
  it('shows a UTC time of day with the zone', () => {
    expect(formatTimeOfDay('2026-08-22T21:40:12.345Z', 'utc')).toBe('21:40 UTC');
    expect(formatTimeOfDay(new Date('2026-08-23T00:00:00Z'), 'utc', { seconds: true })).toBe('00:00:00 UTC');
  });
  it('shows local time without a zone suffix', () => {
    const date = new Date('2026-08-22T21:40:00Z');
    const local = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
    expect(formatTimeOfDay(date, 'local')).toBe(local);
  });
  it('shows a dash for missing or invalid values', () => {
    expect(formatTimeOfDay(null, 'utc')).toBe('—');
    expect(formatTimeOfDay('not a date', 'utc')).toBe('—');
  });
});

describe('formatCompact', () => {
  it('uses upper-case SI-style suffixes and a dash for missing numbers', () => {
    expect(formatCompact(3_210_400)).toBe('3.2M');
    expect(formatCompact(83_300)).toBe('83.3K');
    expect(formatCompact(null)).toBe('—');
  });
});
