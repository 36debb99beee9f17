import { describe, expect, it } from 'vitest';
import { makeBudget } from '@mocks/factories/budget';
import { feedbackJson } from '@mocks/factories/feedback';
import { unreviewedKpi } from '@mocks/factories/kpi';
import { turnJson } from '@mocks/factories/turn';
import { makeAggregate } from '@mocks/factories/visitor';
import { knownBlockSchema } from './blocks';
import { budgetSchema } from './budget';
import { conversationSchema } from './conversation';
import { feedbackSchema } from './feedback';
import { interactionSchema } from './interaction';
import { kpiSchema } from './kpi';
import { userAggregateSchema } from './user-aggregate';
import { userMeSchema } from './user';

const turn = turnJson({
  uuid: '3f2b0000-0000-4000-8000-000000000001',
  user_input: 'my mail is [pii_email_REDACTED]',
  input_tokens: null,
  output_tokens: 12,
  offering_uuids: ['9f1c'],
  result_count: 1,
  is_flagged: true,
  severity: '',
  injection_categories: ['jailbreak', 'jailbreak'],
  pii_categories: ['pii_email'],
  action_taken: 'redact',
  warning: 'Personal information detected and redacted (Email address).',
  last_active_at: null,
  created: '2026-07-20T11:05:00.123Z',
  feedback: null,
});

describe('interactionSchema', () => {
  it('accepts the real nullability (null feedback, null tokens, "" severity)', () => {
    const parsed = interactionSchema.parse(turn);
    expect(parsed.feedback).toBeNull();
    expect(parsed.input_tokens).toBeNull();
    expect(parsed.severity).toBe('');
  });

  it('accepts 8.1.0 turns without token fields', () => {
    const { input_tokens: _i, output_tokens: _o, ...old } = turn;
    const parsed = interactionSchema.parse(old);
    expect([parsed.input_tokens, parsed.output_tokens]).toEqual([null, null]);
  });

  it('rejects a turn whose created is not a date', () => {
    expect(interactionSchema.safeParse({ ...turn, created: 'yesterday' }).success).toBe(false);
  });

  it('keeps odd blocks for the renderer to judge', () => {
    const parsed = interactionSchema.parse({ ...turn, assistant_blocks: [{ key: 'vm_order' }, 42] });
    expect(parsed.assistant_blocks).toEqual([{ key: 'vm_order' }, 42]);
  });
});

describe('feedbackSchema', () => {
  it('accepts judge-only rows', () => {
    const parsed = feedbackSchema.parse(
      feedbackJson({
        interaction_uuid: turn.uuid,
        score: null,
        llm_resolution_score: 4,
        llm_intent_category: 'gpu_compute',
        llm_summary: 'Wanted GPUs.',
        llm_reviewed_at: '2026-07-21T02:00:00Z',
        llm_judge_input_tokens: 1000,
        llm_judge_output_tokens: 50,
        llm_judge_model: 'qwen',
        modified_at: '2026-07-21T02:00:00Z',
      }),
    );
    expect(parsed.score).toBeNull();
  });

  it('rejects a score outside -1..1', () => {
    expect(feedbackSchema.safeParse({ interaction_uuid: 'x', score: 5 }).success).toBe(false);
  });
});

describe('kpiSchema', () => {
  // Nothing reviewed, nobody voted: null rates and no intent distribution.
  const kpi = unreviewedKpi();

  it('accepts null rates and a missing intent distribution', () => {
    const parsed = kpiSchema.parse(kpi);
    expect(parsed.satisfaction_rate).toBeNull();
    expect(parsed.llm_intent_distribution).toBeUndefined();
  });

  it('rejects lowercase severity keys', () => {
    expect(
      kpiSchema.safeParse({ ...kpi, severity_by_day: { labels: [], series: { none: [], low: [] } } }).success,
    ).toBe(false);
  });
});

describe('other shapes', () => {
  it('accepts Python isoformat last_seen on user aggregates', () => {
    expect(
      userAggregateSchema.parse(
        makeAggregate({ last_seen: '2026-07-20T11:05:00.123456+00:00', injection_strikes: 1 }),
      ).last_seen,
    ).toBe('2026-07-20T11:05:00.123456+00:00');
  });

  it('accepts the 2026-07 conversation rows without the newer fields', () => {
    const parsed = conversationSchema.parse({
      session_id: 's',
      user_slug: 'u',
      message_count: 2,
      is_flagged: false,
      has_feedback: false,
      offerings_shown: 0,
      offerings_clicked: 0,
      started: '2026-07-20T11:05:00Z',
      last_active: '2026-07-20T11:06:00Z',
    });
    expect(parsed.max_severity_rank).toBeUndefined();
    expect(parsed.total_tokens).toBe(0);
  });

  it('accepts budget snapshots with and without request counters', () => {
    expect(budgetSchema.parse(makeBudget(1, { tokens_limit: 0 })).tokens_limit).toBe(0);
    expect(
      budgetSchema.parse(makeBudget(1, { tokens_limit: 5, requests_today: 3, requests_limit: 10 }))
        .requests_limit,
    ).toBe(10);
  });

  it('strips the user token from users/me', () => {
    const me = userMeSchema.parse({ username: 'ada', is_staff: true, is_support: false, token: 'secret' });
    expect(me).not.toHaveProperty('token');
  });

  it('recognises each known block kind', () => {
    const kinds = [
      { key: 'markdown', content: 'x' },
      { key: 'code', content: 'x', tag: 'bash' },
      { key: 'mermaid', content: 'graph TD' },
      { key: 'homeport_nav', links: [{ label: 'A100', url: '/marketplace-public-offering/1/' }] },
      { key: 'ask_user_form', questions: [{ question: 'Which?', options: [{ label: 'GPU' }] }] },
      {
        key: 'tool',
        tool: { name: 'search_offerings', arguments: { keyword: 'GPU' } },
        result: { key: 'markdown', content: '' },
      },
    ];
    for (const block of kinds) expect(knownBlockSchema.safeParse(block).success).toBe(true);
    expect(knownBlockSchema.safeParse({ key: 'homeport_nav', links: 'nope' }).success).toBe(false);
  });
});
