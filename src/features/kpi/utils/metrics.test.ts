import { describe, expect, it } from 'vitest';
import { sampleKpi, unreviewedKpi } from '@mocks/factories/kpi';
import { flaggedShare, METRICS, metricById, metricsFor } from './metrics';

describe('METRICS', () => {
  it('shows exactly the server values', () => {
    const kpi = sampleKpi();
    const shown = Object.fromEntries(METRICS.map((m) => [m.id, m.format(m.value(kpi))]));
    expect(shown).toEqual({
      turns: '412',
      conversations: '158',
      visitors: '131',
      flagged: '9',
      satisfaction: '77.8%',
      click_through: '13.8%',
      input_tokens: '2,310,442',
      output_tokens: '98,311',
      coverage: '88.6%',
      resolution: '3.9',
      hallucination: '5.0%',
      judge_tokens: '641,132',
      clarification: '—',
    });
  });
  it('gives a card only to the figures the server sends (clarification: newer servers)', () => {
    const ids = (kpi: ReturnType<typeof sampleKpi>) => metricsFor(kpi).map((m) => m.id);
    expect(ids(sampleKpi())).not.toContain('clarification');
    expect(ids(sampleKpi({ clarification_requests_total: 0, clarification_rate: null }))).toContain(
      'clarification',
    );
    expect(
      metricById('clarification').detail?.(
        sampleKpi({ clarification_requests_total: 0, clarification_rate: null }),
      ),
    ).toBe('No turns in this range');
  });
  it('judges quality figures only; volumes are neutral', () => {
    const judged = METRICS.filter((m) => (m.compare ?? m).polarity !== 'neutral').map((m) => m.id);
    expect(judged.sort()).toEqual([
      'click_through',
      'coverage',
      'flagged',
      'hallucination',
      'resolution',
      'satisfaction',
    ]);
    expect(
      metricById('flagged').compare?.value(sampleKpi({ interactions_total: 200, flagged_total: 10 })),
    ).toBe(0.05);
  });
  it('keeps null rates null and explains why', () => {
    const kpi = unreviewedKpi();
    for (const id of ['satisfaction', 'coverage', 'resolution', 'hallucination'] as const) {
      const metric = metricById(id);
      expect(metric.value(kpi)).toBeNull();
      expect(metric.format(metric.value(kpi))).toBe('—');
    }
    expect(metricById('satisfaction').nullReason(kpi)).toMatch(/No thumbs-up or thumbs-down votes/);
    expect(metricById('coverage').nullReason(kpi)).toMatch(/judge has not reviewed/);
    expect(metricById('resolution').nullReason(kpi)).toMatch(/judge has not reviewed/);
    const empty = sampleKpi({
      interactions_total: 0,
      sessions_total: 0,
      click_through_rate: null,
      review_coverage: null,
    });
    expect(metricById('click_through').nullReason(empty)).toMatch(/No turns in this range/);
    expect(metricById('coverage').nullReason(empty)).toMatch(/No conversations in this range/);
  });
  it('says what the rates rest on', () => {
    const kpi = sampleKpi();
    expect(metricById('satisfaction').detail?.(kpi)).toBe('27 votes: 21 up, 6 down');
    expect(metricById('flagged').detail?.(kpi)).toBe('2.2% of turns');
    expect(metricById('coverage').detail?.(kpi)).toBe('140 of 158 conversations');
    expect(metricById('judge_tokens').detail?.(kpi)).toBe('611,020 in · 30,112 out');
    expect(metricById('click_through').detail?.(kpi)).toBe('57 offering clicks');
  });
  it('derives the flagged share only when there are turns', () => {
    expect(flaggedShare(sampleKpi({ interactions_total: 0, flagged_total: 0 }))).toBeNull();
    expect(flaggedShare(sampleKpi({ interactions_total: 200, flagged_total: 10 }))).toBe(0.05);
  });
});

describe('servers that do not report tokens', () => {
  it('shows unknown, not zero', () => {
    const kpi = sampleKpi({
      input_tokens_total: undefined,
      output_tokens_total: undefined,
      review_input_tokens_total: undefined,
      review_output_tokens_total: undefined,
    });
    for (const id of ['input_tokens', 'output_tokens', 'judge_tokens'] as const) {
      const metric = metricById(id);
      expect(metric.value(kpi)).toBeNull();
      expect(metric.format(metric.value(kpi))).toBe('—');
      expect(metric.nullReason(kpi)).toMatch(/does not report token totals/);
      expect(metric.detail?.(kpi) ?? null).toBeNull();
    }
  });
});
