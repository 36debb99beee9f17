import { describe, expect, it } from 'vitest';
import { makeFeedback } from '@mocks/factories/feedback';
import { actionLabel, feedbackKind, turnHref, turnsForJson } from './turn-row';
import type { Interaction } from '@/api/schemas/interaction';

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
