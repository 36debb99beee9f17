import { describe, expect, it } from 'vitest';
import { sampleKpi } from '@mocks/factories/kpi';
import {
  intentSeries,
  severitySeries,
  severityTotals,
  summarizeIntents,
  summarizeSeverity,
  summarizeVolume,
  volumeSeries,
} from './series';

describe('volume series', () => {
  it('sorts days ascending and labels them', () => {
    const points = volumeSeries([
      { date: '2026-08-26', count: 4 },
      { date: '2026-08-24', count: 0 },
      { date: '2026-08-25', count: 9 },
    ]);
    expect(points.map((p) => p.date)).toEqual(['2026-08-24', '2026-08-25', '2026-08-26']);
    expect(points[1].label).toBe('25 Aug');
    expect(summarizeVolume(points)).toBe(
      '13 turns over 3 UTC days (24 Aug – 26 Aug 2026). Busiest day: 25 Aug with 9 turns. 1 day without turns.',
    );
  });
  it('summarises empty and all-zero windows', () => {
    expect(summarizeVolume([])).toBe('The server sent no daily counts.');
    expect(summarizeVolume(volumeSeries([{ date: '2026-08-26', count: 0 }]))).toBe(
      '0 turns over 1 UTC day (26 Aug 2026). No turns on any day.',
    );
  });
});

describe('severity series', () => {
  it('shapes the upper-case series into rows and counts NONE apart', () => {
    const rows = severitySeries(sampleKpi().severity_by_day);
    expect(rows).toHaveLength(14);
    expect(rows[12]).toMatchObject({ low: 2, medium: 1, high: 0, critical: 0, none: 30, flagged: 3 });
    const totals = severityTotals(rows);
    expect(totals).toMatchObject({ low: 5, medium: 1, high: 1, critical: 0, flagged: 7, none: 420 });
    expect(summarizeSeverity(rows)).toBe(
      '7 flagged turns over 14 UTC days (13 Aug – 26 Aug 2026): 5 low, 1 medium, 1 high, 0 critical. ' +
        'Most on 25 Aug with 3. 420 unflagged turns are not drawn.',
    );
  });
  it('treats short or missing series as zeros, never NaN', () => {
    const rows = severitySeries({
      labels: ['2026-08-25', '2026-08-26'],
      series: { NONE: [1], LOW: [1, 2], MEDIUM: [], HIGH: [0, 1], CRITICAL: [0, 0] },
    });
    expect(rows[1]).toMatchObject({ none: 0, low: 2, medium: 0, high: 1, flagged: 3 });
    expect(rows.every((r) => Object.values(r).every((v) => !Number.isNaN(v)))).toBe(true);
  });
  it('says when nothing was flagged', () => {
    const rows = severitySeries({
      labels: ['2026-08-26'],
      series: { NONE: [4], LOW: [0], MEDIUM: [0], HIGH: [0], CRITICAL: [0] },
    });
    expect(summarizeSeverity(rows)).toBe(
      'No flagged turns over 1 UTC day (26 Aug 2026). 4 unflagged turns are not drawn.',
    );
  });
});

describe('intent series', () => {
  it('sorts by count, humanises slugs it has never seen, and keeps ties stable', () => {
    const bars = intentSeries({ unclear: 9, 'quantum-annealing': 22, gpu_compute: 51, billing: 9 });
    expect(bars?.map((b) => [b.slug, b.label, b.count])).toEqual([
      ['gpu_compute', 'Gpu compute', 51],
      ['quantum-annealing', 'Quantum annealing', 22],
      ['billing', 'Billing', 9],
      ['unclear', 'Unclear', 9],
    ]);
    expect(summarizeIntents(bars)).toBe(
      '91 judge verdicts by intent: Gpu compute 51 (56%), Quantum annealing 22 (24%), Billing 9 (9.9%), Unclear 9 (9.9%).',
    );
  });
  it('tells "not reviewed" (field missing) from "no intents" (empty object)', () => {
    expect(intentSeries(undefined)).toBeNull();
    expect(summarizeIntents(null)).toMatch(/^Not reviewed yet/);
    expect(intentSeries({})).toEqual([]);
    expect(summarizeIntents([])).toBe('The judge recorded no intents in this range.');
  });
});
