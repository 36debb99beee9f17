import { describe, expect, it } from 'vitest';
import { actionLabel, categoryLabel, countCategories } from './categories';

describe('countCategories', () => {
  it('deduplicates with counts, most frequent first, then in order of appearance', () => {
    expect(
      countCategories(['jailbreak', 'instruction_override', 'jailbreak', 'prompt_leak', 'jailbreak']),
    ).toEqual([
      { category: 'jailbreak', label: 'Jailbreak', count: 3 },
      { category: 'instruction_override', label: 'Instruction override', count: 1 },
      { category: 'prompt_leak', label: 'Prompt leak', count: 1 },
    ]);
  });

  it('ignores blanks and handles an empty list', () => {
    expect(countCategories([])).toEqual([]);
    expect(countCategories(['', '  ', 'pii_email'])).toEqual([
      { category: 'pii_email', label: 'Email', count: 1 },
    ]);
  });

  it('keeps category names that look like object keys', () => {
    expect(countCategories(['constructor', '__proto__', 'constructor'])).toEqual([
      { category: 'constructor', label: 'Constructor', count: 2 },
      { category: '__proto__', label: 'Proto', count: 1 },
    ]);
  });
});

describe('labels', () => {
  it('strips the pii_ prefix', () => {
    expect(categoryLabel('pii_phone_e164')).toBe('Phone e164');
  });
  it('names guard actions and keeps unknown ones', () => {
    expect(actionLabel('redact')).toEqual({ label: 'Redacted', tone: 'warn' });
    expect(actionLabel('quarantine')).toEqual({ label: 'Quarantine', tone: 'neutral' });
    expect(actionLabel('constructor')).toEqual({ label: 'Constructor', tone: 'neutral' });
  });
});
