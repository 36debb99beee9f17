import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { safeParse, type $ZodType, type input } from 'zod/v4/core';
import { knownBlockSchema } from '@/api/schemas/blocks';
import { budgetSchema } from '@/api/schemas/budget';
import { conversationListSchema, type conversationSchema } from '@/api/schemas/conversation';
import { feedbackListSchema, feedbackSchema } from '@/api/schemas/feedback';
import { interactionListSchema, interactionSchema } from '@/api/schemas/interaction';
import { kpiSchema } from '@/api/schemas/kpi';
import { type userAggregateSchema, userAggregateListSchema } from '@/api/schemas/user-aggregate';
import { userMeSchema, versionSchema } from '@/api/schemas/user';
import { SCENARIO_NAMES, scenarioDb, setScenario } from '../scenarios';
import type {
  BudgetJson,
  ConversationJson,
  FeedbackJson,
  InteractionJson,
  KpiJson,
  UserAggregateJson,
} from '../types';
import { getJson } from './test-helpers';

const I = 'anonymous-chat-interactions/';

function expectParses(schema: $ZodType, body: unknown, label: string): void {
  const result = safeParse(schema, body);
  expect(result.success ? [] : result.error.issues.slice(0, 3), label).toEqual([]);
}

async function checkAllEndpoints(label: string): Promise<void> {
  const db = scenarioDb();
  const turn = db.feedback[0] ?? db.turns[0];
  const session = turn?.json.session_id ?? 'none';
  const slug = db.turns.find((item) => item.json.user_slug)?.json.user_slug ?? 'none';
  const checks: [string, $ZodType, Record<string, string>?][] = [
    ['users/me/', userMeSchema],
    ['version/', versionSchema],
    [I, interactionListSchema, { page_size: '300' }],
    [`${I}by-session/${session}/`, interactionListSchema],
    [`${I}by-user/`, userAggregateListSchema],
    [`${I}by-user/${slug}/`, interactionListSchema],
    [`${I}kpi/`, kpiSchema],
    [`${I}budget/`, budgetSchema],
    ['anonymous-chat-feedbacks/', feedbackListSchema, { page_size: '300' }],
  ];
  for (const [path, schema, params] of checks) {
    const { status, body } = await getJson(path, params);
    expect(status, `${label} ${path}`).toBe(200);
    expectParses(schema, body, `${label} ${path}`);
  }
  const conversations = await getJson(`${I}conversations/`);
  if (conversations.status === 200)
    expectParses(conversationListSchema, conversations.body, `${label} conversations`);
  if (turn) {
    expectParses(interactionSchema, (await getJson(`${I}${turn.json.uuid}/`)).body, `${label} retrieve`);
    if (turn.json.feedback)
      expectParses(
        feedbackSchema,
        (await getJson(`anonymous-chat-feedbacks/${turn.json.uuid}/`)).body,
        label,
      );
  }
}

describe('fixtures agree with the client schemas', () => {
  it('types: every server shape is accepted by the schema input', () => {
    expectTypeOf<InteractionJson>().toExtend<z.input<typeof interactionSchema>>();
    expectTypeOf<FeedbackJson>().toExtend<z.input<typeof feedbackSchema>>();
    expectTypeOf<ConversationJson>().toExtend<z.input<typeof conversationSchema>>();
    expectTypeOf<UserAggregateJson>().toExtend<z.input<typeof userAggregateSchema>>();
    expectTypeOf<KpiJson>().toExtend<z.input<typeof kpiSchema>>();
    expectTypeOf<BudgetJson>().toExtend<input<typeof budgetSchema>>();
  });

  it('every endpoint of every scenario parses', async () => {
    for (const name of SCENARIO_NAMES) {
      // `large` and `huge` are the default generator at benchmark sizes: same shapes, seconds to
      // build. The `homeport` ones serve the default dataset; they differ in authentication only.
      if (['slow', 'server-error', 'large', 'huge', 'homeport', 'homeport-oidc'].includes(name)) continue;
      setScenario(name);
      await checkAllEndpoints(name);
    }
  });

  it('every turn of the dataset parses, and its blocks are known kinds or the deliberate stranger', () => {
    const turns = scenarioDb().turns.map((turn) => turn.json);
    expectParses(interactionListSchema, turns, 'all turns');
    const unknownKinds = new Set<string>();
    for (const turn of turns) {
      for (const block of turn.assistant_blocks) {
        if (!knownBlockSchema.safeParse(block).success) unknownKinds.add(block.key);
        if (block.key === 'tool') expectParses(knownBlockSchema, block.result, 'tool result');
      }
    }
    expect([...unknownKinds]).toEqual(['vm_order']);
  });
});
