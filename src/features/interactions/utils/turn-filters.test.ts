import { describe, expect, it } from 'vitest';
import { makeFeedback } from '@mocks/factories/feedback';
import { parseFilterSearch } from '@/lib/url-filters';
import { normalizeTurnFilters, turnFilterChips, turnListSchema } from './turn-filters';
import { actionLabel, feedbackKind, turnHref, turnsForJson } from './turn-row';
import type { Interaction } from '@/api/schemas/interaction';

const parse = (search: string) =>
  normalizeTurnFilters(parseFilterSearch(new URLSearchParams(search), turnListSchema));

describe('turn list URL', () => {
  it('drops impossible calendar days', () => {
    expect(parse('created_after=2026-02-30&created_before=2026-02-28')).toEqual({
      created_before: '2026-02-28',
    });
  });

  it('keeps severity none (valid on the server; the page explains it)', () => {
    expect(parse('severity=none')).toEqual({ severity: 'none' });
  });
});

describe('turnFilterChips', () => {
  it('describes each active filter, a date range as one chip', () => {
    const chips = turnFilterChips(
      parse(
        'created_after=2026-08-20&created_before=2026-08-26&query=gpu&is_flagged=false&severity=high&has_feedback=true&user_slug=0123456789abcdef0123&session_id=s1',
      ),
    );
    expect(chips.map((c) => `${c.label}: ${c.value}`)).toEqual([
      'Created: 20 Aug – 26 Aug 2026',
      'Search: “gpu”',
      'Flagged: no',
      'Severity: High',
      'Thumbs vote: yes',
      'Conversation: s1',
      'Visitor: 0123456789ab…',
    ]);
    expect(chips[0].keys).toEqual(['created_after', 'created_before']);
    expect(turnFilterChips({})).toEqual([]);
  });

  it('says "since" for an open range', () => {
    expect(turnFilterChips(parse('created_after=2026-08-20'))[0].value).toBe('since 20 Aug 2026');
  });
});

describe('turn rows', () => {
  it('links to the transcript at the turn', () => {
    expect(turnHref({ session_id: 'a b', uuid: 'u-1' })).toBe('/sessions/a%20b?turn=u-1');
  });

  it('names guard actions worth a badge', () => {
    expect(actionLabel('allow')).toBeNull();
    expect(actionLabel('')).toBeNull();
    expect(actionLabel('redact')).toBe('Redacted');
    expect(actionLabel('quarantine')).toBe('Quarantine');
    expect(actionLabel('__proto__')).toBe('Proto');
  });

  it('tells votes from judge-only rows', () => {
    expect(feedbackKind(null)).toBe('none');
    expect(feedbackKind(makeFeedback({ score: 1 }))).toBe('up');
    expect(feedbackKind(makeFeedback({ score: -1 }))).toBe('down');
    expect(feedbackKind(makeFeedback({ score: null }))).toBe('judge');
  });

  it('drops raw IP addresses from JSON exports', () => {
    const turn = {
      uuid: 'u',
      ip_address: '10.0.0.1',
      feedback: { score: 1, submitted_from_ip: '10.0.0.1' },
    } as unknown as Interaction;
    const [json] = turnsForJson([turn]) as Record<string, unknown>[];
    expect(json).not.toHaveProperty('ip_address');
    expect(json.feedback).toEqual({ score: 1 });
    expect(JSON.stringify(turnsForJson([{ ...turn, feedback: null }]))).not.toContain('10.0.0.1');
  });
});
