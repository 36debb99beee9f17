import { describe, expect, it } from 'vitest';
import { makeFeedback } from '@mocks/factories/feedback';
import { makeTurn } from '@mocks/factories/turn';
import { judgeVerdict, resolutionTone, transcriptStats } from './stats';

describe('transcriptStats', () => {
  it('sums tokens, flags, offerings, clicks and feedback', () => {
    const turns = [
      makeTurn({
        created: '2026-07-20T10:00:00Z',
        last_active_at: '2026-07-20T10:00:05Z',
        input_tokens: 100,
        output_tokens: 10,
        result_count: 3,
        click_count: 1,
        feedback: makeFeedback({ score: 1 }),
        ip_address: '192.0.2.1',
      }),
      makeTurn({
        created: '2026-07-20T10:05:00Z',
        last_active_at: null,
        input_tokens: null,
        output_tokens: null,
        is_flagged: true,
        severity: 'high',
        ip_address: '192.0.2.1',
      }),
      makeTurn({
        created: '2026-07-20T10:20:00Z',
        last_active_at: '2026-07-20T10:20:30Z',
        input_tokens: 50,
        output_tokens: 5,
        is_flagged: true,
        severity: 'low',
        feedback: makeFeedback({ score: -1, category: 'inaccurate' }),
        ip_address: '2001:db8::1',
      }),
    ];
    const stats = transcriptStats(turns);
    expect(stats).toMatchObject({
      turns: 3,
      started: '2026-07-20T10:00:00Z',
      ended: '2026-07-20T10:20:30Z',
      durationMs: 20.5 * 60_000,
      inputTokens: 150,
      outputTokens: 15,
      totalTokens: 165,
      turnsWithoutTokens: 1,
      flaggedTurns: 2,
      maxSeverity: 'high',
      offeringsShown: 3,
      clicks: 1,
      thumbsUp: 1,
      thumbsDown: 1,
      ipAddresses: ['192.0.2.1', '2001:db8::1'],
    });
  });

  it('keeps unknown token totals unknown and handles an empty list', () => {
    expect(transcriptStats([makeTurn({ input_tokens: null, output_tokens: null })])).toMatchObject({
      inputTokens: null,
      outputTokens: null,
      totalTokens: null,
    });
    expect(transcriptStats([])).toMatchObject({
      turns: 0,
      started: null,
      durationMs: null,
      maxSeverity: 'none',
    });
  });

  it('uses created when the last reply never finished', () => {
    const stats = transcriptStats([makeTurn({ created: '2026-07-20T10:00:00Z', last_active_at: null })]);
    expect(stats.durationMs).toBe(0);
  });
});

describe('judgeVerdict', () => {
  it('reads the verdict from the last turn only', () => {
    const verdict = makeFeedback({
      llm_resolution_score: 2,
      llm_intent_category: 'gpu_compute',
      llm_hallucination_detected: true,
      llm_hallucination_details: 'Named “Cluster Z”, not in tool results.',
      llm_summary: 'Wanted a GPU.',
      llm_reviewed_at: '2026-07-21T03:00:00Z',
    });
    expect(judgeVerdict([makeTurn({ feedback: verdict }), makeTurn()])).toBeNull();
    expect(judgeVerdict([makeTurn(), makeTurn({ feedback: verdict })])).toMatchObject({
      resolution: 2,
      resolutionWord: 'Poor',
      tone: 'bad',
      intent: 'gpu_compute',
      hallucination: true,
      summary: 'Wanted a GPU.',
    });
  });

  it('is null for a human vote without a review', () => {
    expect(judgeVerdict([makeTurn({ feedback: makeFeedback({ score: 1 }) })])).toBeNull();
  });

  it('colours resolution red ≤ 2, amber 3, green ≥ 4', () => {
    expect([1, 2, 3, 4, 5, null].map(resolutionTone)).toEqual([
      'bad',
      'bad',
      'warn',
      'good',
      'good',
      'neutral',
    ]);
  });
});
