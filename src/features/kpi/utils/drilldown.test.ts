import { describe, expect, it } from 'vitest';
import { sampleKpi } from '@mocks/factories/kpi';
import { dayTurnsHref, daySeverityHref, metricLink, reviewedConversationsHref } from './drilldown';

const filters = { created_after: '2026-08-20', created_before: '2026-08-26', has_feedback: true };

describe('drill-down links', () => {
  it('opens the turns of one day with the other filters', () => {
    expect(dayTurnsHref('2026-08-25', filters)).toBe(
      '/interactions?has_feedback=true&created_after=2026-08-25&created_before=2026-08-25',
    );
    expect(dayTurnsHref('2026-08-25', { ...filters, is_flagged: false, severity: 'low' })).toBe(
      '/interactions?is_flagged=false&severity=low&has_feedback=true&created_after=2026-08-25&created_before=2026-08-25',
    );
  });
  it('adds the severity of a segment', () => {
    expect(daySeverityHref('2026-08-25', 'high', {})).toBe(
      '/interactions?severity=high&created_after=2026-08-25&created_before=2026-08-25',
    );
  });
  it('opens unflagged turns for "none", which the severity filter cannot select', () => {
    expect(daySeverityHref('2026-08-25', 'none', { severity: 'high' })).toBe(
      '/interactions?is_flagged=false&created_after=2026-08-25&created_before=2026-08-25',
    );
  });
  it('sends intents to the reviewed conversations of the range', () => {
    expect(reviewedConversationsHref(filters)).toBe(
      '/sessions?created_after=2026-08-20&created_before=2026-08-26&has_feedback=true&is_reviewed=true',
    );
  });
});

describe('metricLink', () => {
  const kpi = sampleKpi();
  it('opens the list whose total is the card’s number', () => {
    expect(metricLink('turns', kpi, filters, 'current')).toEqual({
      to: '/interactions?has_feedback=true&created_after=2026-08-20&created_before=2026-08-26',
      text: 'View the 412 turns',
    });
    expect(metricLink('output_tokens', kpi, {}, 'current')?.to).toBe('/sessions?o=-total_tokens');
    expect(metricLink('resolution', kpi, {}, 'current')?.text).toBe('View the 140 reviewed conversations');
  });
  it('has no link where this server has no such list', () => {
    expect(metricLink('conversations', kpi, {}, 'legacy')).toBeNull();
    expect(metricLink('satisfaction', kpi, {}, 'legacy')).toBeNull();
    expect(metricLink('turns', kpi, {}, 'legacy')?.to).toBe('/interactions');
  });
});
