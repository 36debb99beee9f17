import { describe, expect, it } from 'vitest';
import { formatDateTime } from './date';

describe('formatDateTime', () => {
  const at = '2026-11-26T09:44:07Z';

  it('writes the date, the time and the zone', () => {
    expect(formatDateTime(at, 'utc')).toBe('26 Nov 2026, 09:44 UTC');
    expect(formatDateTime(at, 'utc', { seconds: true })).toBe('26 Nov 2026, 09:44:07 UTC');
  });

  it('leaves out this year in compact form, but not another year', () => {
    const now = Date.parse('2026-12-01T00:00:00Z');
    expect(formatDateTime(at, 'utc', { compact: true, now })).toBe('26 Nov, 09:44 UTC');
    expect(formatDateTime('2025-11-26T09:44:07Z', 'utc', { compact: true, now })).toBe(
      '26 Nov 2025, 09:44 UTC',
    );
  });

  it('shows a dash for nothing', () => {
    expect(formatDateTime(null, 'utc', { compact: true })).toBe('—');
  });
});
