import { describe, expect, it } from 'vitest';
import { interactionListSchema } from '@/api/schemas/interaction';
import { feedbackListSchema } from '@/api/schemas/feedback';
import { conversationListSchema } from '@/api/schemas/conversation';
import { userAggregateListSchema } from '@/api/schemas/user-aggregate';
import { kpiSchema } from '@/api/schemas/kpi';
import { HOSTILE_PAYLOADS, HOSTILE_SESSION_IDS, HOSTILE_SLUGS, UNADDRESSABLE_IDS } from '../content/hostile';
import { getJson } from '../handlers/test-helpers';
import { scenarioDb, setScenario } from '.';

const I = 'anonymous-chat-interactions/';

describe('hostile scenario', () => {
  it('has at least 60 payloads of every kind the issue names', () => {
    expect(HOSTILE_PAYLOADS.length).toBeGreaterThanOrEqual(60);
    const kinds = new Set(HOSTILE_PAYLOADS.map((p) => p.kind));
    for (const kind of [
      'script-html',
      'event-handler',
      'javascript-url',
      'data-url',
      'vbscript-url',
      'svg',
      'mathml',
      'css',
      'template',
      'homoglyph',
      'bidi',
      'zero-width',
      'long-word',
      'nested-markdown',
      'surrogate',
    ] as const)
      expect(kinds.has(kind), kind).toBe(true);
  });

  it('puts every payload into a visitor message and every message field', async () => {
    setScenario('hostile');
    const db = scenarioDb();
    const inputs = new Set(db.turns.map((t) => t.json.user_input));
    for (const payload of HOSTILE_PAYLOADS) expect(inputs.has(payload.text), payload.id).toBe(true);
    expect(new Set(db.turns.map((t) => t.json.session_id))).toEqual(
      new Set([...HOSTILE_SESSION_IDS, ...UNADDRESSABLE_IDS]),
    );
    expect(new Set(db.turns.map((t) => t.json.user_slug))).toEqual(new Set(HOSTILE_SLUGS));

    const list = await getJson<unknown[]>(I, { page_size: 300 });
    expect(interactionListSchema.safeParse(list.body).success).toBe(true);
    const feedback = await getJson<unknown[]>('anonymous-chat-feedbacks/', { page_size: 300 });
    expect(feedbackListSchema.safeParse(feedback.body).success).toBe(true);
    expect(conversationListSchema.safeParse((await getJson(`${I}conversations/`)).body).success).toBe(true);
    expect(userAggregateListSchema.safeParse((await getJson(`${I}by-user/`)).body).success).toBe(true);
    const kpi = kpiSchema.parse((await getJson(`${I}kpi/`)).body);
    expect(Object.keys(kpi.llm_intent_distribution ?? {})).toEqual(
      expect.arrayContaining(['<img src=x onerror=top.__pwned=1>', 'constructor', 'toString']),
    );
  });

  it('answers by-session for addressable hostile ids and 404 HTML for ids with a dot or slash', async () => {
    setScenario('hostile');
    const ok = await getJson<unknown[]>(`${I}by-session/${encodeURIComponent(HOSTILE_SESSION_IDS[0])}/`);
    expect(ok.status).toBe(200);
    expect(ok.body.length).toBeGreaterThan(0);
    for (const id of UNADDRESSABLE_IDS) {
      const { get } = await import('../handlers/test-helpers');
      const response = await get(`${I}by-session/${encodeURIComponent(id)}/`);
      expect(response.status, id).toBe(404);
      expect(response.headers.get('Content-Type')).toMatch(/html/);
    }
  });
});
